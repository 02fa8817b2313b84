import type { ContentFiles } from './files';
import { contentDir } from './files';

const textFile = /\.(mdx?|ya?ml|json)$/i;

/**
 * Every file under src/content of the project at `root`, keyed by its path from
 * the root with forward slashes: the one read from disk. Text files are read as
 * bytes: turning them into text is the check's first step, so a file that is not
 * UTF-8 is reported, not silently mangled. Node's modules load only when it runs,
 * so a browser bundle of `readContent` never reaches them.
 */
export async function readContentFiles(root: string): Promise<ContentFiles> {
  const { readdir, readFile } = await import('node:fs/promises');
  const path = await import('node:path');
  const files = new Map<string, string | Uint8Array>();
  const folder = path.join(root, contentDir);
  const entries = await readdir(folder, { withFileTypes: true, recursive: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const absolute = path.join(entry.parentPath, entry.name);
    const key = path.relative(root, absolute).split(path.sep).join('/');
    // Images are listed with no bytes: the check only needs to know that they exist.
    files.set(key, textFile.test(entry.name) ? await readFile(absolute) : '');
  }
  return files;
}
