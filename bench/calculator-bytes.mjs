#!/usr/bin/env node
/**
 * How many bytes of JavaScript the price calculator costs on /plans/, from a
 * build: `npm run build && node bench/calculator-bytes.mjs [dist]`.
 *
 * Follows the island's component and renderer files through their imports, and
 * adds the page's own inline module scripts. Prints raw, gzip (Node's default
 * level, as the Playwright budget test counts) and brotli sizes, and the budget
 * of issue 3: runtime + Astro's Solid client + calculator under 12 KiB gzip, the
 * calculator's own share under 4 KiB. Astro's and Solid's inline bootstrap is
 * shown apart: it is the framework's, the same for any island.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const KIB = 1024;
const BUDGET = { total: 12 * KIB, own: 4 * KIB };

const dist = path.resolve(process.argv[2] ?? 'dist');
const html = await readFile(path.join(dist, 'plans', 'index.html'), 'utf8');

/** A URL from the page ("/base/_astro/x.js") as a path in dist ("_astro/x.js"). */
const distPath = (url) => url.slice(url.indexOf('_astro/'));

/** A file and every file it imports, statically or dynamically, as dist paths. */
async function withImports(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = await readFile(path.join(dist, file), 'utf8');
  for (const [, relative] of code.matchAll(
    /(?:from|import)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g,
  )) {
    await withImports(path.posix.join(path.posix.dirname(file), relative), seen);
  }
  return seen;
}

const attribute = (name) =>
  html.match(new RegExp(`<astro-island\\b[^>]*\\s${name}="([^"]+)"`))?.[1];
const componentUrl = attribute('component-url');
const rendererUrl = attribute('renderer-url');
if (!componentUrl || !rendererUrl) {
  console.error('No hydrated island found in dist/plans/index.html: build first (npm run build).');
  process.exit(1);
}

const runtime = await withImports(distPath(rendererUrl));
const island = [...(await withImports(distPath(componentUrl)))].filter(
  (file) => !runtime.has(file),
);
const pageFiles = new Set();
for (const [, src] of html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)) {
  for (const file of await withImports(distPath(src))) {
    if (!runtime.has(file) && !island.includes(file)) pageFiles.add(file);
  }
}
const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
  ([, attributes]) => !/\ssrc=/.test(attributes),
);
const inlineOf = (module) =>
  inline
    .filter(([, attributes]) => /type="module"/.test(attributes) === module)
    .map(([, , code]) => code);

const sizes = (code) => ({
  raw: Buffer.byteLength(code),
  gzip: gzipSync(code).length,
  brotli: brotliCompressSync(code).length,
});
const rows = [];
const add = async (group, name, code) => rows.push({ group, name, ...sizes(code) });
for (const file of runtime) await add('runtime', file, await readFile(path.join(dist, file)));
for (const file of island) await add('calculator', file, await readFile(path.join(dist, file)));
for (const file of pageFiles) await add('calculator', file, await readFile(path.join(dist, file)));
for (const [index, code] of inlineOf(true).entries()) {
  await add('calculator', `inline module script ${index + 1} (Billing from the URL)`, code);
}
for (const [index, code] of inlineOf(false).entries()) {
  await add('bootstrap', `inline framework script ${index + 1}`, code);
}

const total = (group) =>
  rows
    .filter((row) => group.includes(row.group))
    .reduce(
      (sum, row) => ({
        raw: sum.raw + row.raw,
        gzip: sum.gzip + row.gzip,
        brotli: sum.brotli + row.brotli,
      }),
      {
        raw: 0,
        gzip: 0,
        brotli: 0,
      },
    );
const line = (label, { raw, gzip, brotli }) =>
  `${label.padEnd(62)} ${String(raw).padStart(7)} ${String(gzip).padStart(7)} ${String(brotli).padStart(7)}`;

console.log(line('JavaScript on /plans/ (bytes)', { raw: 'raw', gzip: 'gzip', brotli: 'brotli' }));
for (const row of rows) console.log(line(`[${row.group}] ${row.name}`, row));
const own = total(['calculator']);
const budgeted = total(['runtime', 'calculator']);
console.log('');
console.log(line('runtime: Solid + Astro’s Solid client', total(['runtime'])));
console.log(line('calculator’s own code', own));
console.log(line('island total (budgeted)', budgeted));
console.log(line('framework inline bootstrap (not budgeted)', total(['bootstrap'])));
console.log('');
const verdict = (label, size, limit) =>
  `${label}: ${size} of ${limit} bytes gzip, ${size <= limit ? `${limit - size} to spare` : `OVER by ${size - limit}`}`;
console.log(verdict('Budget, all the island’s JavaScript', budgeted.gzip, BUDGET.total));
console.log(verdict('Budget, the calculator’s own code', own.gzip, BUDGET.own));
