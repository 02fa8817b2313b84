import type * as FilePromises from 'node:fs/promises';
import type * as NodePath from 'node:path';
import type { ContentFiles } from './files';
import { contentDir } from './files';

interface NodeModules {
  fs: Pick<typeof FilePromises, 'readdir' | 'readFile'>;
  path: Pick<typeof NodePath, 'join' | 'relative' | 'sep'>;
}

const textFile = /\.(mdx?|ya?ml|json)$/i;

/**
 * Every file under src/content of the project at `root`, keyed by its path from
 * the root with forward slashes: the one read from disk. Text files are read as
 * bytes: turning them into text is the check's first step, so a file that is not
 * UTF-8 is reported, not silently mangled. Node's modules load only when it runs,
 * so a browser bundle of `readContent` never reaches them. A caller whose module
 * loader is gone by the time it reads (an Astro integration's late hook) hands
 * them in, imported as it loaded.
 */
export async function readContentFiles(root: string, node?: NodeModules): Promise<ContentFiles> {
  const { readdir, readFile } = node?.fs ?? (await import('node:fs/promises'));
  const path = node?.path ?? (await import('node:path'));
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
