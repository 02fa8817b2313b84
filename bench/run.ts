/**
 * npm run bench — figures, not assertions. Prints Markdown tables:
 *   per page: gzip bytes of HTML (and of the CSS inlined in it), CSS files and
 *   JS, requests; each island's JS;
 *   the bytes of a first FAQ search; build time; content check time;
 *   Lighthouse scores and LCP.
 *   --scale     also builds copies with 100 and 1,000 generated FAQ entries
 *   --no-lighthouse   skips Lighthouse (the slowest part)
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { recordResponses, weighPage, type PageWeight } from '../tests/support/page-weight.ts';
import { chromiumLaunchOptions } from './browser.ts';
import { contentCheckHeader, timeContentCheck } from './content-check.ts';
import { runLighthouse } from './lighthouse.ts';
import { runScale } from './scale.ts';
import { serveDist } from './server.ts';
import { kb, printTable } from './table.ts';

const args = new Set(process.argv.slice(2));
const routes = ['', 'plans/', 'team/', 'faq/', 'support-hours/'];
const port = 4471;

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
  return css.length > 0 ? gzipSync(css.join('')).length : 0;
}

const islandPattern = /\/_astro\/([A-Za-z]+)\.[\w-]+\.js$/;

async function main() {
  const buildMs = build();
  const server = await serveDist('.', port);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const weights = new Map<string, PageWeight>();
    for (const route of routes) {
      const page = await browser.newPage();
      weights.set(route, await weighPage(page, `${server.url}${route}`));
      await page.close();
    }
    printTable(
      'Page weight (gzip, everything loaded once scrolled to the bottom)',
      ['page', 'HTML', 'of which CSS', 'CSS files', 'JS', 'other', 'total', 'requests'],
      routes.map((route) => {
        const w = weights.get(route);
        return w
          ? [
              `/${route}`,
              kb(w.html),
              kb(inlineCssBytes(route)),
              kb(w.css),
              kb(w.js),
              kb(w.other),
              kb(w.total),
              w.requests,
            ]
          : [];
      }),
    );

    const scripts = new Map<string, number>();
    for (const weight of weights.values()) {
      for (const file of weight.files.filter((f) => f.kind === 'js')) {
        scripts.set(new URL(file.url).pathname, file.gzip);
      }
    }
    printTable(
      'JavaScript files (gzip)',
      ['file', 'gzip', 'loaded by'],
      [...scripts].map(([path, gzip]) => [
        path.match(islandPattern)?.[1] ?? path,
        kb(gzip),
        routes
          .filter((route) =>
            weights.get(route)?.files.some((f) => new URL(f.url).pathname === path),
          )
          .map((route) => `/${route}`)
          .join(' '),
      ]),
    );

    const page = await browser.newPage();
    await page.goto(`${server.url}faq/`, { waitUntil: 'networkidle' });
    const searchbox = page.getByRole('searchbox');
    if ((await searchbox.count()) > 0) {
      const recording = recordResponses(page);
      await searchbox.fill('live chat');
      await page
        .getByRole('link', { name: /live chat/i })
        .first()
        .waitFor();
      await page.waitForLoadState('networkidle');
      const search = await recording.stop();
      printTable(
        'First FAQ search ("live chat")',
        ['files', 'JS', 'other (wasm, index, fragments)', 'total'],
        [[search.requests, kb(search.js), kb(search.other), kb(search.total)]],
      );
    }
    await page.close();

    printTable(
      'Build',
      ['astro build (incl. search index)', 'dist pages'],
      [[`${(buildMs / 1000).toFixed(1)} s`, routes.length]],
    );
    printTable('Content check, 5 runs', contentCheckHeader, timeContentCheck(5));
  } finally {
    await browser.close();
  }

  if (!args.has('--no-lighthouse')) {
    const scores = await runLighthouse(routes.map((route) => `${server.url}${route}`));
    printTable(
      'Lighthouse (mobile preset, simulated throttling)',
      ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP'],
      routes.map((route) => {
        const s = scores.get(`${server.url}${route}`);
        return s
          ? [`/${route}`, s.performance, s.accessibility, s.bestPractices, s.seo, `${s.lcp} ms`]
          : [];
      }),
    );
  }
  server.stop();

  if (args.has('--scale')) await runScale();
}

await main();
