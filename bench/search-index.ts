import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export type IndexPart =
  'index chunks' | 'fragments' | 'metadata' | 'engine (js, worker, wasm)' | 'Pagefind UIs (unused)';

/** Pagefind's output in a built dist/, by part, in bytes on disk. */
export async function searchIndexParts(
  dist: string,
): Promise<Map<IndexPart, { files: number; bytes: number }>> {
  const directory = path.join(dist, 'pagefind');
  const entries = await readdir(directory, { withFileTypes: true, recursive: true });
  const parts = new Map<IndexPart, { files: number; bytes: number }>();
  for (const entry of entries.filter((item) => item.isFile())) {
    const file = path.join(entry.parentPath, entry.name);
    const name = path.relative(directory, file);
    const part: IndexPart = name.startsWith('index/')
      ? 'index chunks'
      : name.startsWith('fragment/')
        ? 'fragments'
        : name.endsWith('.pf_meta') || name.endsWith('.json')
          ? 'metadata'
          : name.includes('-ui') || name.includes('highlight')
            ? 'Pagefind UIs (unused)'
            : 'engine (js, worker, wasm)';
    const sum = parts.get(part) ?? { files: 0, bytes: 0 };
    parts.set(part, { files: sum.files + 1, bytes: sum.bytes + (await stat(file)).size });
  }
  return parts;
}

/** The search index proper: index chunks, fragments and metadata, without engine or UIs. */
export async function searchIndexBytes(dist: string): Promise<number> {
  const parts = await searchIndexParts(dist);
  return (['index chunks', 'fragments', 'metadata'] as const).reduce(
    (total, part) => total + (parts.get(part)?.bytes ?? 0),
    0,
  );
}
