import type { ContentFiles } from './content-model';

/**
 * The content as built, for the admin's save check: every text file under
 * src/content by its path, and every other file (a photo) with no text, since the
 * check only asks whether it exists. The build writes it beside the admin page.
 */
export interface ContentMapJson {
  files: Record<string, string>;
}

const decoder = new TextDecoder('utf-8');

export function contentMap(files: ContentFiles): ContentMapJson {
  return {
    files: Object.fromEntries(
      [...files].map(([file, contents]) => [
        file,
        typeof contents === 'string' ? contents : decoder.decode(contents),
      ]),
    ),
  };
}

/** The map back as the content check reads it. */
export function contentFilesOf(json: ContentMapJson): Map<string, string> {
  return new Map(Object.entries(json.files));
}
