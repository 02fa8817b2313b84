import type { Page } from '@playwright/test';
import { expect } from './support';

/** One layout shift as the browser reported it, with what moved, for a readable failure. */
export interface LayoutShift {
  value: number;
  /** Milliseconds since navigation started. */
  at: number;
  hadRecentInput: boolean;
  moved: string[];
}

const recorded = '__layoutShifts';

/**
 * Records every layout shift of the page from its first paint, those right after
 * input included (a test's clicks are input too). Call before `page.goto`.
 */
export async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript((key) => {
    interface Rect {
      x: number;
      y: number;
      width: number;
      height: number;
    }
    interface Entry extends PerformanceEntry {
      value: number;
      hadRecentInput: boolean;
      sources: { node: Node | null; previousRect: Rect; currentRect: Rect }[];
    }
    const box = ({ x, y, width, height }: Rect) =>
      [x, y, width, height].map((n) => Math.round(n * 100) / 100).join(',');
    const name = (node: Node | null) =>
      node instanceof Element
        ? `${node.localName}${node.id ? `#${node.id}` : ''}${[...node.classList].map((c) => `.${c}`).join('')}`
        : String(node?.nodeName);
    const shifts: unknown[] = [];
    Object.assign(window, { [key]: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Entry[]) {
        shifts.push({
          value: entry.value,
          at: Math.round(entry.startTime),
          hadRecentInput: entry.hadRecentInput,
          moved: entry.sources.map(
            (source) =>
              `${name(source.node)} [${box(source.previousRect)}] -> [${box(source.currentRect)}]`,
          ),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  }, recorded);
}

/** The shifts recorded so far (see recordLayoutShifts). */
export async function layoutShifts(page: Page): Promise<LayoutShift[]> {
  return page.evaluate(
    (key) => (window as unknown as Record<string, LayoutShift[] | undefined>)[key] ?? [],
    recorded,
  );
}

/**
 * Waits until the page has nothing left to do on its own: every island hydrated,
 * the FAQ's search field shown, no request for 500 ms, fonts loaded, then an idle
 * period and two frames, so a late change still gets laid out and reported.
 */
export async function untilIdle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(page.locator('[data-faq-search][hidden]')).toHaveCount(0);
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => requestIdleCallback(resolve));
    for (let frame = 0; frame < 2; frame++) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  });
}
