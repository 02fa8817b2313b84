import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as FsPromises from 'node:fs/promises';
import type * as Satteri from 'satteri';
import type * as Yaml from 'yaml';
import type * as Check from '../../src/content-model/check';
import { MODEL_ENTRY, modelLoader, proseLoader } from '../../src/content-model/collections';
import { contentLayout } from '../../src/content-model/files';
import {
  ContentCheckError,
  formatReport,
  readContent,
  type ContentFiles,
} from '../../src/content-model';
import { badContent, goodContent } from '../support/content-fixtures';

/**
 * The build's side of "one definition of valid": the collections' loaders run
 * the content model's one pass, store what it resolved, and stop the build on a
 * mistake with the very report npm run check gives. (tests/build/content-mistakes
 * .test.ts runs a few real builds.)
 */
vi.mock('../../src/content-model/check', async (importOriginal) => {
  const original = await importOriginal<typeof Check>();
  return { ...original, checkContent: vi.fn(original.checkContent) };
});
const { checkContent } = await import('../../src/content-model/check');
// Every file read and every parse our code makes, to count them.
vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof FsPromises>();
  return { ...original, readFile: vi.fn(original.readFile) };
});
vi.mock('yaml', async (importOriginal) => {
  const original = await importOriginal<typeof Yaml>();
  return { ...original, parseDocument: vi.fn(original.parseDocument) };
});
vi.mock('satteri', async (importOriginal) => {
  const original = await importOriginal<typeof Satteri>();
  return { ...original, mdxToMdast: vi.fn(original.mdxToMdast) };
});
const { parseDocument } = await import('yaml');
const { mdxToMdast } = await import('satteri');

const folders: string[] = [];

async function projectWith(files: ContentFiles): Promise<URL> {
  const root = await mkdtemp(path.join(tmpdir(), 'content-model-'));
  folders.push(root);
  for (const [file, text] of files) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
  return pathToFileURL(`${root}/`);
}

/** The parts of Astro's loader context the loaders use, with a store that keeps entries. */
function contextFor(root: URL) {
  const entries = new Map<string, Record<string, unknown>>();
  const context = {
    config: { root },
    store: {
      set: (entry: { id: string }) => entries.set(entry.id, entry),
      keys: () => [...entries.keys()],
      delete: (id: string) => entries.delete(id),
    },
    parseData: ({ data }: { data: unknown }) => Promise.resolve(data),
    generateDigest: (text: string) => String(text.length),
    logger: { info: vi.fn(), error: vi.fn() },
  };
  return { context: context as unknown as LoaderContext, entries };
}

const loaders = {
  model: modelLoader(),
  faqAnswers: proseLoader(contentLayout.faq.folder),
  planDescriptions: proseLoader(contentLayout.plans.folder),
  pageTexts: proseLoader(contentLayout.texts.folder),
};
const load = (loader: Loader, context: LoaderContext) => loader.load(context);

beforeEach(() => {
  vi.mocked(checkContent).mockClear();
});

afterAll(async () => {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

describe('the content collections', () => {
  it('store the resolved model and every answer, checking the content once for all of them', async () => {
    const root = await projectWith(await goodContent());
    const model = contextFor(root);
    const answers = contextFor(root);
    const descriptions = contextFor(root);
    await load(loaders.model, model.context);
    await load(loaders.faqAnswers, answers.context);
    await load(loaders.planDescriptions, descriptions.context);

    const stored = model.entries.get(MODEL_ENTRY)?.['data'] as {
      plans: { included: { id: string } };
    };
    expect(stored.plans.included.id).toBe('basic');
    expect([...answers.entries.keys()].sort()).toEqual([
      'opening-hours',
      'what-is-covered',
      'which-language',
    ]);
    expect(answers.entries.get('opening-hours')).toMatchObject({
      filePath: 'src/content/faq/opening-hours.mdx',
      deferredRender: true,
    });
    expect([...descriptions.entries.keys()].sort()).toEqual(['basic', 'max', 'pro']);
    expect(checkContent).toHaveBeenCalledTimes(1);
  });

  it('read each content file from disk once, and parse it once per format, for all of them', async () => {
    const files = await goodContent();
    const root = await projectWith(files);
    for (const spy of [readFile, parseDocument, mdxToMdast]) vi.mocked(spy).mockClear();
    for (const loader of Object.values(loaders)) await load(loader, contextFor(root).context);

    const project = fileURLToPath(root);
    const reads = vi
      .mocked(readFile)
      .mock.calls.map(([file]) => path.relative(project, String(file)).split(path.sep).join('/'));
    const texts = [...files.keys()].filter((file) => /\.(mdx|yaml)$/.test(file)).sort();
    expect(reads.sort()).toEqual(texts);
    const mdx = texts.filter((file) => file.endsWith('.mdx'));
    // Sätteri parses each MDX file once; YAML parses each data file and each front matter once.
    expect(
      vi
        .mocked(mdxToMdast)
        .mock.calls.map(([source]) => source)
        .sort(),
    ).toEqual(mdx.map((file) => new TextDecoder().decode(files.get(file) as Uint8Array)).sort());
    expect(parseDocument).toHaveBeenCalledTimes(texts.length);
  });

  it('stop the build on a mistake with the report of npm run check, storing nothing', async () => {
    const { files } = await badContent('mistakes-in-two-files');
    const { context, entries } = contextFor(await projectWith(files));
    const failure = await load(loaders.model, context).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(ContentCheckError);
    expect((failure as Error).message).toContain(formatReport(readContent(files)));
    expect((failure as Error).message).toContain('The build stopped here: nothing was built.');
    expect(entries.size).toBe(0);
  });
});
