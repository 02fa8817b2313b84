import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { addGeneratedFaq } from '../tooling/faq-generator.ts';
import { gzipSize } from '../tooling/transfer-size.ts';
import { TempSite } from '../tooling/temp-site.ts';
import { searchIndexBytes } from './search-index.ts';
import { kb, printTable } from './table.ts';

/** Everything in a built site, in bytes on disk. */
export async function distBytes(dist: string): Promise<number> {
  const sizes = await Promise.all(
    (await filesUnder(dist)).map(async (file) => (await stat(file)).size),
  );
  return sizes.reduce((sum, size) => sum + size, 0);
}

async function filesUnder(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true }).catch(
    () => [],
  );
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

export interface ScaleResult {
  entries: number;
  buildSeconds: number;
  indexBytes: number;
  largestPage: { file: string; raw: number; gzip: number };
  pages: number;
}

export async function measureScale(count: number): Promise<ScaleResult> {
  const site = await TempSite.create();
  try {
    await addGeneratedFaq(site, count);
    const start = performance.now();
    const result = await site.build();
    const buildSeconds = (performance.now() - start) / 1000;
    if (!result.ok) throw new Error(`The ${count}-entry build failed:\n${result.output}`);
    const dist = path.join(site.root, 'dist');
    const pages = (await filesUnder(dist)).filter((file) => file.endsWith('.html'));
    let largestPage = { file: '', raw: 0, gzip: 0 };
    for (const file of pages) {
      const html = await readFile(file);
      const gzip = gzipSize(html);
      if (gzip > largestPage.gzip)
        largestPage = { file: path.relative(dist, file), raw: html.length, gzip };
    }
    return {
      entries: count,
      buildSeconds,
      indexBytes: await searchIndexBytes(dist),
      largestPage,
      pages: pages.length,
    };
  } finally {
    await site.remove();
  }
}

export async function runScale(counts = [100, 1000]): Promise<void> {
  const results: ScaleResult[] = [];
  for (const count of counts) results.push(await measureScale(count));
  printTable(
    'FAQ at scale (generated entries added to the real ones)',
    [
      'generated entries',
      'build',
      'HTML pages',
      'search index (chunks, fragments, metadata)',
      'largest page',
      'raw',
      'gzip',
    ],
    results.map((r) => [
      r.entries,
      `${r.buildSeconds.toFixed(1)} s`,
      r.pages,
      kb(r.indexBytes),
      r.largestPage.file,
      kb(r.largestPage.raw),
      kb(r.largestPage.gzip),
    ]),
  );
}
