import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { indexSite, pagefindIndexing, removeUnusedUis } from '../../src/integrations/pagefind';

vi.mock('pagefind');

const dir = new URL('file:///build/site/dist/');

function fakeLogger() {
  const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn(), debug: vi.fn() };
  return { logger, asAstro: logger as unknown as AstroIntegrationLogger };
}

function fakeIndex(overrides: Partial<Record<'addDirectory' | 'writeFiles', unknown>> = {}) {
  const index = {
    addDirectory: vi.fn().mockResolvedValue({ page_count: 6, errors: [] }),
    writeFiles: vi.fn().mockResolvedValue({ outputPath: '', errors: [] }),
    ...overrides,
  };
  vi.mocked(pagefind.createIndex).mockResolvedValue({
    index: index as unknown as pagefind.PagefindIndex,
    errors: [],
  });
  return index;
}

afterEach(() => {
  vi.resetAllMocks();
});

describe('indexing the built site with Pagefind', () => {
  it('indexes the output directory, writes the index into it, and closes Pagefind', async () => {
    const index = fakeIndex();
    const { logger, asAstro } = fakeLogger();

    await indexSite(dir, asAstro);

    expect(pagefind.createIndex).toHaveBeenCalledOnce();
    expect(index.addDirectory).toHaveBeenCalledWith({ path: fileURLToPath(dir) });
    expect(index.writeFiles).toHaveBeenCalledWith({
      outputPath: fileURLToPath(new URL('pagefind/', dir)),
    });
    expect(pagefind.close).toHaveBeenCalledOnce();
    expect(logger.info).toHaveBeenCalledWith(expect.stringMatching(/^Indexed 6 page\(s\)/));
    expect(logger.error).not.toHaveBeenCalled();
  });

  it('runs in astro:build:done with the directory Astro built', async () => {
    const index = fakeIndex();
    const { asAstro } = fakeLogger();
    const hook = pagefindIndexing().hooks['astro:build:done'];

    await hook?.({ dir, logger: asAstro, pages: [], assets: new Map() });

    expect(index.addDirectory).toHaveBeenCalledWith({ path: fileURLToPath(dir) });
  });

  it('fails the build and logs when Pagefind cannot create an index', async () => {
    vi.mocked(pagefind.createIndex).mockResolvedValue({ errors: ['no service'] });
    const { logger, asAstro } = fakeLogger();

    await expect(indexSite(dir, asAstro)).rejects.toThrow(/create the index/);

    expect(logger.error).toHaveBeenCalledWith('Pagefind could not create the index: no service');
    expect(pagefind.close).toHaveBeenCalledOnce();
  });

  it('fails without writing anything when indexing the pages reports errors', async () => {
    const index = fakeIndex({
      addDirectory: vi.fn().mockResolvedValue({ page_count: 0, errors: ['bad HTML'] }),
    });
    const { logger, asAstro } = fakeLogger();

    await expect(indexSite(dir, asAstro)).rejects.toThrow(/index the built pages/);

    expect(logger.error).toHaveBeenCalledWith('Pagefind could not index the built pages: bad HTML');
    expect(index.writeFiles).not.toHaveBeenCalled();
    expect(pagefind.close).toHaveBeenCalledOnce();
  });

  it('fails when the output directory holds no pages', async () => {
    const index = fakeIndex({
      addDirectory: vi.fn().mockResolvedValue({ page_count: 0, errors: [] }),
    });
    const { asAstro } = fakeLogger();

    await expect(indexSite(dir, asAstro)).rejects.toThrow(/found no HTML pages/);

    expect(index.writeFiles).not.toHaveBeenCalled();
    expect(pagefind.close).toHaveBeenCalledOnce();
  });

  it('fails when the index cannot be written', async () => {
    fakeIndex({ writeFiles: vi.fn().mockResolvedValue({ outputPath: '', errors: ['disk full'] }) });
    const { logger, asAstro } = fakeLogger();

    await expect(indexSite(dir, asAstro)).rejects.toThrow(/write the index/);

    expect(logger.error).toHaveBeenCalledWith('Pagefind could not write the index: disk full');
    expect(pagefind.close).toHaveBeenCalledOnce();
  });

  it('closes Pagefind when it throws, and passes the reason on', async () => {
    fakeIndex({ addDirectory: vi.fn().mockRejectedValue(new Error('binary crashed')) });
    const { logger, asAstro } = fakeLogger();

    await expect(indexSite(dir, asAstro)).rejects.toThrow('Search indexing failed: binary crashed');

    expect(logger.error).toHaveBeenCalledWith('Search indexing failed: binary crashed');
    expect(pagefind.close).toHaveBeenCalledOnce();
  });
});

describe("Pagefind's own UIs", () => {
  it('are removed from the output, leaving the engine and the index', async () => {
    const output = await mkdtemp(path.join(tmpdir(), 'pagefind-'));
    const files = [
      'pagefind.js',
      'pagefind-worker.js',
      'wasm.en.pagefind',
      'pagefind-entry.json',
      'pagefind-ui.js',
      'pagefind-ui.css',
      'pagefind-modular-ui.js',
      'pagefind-component-ui.js',
      'pagefind-highlight.js',
    ];
    await mkdir(path.join(output, 'index'));
    for (const file of files) await writeFile(path.join(output, file), '');
    await removeUnusedUis(output);
    expect((await readdir(output)).sort()).toEqual(
      [
        'index',
        'pagefind-entry.json',
        'pagefind-worker.js',
        'pagefind.js',
        'wasm.en.pagefind',
      ].sort(),
    );
    await rm(output, { recursive: true });
  });
});
