import { stat } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { budgets, pageBudgets } from '../budgets';
import { chromiumLaunchOptions } from '../chromium';
import { weighPage } from '../page-weight';

/**
 * The weight of each page held to a budget, as the budget tests weigh it
 * (tooling/page-weight.ts: everything the browser loads, gzip bytes), for both
 * sides of a comparison. Chromium gets the built files straight from disk through
 * request interception, so no server or port is needed and nothing leaves the
 * machine.
 */

/** A move smaller than this share of the page's budget is not reported. */
export const WEIGHT_SHARE = 0.05;

export type PageWeights = Map<string, number>;

export interface WeightChange {
  route: string;
  budgetName: keyof typeof budgets;
  budget: number;
  before: number;
  after: number;
}

const origin = 'https://site-diff.invalid';

async function fileFor(distDir: string, pathname: string): Promise<string | undefined> {
  const relative = decodeURIComponent(pathname);
  const candidates = relative.endsWith('/')
    ? [`${relative}index.html`]
    : [relative, `${relative}/index.html`, `${relative}.html`];
  for (const candidate of candidates) {
    const file = path.join(distDir, path.normalize(candidate));
    if (!file.startsWith(path.resolve(distDir))) return undefined;
    if (
      await stat(file).then(
        (found) => found.isFile(),
        () => false,
      )
    )
      return file;
  }
  return undefined;
}

async function serveFrom(context: BrowserContext, distDir: string) {
  await context.unroute('**/*');
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== origin) return route.abort();
    const file = await fileFor(path.resolve(distDir), url.pathname);
    return file ? route.fulfill({ path: file }) : route.fulfill({ status: 404, body: '' });
  });
}

/** Each budgeted page's weight in each built site, in the order given. */
export async function weighBudgetedPages(distDirs: readonly string[]): Promise<PageWeights[]> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const context = await browser.newContext();
    const results: PageWeights[] = [];
    for (const distDir of distDirs) {
      await serveFrom(context, distDir);
      const weights: PageWeights = new Map();
      for (const route of Object.keys(pageBudgets)) {
        if (!(await fileFor(path.resolve(distDir), route))) continue;
        const page = await context.newPage();
        const weight = await weighPage(page, `${origin}${route}`);
        // The browser asks for the icon whenever it likes: it is not the page's weight.
        const icon = weight.files
          .filter((file) => file.url.includes('favicon'))
          .reduce((sum, file) => sum + file.gzip, 0);
        weights.set(route, weight.total - icon);
        await page.close();
      }
      results.push(weights);
    }
    return results;
  } finally {
    await browser.close();
  }
}

/** The budgeted pages whose weight moved by more than WEIGHT_SHARE of their budget. */
export function weightChanges(before: PageWeights, after: PageWeights): WeightChange[] {
  const changes: WeightChange[] = [];
  for (const [route, budgetName] of Object.entries(pageBudgets)) {
    const was = before.get(route);
    const is = after.get(route);
    if (was === undefined || is === undefined) continue;
    const budget = budgets[budgetName];
    if (Math.abs(is - was) > WEIGHT_SHARE * budget) {
      changes.push({ route, budgetName, budget, before: was, after: is });
    }
  }
  return changes;
}
