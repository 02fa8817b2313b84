import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { contentDir } from './layout';

/** Every file under src/content: path from the project root → its text (images: ""). */
export type ContentFiles = ReadonlyMap<string, string>;

const textFile = /\.(mdx?|ya?ml|json)$/i;

/**
 * Every file under src/content of the project at `root`, keyed by its path from
 * the root with forward slashes. Text files are read; others (photos) are only
 * listed, since the check needs to know that they exist.
 */
export async function readContentFiles(root: string): Promise<ContentFiles> {
  const files = new Map<string, string>();
  const folder = path.join(root, contentDir);
  const entries = await readdir(folder, { withFileTypes: true, recursive: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const absolute = path.join(entry.parentPath, entry.name);
    const key = path.relative(root, absolute).split(path.sep).join('/');
    files.set(key, textFile.test(entry.name) ? await readFile(absolute, 'utf-8') : '');
  }
  return files;
}
