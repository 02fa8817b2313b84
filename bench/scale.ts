import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { addGeneratedFaq } from '../tests/support/faq-generator.ts';
import { TempSite } from '../tests/support/temp-site.ts';
import { kb, printTable } from './table.ts';

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
    const index = await filesUnder(path.join(dist, 'pagefind'));
    const sizes = await Promise.all(index.map(async (file) => (await stat(file)).size));
    const pages = (await filesUnder(dist)).filter((file) => file.endsWith('.html'));
    let largestPage = { file: '', raw: 0, gzip: 0 };
    for (const file of pages) {
      const html = await readFile(file);
      const gzip = gzipSync(html).length;
      if (gzip > largestPage.gzip)
        largestPage = { file: path.relative(dist, file), raw: html.length, gzip };
    }
    return {
      entries: count,
      buildSeconds,
      indexBytes: sizes.reduce((total, size) => total + size, 0),
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
    ['generated entries', 'build', 'HTML pages', 'search index', 'largest page', 'raw', 'gzip'],
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
