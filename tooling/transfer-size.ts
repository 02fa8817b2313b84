import { gzipSync } from 'node:zlib';
import type { Page, Response } from '@playwright/test';

/** One response and what it would cost over the wire. */
export interface Transfer {
  url: string;
  path: string;
  type: string;
  /** gzip -9 size, or the raw size when gzip does not shrink it (Pagefind's index and wasm come compressed). */
  bytes: number;
  rawBytes: number;
}

export const gzipSize = (body: Buffer | string) => {
  const buffer = typeof body === 'string' ? Buffer.from(body) : body;
  return Math.min(buffer.length, gzipSync(buffer, { level: 9 }).length);
};

export const totalBytes = (transfers: Transfer[]) =>
  transfers.reduce((sum, transfer) => sum + transfer.bytes, 0);

/**
 * Records every response a page (and its workers) receives, measured as a
 * gzip-serving host would send it. Deterministic: sizes come from bodies,
 * not from timing or the local server's headers.
 */
export class TransferLog {
  private pending: Promise<Transfer | undefined>[] = [];

  constructor(page: Page) {
    page.on('response', (response) => this.pending.push(measure(response)));
  }

  /** Everything received since the last call. */
  async take(): Promise<Transfer[]> {
    const taken = await Promise.all(this.pending.splice(0));
    return taken.filter((transfer): transfer is Transfer => transfer !== undefined);
  }
}

async function measure(response: Response): Promise<Transfer | undefined> {
  if (response.status() >= 300 && response.status() < 400) return undefined;
  const body = await response.body().catch(() => undefined);
  if (!body) return undefined;
  const url = response.url();
  return {
    url,
    path: new URL(url).pathname,
    type: response.request().resourceType(),
    bytes: gzipSize(body),
    rawBytes: body.length,
  };
}

/** The page's own scripts, inline and external, measured one by one. */
export async function scriptSizes(page: Page, transfers: Transfer[]): Promise<number[]> {
  const inline = await page
    .locator('script:not([src])')
    .evaluateAll((scripts) =>
      scripts
        .filter((script) =>
          ['', 'module', 'text/javascript'].includes(script.getAttribute('type') ?? ''),
        )
        .map((script) => script.textContent ?? ''),
    );
  const external = transfers.filter((transfer) => transfer.type === 'script');
  return [...inline.map(gzipSize), ...external.map((transfer) => transfer.bytes)];
}
