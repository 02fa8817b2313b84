/**
 * What the FAQ search costs: bytes before a search and for the first query
 * (gzip -9, or raw for files Pagefind already compresses), the size of the
 * index on disk, and how long queries take in Chromium. Prints figures; the
 * byte budgets themselves are asserted in tests/e2e/search-budgets.spec.ts.
 *
 *   npm run build && node bench/search-bytes.ts
 *
 * BENCH_PORT (default 4529) is where the built site is served meanwhile.
 * Timings are wall-clock on this machine: compare runs, do not quote them as limits.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { scriptSizes, totalBytes, TransferLog, type Transfer } from '../tooling/transfer-size.ts';
import { chromiumLaunchOptions } from '../tooling/chromium.ts';
import { searchIndexParts } from './search-index.ts';
import { serveDist } from './server.ts';

const port = Number(process.env['BENCH_PORT'] ?? 4529);
const outDir = path.resolve('dist');
const runs = 5;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function printTransfers(title: string, transfers: Transfer[]): void {
  console.log(`\n${title}: ${kb(totalBytes(transfers))}`);
  for (const transfer of [...transfers].sort((a, b) => b.bytes - a.bytes)) {
    console.log(
      `  ${kb(transfer.bytes).padStart(9)}  (raw ${kb(transfer.rawBytes).padStart(9)})  ${transfer.path}`,
    );
  }
}

async function printIndex(): Promise<void> {
  const entry = JSON.parse(
    await readFile(path.join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf-8'),
  );
  const pages = Object.values(entry.languages as Record<string, { page_count: number }>);
  console.log(
    `\nIndex on disk (${outDir}/pagefind, ${pages.map((l) => l.page_count).join('+')} page(s) indexed):`,
  );
  for (const [part, { files, bytes }] of await searchIndexParts(outDir)) {
    console.log(`  ${kb(bytes).padStart(9)}  ${String(files).padStart(3)} file(s)  ${part}`);
  }
}

async function measureBytes(browser: Browser, faqUrl: string): Promise<void> {
  const page = await browser.newPage();
  const log = new TransferLog(page);
  await page.goto(faqUrl);
  await page.waitForLoadState('networkidle');
  const withoutIcons = (transfers: Transfer[]) =>
    transfers.filter((transfer) => !transfer.path.includes('favicon'));
  const beforeSearch = withoutIcons(await log.take());
  const html = (await page.content()).length;
  const scripts = await scriptSizes(page, beforeSearch);
  printTransfers('/faq/ before a search', beforeSearch);
  console.log(
    `  loader script(s): ${scripts.map((size) => `${size} B`).join(' + ')} gzip; rendered HTML ${kb(html)} raw`,
  );

  await page.getByRole('searchbox').fill('live chat');
  await page.getByRole('list', { name: 'Search results' }).getByRole('link').first().waitFor();
  await page.waitForLoadState('networkidle');
  printTransfers('Fetched for the first query ("live chat")', withoutIcons(await log.take()));
  await page.close();
}

async function measureTimes(browser: Browser, faqUrl: string): Promise<void> {
  const cold: number[] = [];
  const warm: number[] = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(faqUrl);
    await page.waitForLoadState('networkidle');
    const field = page.getByRole('searchbox');
    const status = page.getByRole('status');
    let started = performance.now();
    await field.fill('live chat');
    await status.getByText('“live chat”').filter({ visible: true }).waitFor();
    cold.push(performance.now() - started);
    started = performance.now();
    await field.fill('security bugs');
    await status.getByText('“security bugs”').filter({ visible: true }).waitFor();
    warm.push(performance.now() - started);
    await context.close();
  }
  const median = (values: number[]) =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  console.log(`
Time to results, median of ${runs} runs (each includes the field's typing pause):`);
  console.log(`  first query, engine and index loading:  ${median(cold).toFixed(0)} ms`);
  console.log(`  next query:                             ${median(warm).toFixed(0)} ms`);
}

const server = await serveDist('.', port);
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const faqUrl = `${server.url}faq/`;
  await measureBytes(browser, faqUrl);
  await printIndex();
  await measureTimes(browser, faqUrl);
} finally {
  await browser.close();
  server.stop();
}
