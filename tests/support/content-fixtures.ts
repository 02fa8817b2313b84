import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  formatReport,
  readContent,
  type ContentFiles,
  type SiteModel,
} from '../../src/content-model';
import type { BuiltSiteModel } from '../../src/content-model/collections';
import { contentDir } from '../../src/content-model/files';

/**
 * Content fixtures for the content check. `good/` is a small but complete
 * src/content; each folder in `bad/` holds one realistic mistake as the files an
 * editor would leave behind (in `content/`, laid over `good/`), and the report
 * the check gives for it (`report.snap`).
 */
export const fixturesRoot = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../fixtures/content',
);

const textFile = /\.(mdx?|ya?ml|json)$/i;

async function readTree(folder: string): Promise<Map<string, string | Uint8Array>> {
  const files = new Map<string, string | Uint8Array>();
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const absolute = path.join(entry.parentPath, entry.name);
    const relative = path.relative(folder, absolute).split(path.sep).join('/');
    files.set(
      `${contentDir}/${relative}`,
      // Bytes, as the site reads them: some fixtures are not valid UTF-8 on purpose.
      textFile.test(entry.name) ? await readFile(absolute) : '',
    );
  }
  return files;
}

export const goodContent = (): Promise<ContentFiles> => readTree(path.join(fixturesRoot, 'good'));

export async function badCases(): Promise<string[]> {
  const entries = await readdir(path.join(fixturesRoot, 'bad'), { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** The good content with one case's files laid over it, and the paths of those files. */
export async function badContent(
  name: string,
): Promise<{ files: ContentFiles; changed: string[] }> {
  const overlay = await readTree(path.join(fixturesRoot, 'bad', name, 'content'));
  return { files: new Map([...(await goodContent()), ...overlay]), changed: [...overlay.keys()] };
}

export const reportPath = (name: string) => path.join(fixturesRoot, 'bad', name, 'report.snap');

/**
 * The good fixture as the content model resolves it: the one set of content that
 * component, island and calculator tests render. Its facts differ from the real
 * site's (other names, prices, hours, currency), so a test passes only when what
 * it checks is computed from content.
 */
export async function fixtureModel(): Promise<SiteModel> {
  const result = readContent(await goodContent());
  if (result.model === undefined) throw new Error(formatReport(result));
  return result.model;
}

/** The fixture model as built pages see it, for components that render team photos as images: none here. */
export async function builtFixtureModel(): Promise<BuiltSiteModel> {
  const model = await fixtureModel();
  return {
    ...model,
    team: model.team.map(({ id, name, role }) => ({ id, name, role })),
  };
}
