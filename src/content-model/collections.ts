import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ImageMetadata } from 'astro';
import { defineCollection, getEntry, render } from 'astro:content';
import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { readContent, type ContentResult } from '.';
import { readContentFiles } from './disk';
import { contentDir, contentLayout, type ContentFiles } from './files';
import type { ProseRef, SiteModel } from './model';
import { ContentCheckError, formatReport } from './report';

/**
 * The build's side of the content model. One pass reads every content file once
 * and checks it (./index.ts), shared by the four collections; the `model`
 * collection's loader stops the build on any problem with the whole report, or
 * stores the model as one entry, which pages read through `siteModel()`. The
 * prose collections only hand Astro the MDX files to compile (Astro's own MDX
 * compile is the one other reader); their front matter is already in the model.
 */

/** The id of the one entry of the `model` collection. */
export const MODEL_ENTRY = 'site';

const teamFile = contentLayout.team.file;

interface Pass {
  files: ContentFiles;
  result: ContentResult;
  /** Each file's digest, and the content's as a whole: what Astro keys its cache on. */
  digests: ReadonlyMap<string, string>;
  digest: string;
}

async function readPass(root: string): Promise<Pass> {
  const files = await readContentFiles(root);
  const digests = new Map(
    [...files].map(([file, bytes]) => [file, createHash('sha256').update(bytes).digest('hex')]),
  );
  const whole = createHash('sha256');
  for (const [file, digest] of [...digests].sort(([a], [b]) => a.localeCompare(b))) {
    whole.update(`${file}\0${digest}\0`);
  }
  return { files, result: readContent(files), digests, digest: whole.digest('hex') };
}

/**
 * The one pass over a project's content, read from disk and checked once for all
 * four collections. A build is one process; in `astro dev` a change under
 * src/content drops the pass, and the next sync reads the files again.
 */
const passes = new Map<string, Promise<Pass>>();
function currentPass(root: string): Promise<Pass> {
  const pass = passes.get(root) ?? readPass(root);
  passes.set(root, pass);
  return pass;
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
    // Every loader hears the event before any runs again, so they share the next pass.
    passes.delete(root);
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
        const { files, result, digests } = await currentPass(root);
        // The model's loader reports the problems; keep the last good prose.
        if (result.model === undefined) return;
        const stale = new Set(context.store.keys());
        for (const file of files.keys()) {
          if (path.posix.dirname(file) !== folder || !file.endsWith('.mdx')) continue;
          const id = path.posix.basename(file, '.mdx');
          stale.delete(id);
          context.store.set({
            id,
            data: {},
            filePath: file,
            digest: digests.get(file) ?? '',
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

/** The model as pages and components read it in the build: photos are images to render. */
export type BuiltSiteModel = SiteModel<ImageMetadata>;

/**
 * The site's content, as the `model` collection's loader checked and resolved it
 * (above). Pages call it and hand each component the part it shows;
 * only fact components, which MDX prose names with literal attributes, call it
 * themselves.
 */
export async function siteModel(): Promise<BuiltSiteModel> {
  const entry = await getEntry('model', MODEL_ENTRY);
  if (!entry) {
    throw new Error(
      'The content has problems, so there is no model: run npm run check to see them.',
    );
  }
  // The loader stored a SiteModel; its schema only turned each photo path into an image.
  return entry.data as unknown as BuiltSiteModel;
}

/** The compiled MDX prose of a plan description or an answer. */
export async function renderProse(ref: ProseRef) {
  const entry = await getEntry(ref.collection, ref.id);
  // The loader stores prose from the same pass as the model, so a missing entry is a bug.
  if (!entry) throw new Error(`No prose for ${ref.collection} "${ref.id}".`);
  return render(entry);
}
