import type { Page, Response } from '@playwright/test';
import { gzipSize } from './transfer-size.ts';

/** What a page loads, by kind, in gzip bytes (see gzipSize: -9, or raw when already compressed). */
export interface PageWeight {
  requests: number;
  html: number;
  css: number;
  js: number;
  other: number;
  total: number;
  /** Each file loaded, with its kind and gzip bytes: for reports and failure messages. */
  files: { url: string; kind: Kind; gzip: number }[];
}

type Kind = 'html' | 'css' | 'js' | 'other';

function kindOf(response: Response): Kind {
  const type = response.headers()['content-type'] ?? '';
  if (type.includes('text/html')) return 'html';
  if (type.includes('text/css')) return 'css';
  if (type.includes('javascript')) return 'js';
  return 'other';
}

/**
 * Records every response from now until `stop()`: call it before an action (a
 * page load, a search) and stop after, to weigh what that action fetched.
 */
export function recordResponses(page: Page) {
  const pending: Promise<PageWeight['files'][number] | undefined>[] = [];
  const onResponse = (response: Response) => {
    if (response.status() === 204 || response.request().method() !== 'GET') return;
    pending.push(
      response.body().then(
        (body) => ({ url: response.url(), kind: kindOf(response), gzip: gzipSize(body) }),
        () => undefined,
      ),
    );
  };
  page.on('response', onResponse);
  return {
    async stop(): Promise<PageWeight> {
      page.off('response', onResponse);
      const files = (await Promise.all(pending)).filter((file) => file !== undefined);
      const sum = (kind: Kind) =>
        files.filter((file) => file.kind === kind).reduce((total, file) => total + file.gzip, 0);
      const weight = { html: sum('html'), css: sum('css'), js: sum('js'), other: sum('other') };
      return {
        requests: files.length,
        ...weight,
        total: weight.html + weight.css + weight.js + weight.other,
        files,
      };
    },
  };
}

/**
 * Loads a page, scrolls to the bottom, and waits until the network is quiet and
 * idle-time islands have loaded: everything a visitor's browser fetches for the
 * page without further input.
 */
export async function weighPage(page: Page, url: string): Promise<PageWeight> {
  const recording = recordResponses(page);
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.evaluate(
    () =>
      new Promise((resolve) => requestIdleCallback(() => resolve(undefined), { timeout: 2000 })),
  );
  await page.waitForLoadState('networkidle');
  return recording.stop();
}
