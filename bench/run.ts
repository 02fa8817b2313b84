/**
 * npm run bench — figures, not assertions. Prints Markdown tables:
 *   per page: gzip bytes of HTML (and of the CSS inlined in it), CSS files and
 *   JS, requests; each island's own JS and the shared runtime; the bytes of a
 *   first FAQ search; build time, dist/ and index size; content check time;
 *   Lighthouse's four scores and LCP for every public page of dist/ (the 404 page
 *   included) and for a FAQ topic page of the site grown past ONE_PAGE_LIMIT.
 *   --scale           also builds copies with 100 and 1,000 generated FAQ entries
 *   --no-lighthouse   skips Lighthouse (the slowest part)
 */
import { execFileSync } from 'node:child_process';
import { globSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { chromium, type Browser } from '@playwright/test';
import { islandBytes, total } from '../tooling/island-bytes.ts';
import { recordResponses, weighPage, type PageWeight } from '../tooling/page-weight.ts';
import { gzipSize } from '../tooling/transfer-size.ts';
import { chromiumLaunchOptions } from '../tooling/chromium.ts';
import { addGeneratedFaq } from '../tooling/faq-generator.ts';
import { TempSite } from '../tooling/temp-site.ts';
import { ONE_PAGE_LIMIT } from '../src/lib/faq-layout.ts';
import { contentCheckHeader, timeContentCheck } from './content-check.ts';
import { runLighthouse, type LighthouseScores } from './lighthouse.ts';
import { distBytes, runScale } from './scale.ts';
import { searchIndexBytes } from './search-index.ts';
import { serveDist } from './server.ts';
import { kb, printTable } from './table.ts';

const args = new Set(process.argv.slice(2));
const routes = ['', 'plans/', 'team/', 'faq/', 'support-hours/'];
const islands = [
  { component: 'PriceCalculatorIsland', page: 'plans/index.html' },
  { component: 'HoursInYourTime', page: 'support-hours/index.html' },
];
/** BENCH_PORT: its Wrangler server; the next two ports: Lighthouse's Chromium and the grown site. */
const port = Number(process.env['BENCH_PORT'] ?? 4471);

/**
 * Pages built but not public: the form editor (another issue) is for editors only,
 * and Lighthouse's scores are for what visitors and crawlers see.
 */
const notPublic = ['admin/'];

/**
 * The address of each public page of a built site, from its HTML files, so a new
 * page is rated without being listed here. The 404 page is rated at /404, where the
 * host serves it with status 200 and the same headers: Lighthouse does not rate a
 * page that answers 404.
 */
function publicPages(dist: string): string[] {
  return globSync('**/*.html', { cwd: dist })
    .map((file) => (file === '404.html' ? '404' : file.replace(/index\.html$/, '')))
    .filter((route) => ![...notPublic].some((section) => route.startsWith(section)))
    .sort();
}

function build(): number {
  const start = performance.now();
  execFileSync('npx', ['astro', 'build'], {
    stdio: 'ignore',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return performance.now() - start;
}

/**
 * The page's inline <style> text on its own, gzipped: the stylesheets ship
 * inside the HTML (build.inlineStylesheets), so the HTML column includes them.
 */
function inlineCssBytes(route: string): number {
  const html = readFileSync(`dist/${route}index.html`, 'utf-8');
  const css = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map(([, text]) => text);
  return css.length > 0 ? gzipSize(css.join('')) : 0;
}

async function printPageWeights(browser: Browser, baseUrl: string) {
  const rows = [];
  for (const route of routes) {
    const page = await browser.newPage();
    const w: PageWeight = await weighPage(page, `${baseUrl}${route}`);
    await page.close();
    rows.push([
      `/${route}`,
      kb(w.html),
      kb(inlineCssBytes(route)),
      kb(w.css),
      kb(w.js),
      kb(w.other),
      kb(w.total),
      w.requests,
    ]);
  }
  printTable(
    'Page weight (gzip, everything loaded once scrolled to the bottom)',
    ['page', 'HTML', 'of which CSS', 'CSS files', 'JS', 'other', 'total', 'requests'],
    rows,
  );
}

async function printIslands() {
  const rows = [];
  for (const { component, page } of islands) {
    const bytes = await islandBytes('dist', page, component);
    const own = total(bytes.own).gzipBytes;
    const runtime = total(bytes.runtime).gzipBytes;
    rows.push([
      component,
      `/${page.replace('index.html', '')}`,
      kb(own),
      kb(runtime),
      kb(own + runtime),
    ]);
  }
  printTable(
    'Islands (gzip): own code, and the Solid runtime + Astro client they share',
    ['island', 'page', 'own', 'shared runtime', 'total'],
    rows,
  );
}

async function printFirstSearch(browser: Browser, baseUrl: string) {
  const page = await browser.newPage();
  await page.goto(`${baseUrl}faq/`, { waitUntil: 'networkidle' });
  const recording = recordResponses(page);
  await page.getByRole('searchbox').fill('live chat');
  await page.getByRole('list', { name: 'Search results' }).getByRole('link').first().waitFor();
  await page.waitForLoadState('networkidle');
  const search = await recording.stop();
  await page.close();
  printTable(
    'First FAQ search ("live chat"): everything it fetches',
    ['files', 'JS (our UI, engine, worker)', 'other (wasm, index, fragments)', 'total'],
    [[search.requests, kb(search.js), kb(search.other), kb(search.total)]],
  );
}

/**
 * The content editor at /admin/, apart from the public pages: only editors load
 * it. On disk (what is deployed) and what its login page fetches before anyone
 * logs in (Decap's main script, ours, the configuration and the chunks it loads).
 */
async function printAdmin(browser: Browser, baseUrl: string) {
  const files = (await readdir('dist/admin')).filter((file) => !file.endsWith('.map'));
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const body = readFileSync(`dist/admin/${file}`);
    raw += body.length;
    gzip += gzipSize(body);
  }
  const page = await browser.newPage();
  const w = await weighPage(page, `${baseUrl}admin/`);
  await page.close();
  printTable(
    'Content editor /admin/ (not a public page; gzip unless raw)',
    [
      'files in dist/admin',
      'raw on disk',
      'gzip on disk',
      'login page loads: JS',
      'total',
      'requests',
    ],
    [[files.length, kb(raw), kb(gzip), kb(w.js), kb(w.total), w.requests]],
  );
}

async function printLighthouse(baseUrl: string) {
  const pages = publicPages('dist').map((route) => `${baseUrl}${route}`);
  const topic = await grownFaqTopicPage();
  const scores = await runLighthouse(pages, port + 1);
  for (const [url, score] of topic.scores) scores.set(url, score);
  printTable(
    'Lighthouse (mobile preset, simulated throttling)',
    ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP'],
    [...pages, ...topic.scores.keys()].map((url) => {
      const s = scores.get(url);
      const name = topic.scores.has(url)
        ? `${new URL(url).pathname} (${topic.label})`
        : new URL(url).pathname;
      if (!s) return [name, 'not rated', '', '', '', ''];
      const lcp = s.error ? `not measured: ${s.error}` : `${s.lcp} ms`;
      return [name, s.performance, s.accessibility, s.bestPractices, s.seo, lcp];
    }),
  );
}

/**
 * FAQ topic pages exist only once the FAQ holds more than ONE_PAGE_LIMIT questions:
 * a copy of the site with generated questions added to the real ones (as --scale
 * does) is built and served, and its first topic page rated. The page's template,
 * styles and policy are the real site's; only the questions are generated.
 */
async function grownFaqTopicPage(): Promise<{
  label: string;
  scores: Map<string, LighthouseScores>;
}> {
  const generated = ONE_PAGE_LIMIT + 10;
  const site = await TempSite.create();
  try {
    await addGeneratedFaq(site, generated);
    const result = await site.build();
    if (!result.ok) throw new Error(`The grown FAQ did not build:\n${result.output}`);
    const [topic] = globSync('faq/*/index.html', { cwd: `${site.root}/dist` }).sort();
    if (!topic) throw new Error(`A FAQ of over ${ONE_PAGE_LIMIT} questions built no topic page.`);
    // Served by this project's own script: the copy holds the site's sources, not its tooling.
    const served = await serveDist('.', port + 2, `${site.root}/dist`);
    try {
      const url = `${served.url}${topic.replace(/index\.html$/, '')}`;
      return {
        label: `FAQ with ${generated} generated questions added`,
        scores: await runLighthouse([url], port + 1),
      };
    } finally {
      served.stop();
    }
  } finally {
    await site.remove();
  }
}

const buildMs = build();
const server = await serveDist('.', port);
try {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    await printPageWeights(browser, server.url);
    await printIslands();
    await printFirstSearch(browser, server.url);
    await printAdmin(browser, server.url);
  } finally {
    await browser.close();
  }
  printTable(
    'Build',
    [
      'astro build (with content check, search index and editor)',
      'dist/ on disk',
      'of which admin/',
      'search index',
    ],
    [
      [
        `${(buildMs / 1000).toFixed(1)} s`,
        kb(await distBytes('dist')),
        kb(await distBytes('dist/admin')),
        kb(await searchIndexBytes('dist')),
      ],
    ],
  );
  printTable('Content check, 5 runs', contentCheckHeader, timeContentCheck(5));
  if (!args.has('--no-lighthouse')) await printLighthouse(server.url);
} finally {
  server.stop();
}
if (args.has('--scale')) await runScale();
