import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { contentCheck, ContentCheckError } from '../../src/integrations/content-check';
import { checkContent } from '../../src/lib/content-check/check';
import { formatReport } from '../../src/lib/content-check/report';
import { badCases, badContent, goodContent } from '../support/content-fixtures';

/**
 * The build's side of "one definition of valid": the integration astro build runs
 * first stops on every case of the bad-edit suite with the report npm run check
 * gives, naming each file and field. (tests/build/content-mistakes.test.ts runs a
 * few real builds.)
 */
const folders: string[] = [];

async function projectWith(files: ReadonlyMap<string, string>): Promise<URL> {
  const root = await mkdtemp(path.join(tmpdir(), 'content-check-'));
  folders.push(root);
  for (const [file, text] of files) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
  return pathToFileURL(`${root}/`);
}

async function runBuildHook(root: URL): Promise<void> {
  const hook = contentCheck().hooks['astro:config:setup'];
  if (!hook) throw new Error('The integration has no astro:config:setup hook.');
  // Only the parts of Astro's hook options the check reads.
  const options = { command: 'build', config: { root }, logger: {} as AstroIntegrationLogger };
  await hook(options as unknown as Parameters<typeof hook>[0]);
}

afterAll(async () => {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

describe('the build step that runs the content check', async () => {
  it('lets good content through', async () => {
    await expect(runBuildHook(await projectWith(await goodContent()))).resolves.toBeUndefined();
  });

  for (const name of await badCases()) {
    it(`stops the build on ${name}, with the report of npm run check`, async () => {
      const { files } = await badContent(name);
      const failure = await runBuildHook(await projectWith(files)).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(ContentCheckError);
      const message = (failure as ContentCheckError).message;
      expect(message).toContain(formatReport(checkContent(files)));
      for (const problem of (failure as ContentCheckError).result.problems) {
        expect(message).toContain(
          `${problem.file}${problem.line ? `:${problem.line}` : ''} — ${problem.field} — `,
        );
      }
    });
  }
});
