import type { ImageMetadata } from 'astro';
import { getEntry, render } from 'astro:content';
import { MODEL_ENTRY } from './collections';
import type { ProseRef, SiteModel } from './model';

/** The model as pages and components read it in the build: photos are images to render. */
export type BuiltSiteModel = SiteModel<ImageMetadata>;

/**
 * The site's content, as the `model` collection's loader checked and resolved it
 * (./collections.ts). Pages call it and hand each component the part it shows;
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
