import type { TestProject } from 'vitest/node';
import type { SiteModel } from '../../src/content-model';
import { fixtureModel } from './content-fixtures';

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureModel: SiteModel;
  }
}

/**
 * Resolves the good fixture's model once, in Node, for tests that run in a DOM:
 * the MDX parser's native binding does not work inside jsdom's globals.
 */
export default async function setup(project: TestProject) {
  project.provide('fixtureModel', await fixtureModel());
}
