import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { readContent, readContentFiles, type SiteModel } from '../../src/content-model';
import { expect, routes, test, withoutPageScripts } from './support';

/** Phone (the narrowest we serve, and a common Android width), tablet and desktop. */
const widths = [320, 412, 768, 1280] as const;
const pages = { ...routes, notFound: 'no-such-page/' } as const;

const content = readContent(await readContentFiles(path.resolve('.')));
if (!content.model) throw new Error('The site content has problems: run npm run check.');
const model: SiteModel = content.model;
/** The cells the comparison shows for each row, by the model: the rows whose cells are annual-only. */
const annualOnlyCells = model.comparison.flatMap((row) =>
  row.cells.filter((cell) => cell.annualOnly).map((cell) => ({ row, plan: cell.plan })),
);

interface Overflow {
  text: string;
  right: number;
}

/**
 * Every piece of visible text whose box ends past the right edge of the
 * viewport, wherever it is on the page (scrolled out of a sideways scroller
 * included), measured per line box of each text node.
 */
function textsPastTheRightEdge(page: Page): Promise<Overflow[]> {
  return page.evaluate(() => {
    const edge = document.documentElement.clientWidth;
    const found: { text: string; right: number }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const parent = node.parentElement;
      if (!text || !parent) continue;
      // Hidden from sight: not rendered, invisible, or clipped to nothing on purpose
      // (.visually-hidden, for screen readers only).
      if (!parent.checkVisibility({ visibilityProperty: true })) continue;
      if (parent.closest('.visually-hidden, script, style, noscript')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const box of range.getClientRects()) {
        if (box.width > 0 && box.right > edge + 0.5) {
          found.push({ text: text.slice(0, 60), right: Math.round(box.right) });
          break;
        }
      }
    }
    return found;
  });
}

async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  // Islands hydrate on idle; their text is what a visitor reads.
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
}

for (const width of widths) {
  for (const [name, route] of Object.entries(pages)) {
    test(`${name} at ${width} px: no text past the right edge, no sideways scrolling`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(route);
      await settle(page);
      expect(await textsPastTheRightEdge(page)).toEqual([]);
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    });
  }
}
