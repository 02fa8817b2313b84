import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';

/** Where the index goes inside the build output; the search UI loads it from here. */
export const INDEX_DIRECTORY = 'pagefind/';

/**
 * Indexes the built site with Pagefind at the end of `astro build`, so `dist/`
 * is searchable with no second command. Pages choose what is indexed with
 * `data-pagefind-body`; any Pagefind error fails the build.
 */
export function pagefindIndexing(): AstroIntegration {
  return {
    name: 'customer-care:pagefind',
    hooks: {
      'astro:build:done': ({ dir, logger }) => indexSite(dir, logger),
    },
  };
}

/** Runs Pagefind's Node API over the build output `dir` and writes the index into it. */
export async function indexSite(dir: URL, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex();
    assertNoErrors('create the index', errors, logger);
    if (!index) throw new Error('Pagefind returned no index.');

    const indexed = await index.addDirectory({ path: fileURLToPath(dir) });
    assertNoErrors('index the built pages', indexed.errors, logger);
    if (indexed.page_count === 0) throw new Error(`Pagefind found no HTML pages in ${dir.href}.`);

    const outputPath = fileURLToPath(new URL(INDEX_DIRECTORY, dir));
    const written = await index.writeFiles({ outputPath });
    assertNoErrors('write the index', written.errors, logger);
    await removeUnusedUis(outputPath);

    const milliseconds = Math.round(performance.now() - started);
    logger.info(`Indexed ${indexed.page_count} page(s) for search in ${milliseconds} ms.`);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    logger.error(`Search indexing failed: ${reason}`);
    throw new Error(`Search indexing failed: ${reason}`, { cause: error });
  } finally {
    await pagefind.close();
  }
}

/** Pagefind's own UIs (about 420 KB), which our search does not use: not worth deploying. */
const unusedUi = /^pagefind-(ui|modular-ui|component-ui|highlight)\./;

export async function removeUnusedUis(outputPath: string): Promise<void> {
  const files = await readdir(outputPath).catch(() => []);
  await Promise.all(
    files.filter((file) => unusedUi.test(file)).map((file) => rm(path.join(outputPath, file))),
  );
}

function assertNoErrors(step: string, errors: string[], logger: AstroIntegrationLogger): void {
  if (errors.length === 0) return;
  for (const error of errors) logger.error(`Pagefind could not ${step}: ${error}`);
  throw new Error(`Pagefind could not ${step} (${errors.length} error(s), see above).`);
}
