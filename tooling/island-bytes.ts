import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * What one island costs in JavaScript, read from a build. An island's own code is
 * every chunk its component loads that the framework renderer does not: the
 * renderer's chunks (Solid's runtime and Astro's Solid client) are shared by every
 * island on the site, so they are counted apart.
 */

export interface ChunkSize {
  file: string;
  bytes: number;
  /** gzip -9: deterministic, and close to what servers send. */
  gzipBytes: number;
}

export interface IslandBytes {
  component: string;
  own: ChunkSize[];
  runtime: ChunkSize[];
}

export const total = (chunks: ChunkSize[]) => ({
  bytes: chunks.reduce((sum, chunk) => sum + chunk.bytes, 0),
  gzipBytes: chunks.reduce((sum, chunk) => sum + chunk.gzipBytes, 0),
});

const attribute = (tag: string, name: string) =>
  tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1]?.replaceAll('&quot;', '"');

/** The built file an island URL points to (the URL may carry a base path). */
function fileOf(distDir: string, url: string): string {
  const at = url.indexOf('_astro/');
  if (at < 0) throw new Error(`Expected an /_astro/ asset URL, got ${url}`);
  return path.join(distDir, url.slice(at));
}

/** A chunk and everything it imports statically, as file paths. */
async function closure(
  file: string,
  seen = new Map<string, string>(),
): Promise<Map<string, string>> {
  if (seen.has(file)) return seen;
  const code = await readFile(file, 'utf-8');
  seen.set(file, code);
  for (const [, specifier] of code.matchAll(
    /(?:\bfrom|\bimport)\s*["'`](\.{1,2}\/[^"'`]+)["'`]/g,
  )) {
    if (specifier) await closure(path.resolve(path.dirname(file), specifier), seen);
  }
  return seen;
}

const size = (distDir: string, file: string, code: string): ChunkSize => ({
  file: path.relative(distDir, file),
  bytes: Buffer.byteLength(code),
  gzipBytes: gzipSync(code, { level: 9 }).length,
});

/**
 * The island named `component` (its export's file name, like "HoursInYourTime") on
 * the built page `page` (like "support-hours/index.html").
 */
export async function islandBytes(
  distDir: string,
  page: string,
  component: string,
): Promise<IslandBytes> {
  const html = await readFile(path.join(distDir, page), 'utf-8');
  const island = [...html.matchAll(/<astro-island\b[^>]*>/g)]
    .map(([tag]) => tag)
    .find((tag) => attribute(tag, 'opts')?.includes(`"name":"${component}"`));
  const componentUrl = island && attribute(island, 'component-url');
  const rendererUrl = island && attribute(island, 'renderer-url');
  if (!componentUrl || !rendererUrl) {
    throw new Error(`No <astro-island> for ${component} with its URLs in ${page}.`);
  }
  const chunks = await closure(fileOf(distDir, componentUrl));
  const runtime = await closure(fileOf(distDir, rendererUrl));
  const sizes = (files: Map<string, string>, keep: (file: string) => boolean) =>
    [...files].filter(([file]) => keep(file)).map(([file, code]) => size(distDir, file, code));
  return {
    component,
    own: sizes(chunks, (file) => !runtime.has(file)),
    runtime: sizes(runtime, () => true),
  };
}
