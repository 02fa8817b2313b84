import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { readContent, type ContentResult } from '.';
import { readContentFiles, type ContentFiles } from './files';
import { contentDir, contentLayout } from './layout';
import { ContentCheckError, formatReport } from './report';

/**
 * The build's side of the content model. The single validation pass of a build
 * runs here, in the `model` collection's loader, before any page renders: it
 * reads and checks every content file (./index.ts) and, when there is any
 * problem, stops the build with the whole report. Otherwise it stores the model
 * as one entry, which pages read through `siteModel()`. The two prose
 * collections only hand Astro the MDX files to compile; their front matter is
 * already in the model. In `astro dev` every save runs the pass again.
 */

/** The id of the one entry of the `model` collection. */
export const MODEL_ENTRY = 'site';

const teamFile = contentLayout.team.file;

const digestOf = (files: ContentFiles) => {
  const hash = createHash('sha256');
  for (const [file, text] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    hash.update(`${file}\0${text}\0`);
  }
  return hash.digest('hex');
};

let lastPass: { digest: string; files: ContentFiles; result: ContentResult } | undefined;

/** The pass over the content as it is now; all loaders share it while the files stay the same. */
async function currentPass(root: string) {
  const files = await readContentFiles(root);
  const digest = digestOf(files);
  if (lastPass?.digest !== digest) lastPass = { digest, files, result: readContent(files) };
  return lastPass;
}

/** Runs `sync` now and again whenever a file under src/content changes. */
async function syncAndWatch(context: LoaderContext, sync: (root: string) => Promise<void>) {
  const root = fileURLToPath(context.config.root);
  const folder = path.join(root, contentDir);
  const { watcher, logger } = context;
  if (!watcher) return sync(root);
  const report = (error: unknown) =>
    logger.error(
      error instanceof ContentCheckError
        ? `${error.report}\n\nThe pages keep the last content that passed until this is fixed.`
        : String(error),
    );
  // A broken file must not stop the development server: it reports, and the
  // pages keep the last good content until the file is fixed.
  await sync(root).catch(report);
  let pending: ReturnType<typeof setTimeout> | undefined;
  watcher.on('all', (_event, file) => {
    if (!path.resolve(file).startsWith(`${folder}${path.sep}`)) return;
    // One save can fire several events: run once they settle.
    clearTimeout(pending);
    pending = setTimeout(() => void sync(root).catch(report), 100);
  });
}

export function modelLoader(): Loader {
  return {
    name: 'content-model',
    load: (context) =>
      syncAndWatch(context, async (root) => {
        const { digest, result } = await currentPass(root);
        if (result.model === undefined) throw new ContentCheckError(result);
        if (context.watcher) context.logger.info(formatReport(result));
        // Through the schema only for Astro's image(), which turns each photo path
        // into the image it imports; nothing else is checked again.
        const data = await context.parseData({
          id: MODEL_ENTRY,
          data: { ...result.model },
          filePath: path.join(root, teamFile),
        });
        // Astro resolves image paths from the entry's file: the photos' is team.yaml.
        context.store.set({ id: MODEL_ENTRY, data, digest, filePath: teamFile });
      }),
  };
}

/** The MDX files of one folder, each stored for Astro to compile and render. */
export function proseLoader(folder: string): Loader {
  return {
    name: 'content-model-prose',
    load: (context) =>
      syncAndWatch(context, async (root) => {
        const { files, result } = await currentPass(root);
        // The model's loader reports the problems; keep the last good prose.
        if (result.model === undefined) return;
        const stale = new Set(context.store.keys());
        for (const [file, text] of files) {
          if (path.posix.dirname(file) !== folder || !file.endsWith('.mdx')) continue;
          const id = path.posix.basename(file, '.mdx');
          stale.delete(id);
          context.store.set({
            id,
            data: {},
            filePath: file,
            digest: createHash('sha256').update(text).digest('hex'),
            deferredRender: true,
          });
        }
        for (const id of stale) context.store.delete(id);
      }),
  };
}

export const collections = {
  model: defineCollection({
    loader: modelLoader(),
    schema: ({ image }) =>
      z.looseObject({ team: z.array(z.looseObject({ photo: image().optional() })) }),
  }),
  planDescriptions: defineCollection({ loader: proseLoader(contentLayout.plans.folder) }),
  faqAnswers: defineCollection({ loader: proseLoader(contentLayout.faq.folder) }),
  pageTexts: defineCollection({ loader: proseLoader(contentLayout.texts.folder) }),
};
