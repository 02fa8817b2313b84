import { globSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { layoutShifts, recordLayoutShifts, untilIdle } from './layout-shifts';
import { parsedElements, startPacedServer, type PacedServer } from './paced-pages';
import { expect, routes, test, withoutPageScripts } from './support';

/**
 * Nothing on any page moves, at any width, from the first paint until the page is
 * idle: not the header as the page is parsed, not an island as it hydrates, not
 * the FAQ as its search field appears. Every shift counts, with no threshold.
 * Half-parsed frames are provoked, not left to a busy CPU: a paced server
 * (paced-pages.ts) hands each page over piece by piece and the test waits for the
 * browser to parse and paint each piece before the next is sent, so the same
 * half-parsed frames are painted on an idle machine and a loaded one. A layout
 * whose boxes wait on content parsed after them (the header's row filling, the
 * footer growing, a grid's column count) shows here as a shift.
 * The islands' own tests hold their code back to compare the server-rendered
 * state with the hydrated one ("hydration moves nothing" in calculator.spec.ts,
 * "space reserved for the island" in support-hours.spec.ts).
 */

/** Each page by its address, the 404 page included. */
const pages = Object.fromEntries(
  [...Object.values(routes), 'no-such-page/'].map((path) => [
    `/${path.replace(/^\.\//, '')}`,
    path,
  ]),
);

/** A small phone, Lighthouse's phone, a tablet and a laptop; phones render as phones. */
const screens = [
  { width: 320, height: 640, phone: true },
  { width: 412, height: 823, phone: true },
  { width: 768, height: 1024, phone: false },
  { width: 1280, height: 900, phone: false },
];

/**
 * Waits until the browser has parsed the piece that ends with `elements` elements, then
 * for the frame after: its layout, and any shift in it, has been computed and
 * reported by the time the setTimeout inside the frame's callback runs.
 */
async function paintedAfterParsing(page: Page, elements: number): Promise<void> {
  await page.evaluate(
    async ({ count, selector }) => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      while (document.querySelectorAll(selector).length < count) await frame();
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    },
    { count: elements, selector: parsedElements },
  );
}

/** When the first contentful frame was painted and when the page's last byte arrived. */
async function firstPaintAndEnd(page: Page) {
  return page.evaluate(() => {
    const [navigation] = performance.getEntriesByType(
      'navigation',
    ) as PerformanceNavigationTiming[];
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    return { firstContentfulPaint: paint?.startTime, responseEnd: navigation?.responseEnd };
  });
}

/**
 * No page holds its first paint (issue 19): a render-blocking element made every
 * visitor's first paint wait for the whole page, and works in Chromium only. The
 * layout itself must paint the same half-parsed as whole (the tests below). Over
 * every HTML file of the build, pages added later included.
 */
test('no page in dist/ blocks rendering', async () => {
  const files = globSync('**/*.html', { cwd: 'dist' });
  expect(files.length).toBeGreaterThan(0);
  const blocking = files.filter((file) =>
    /\sblocking\s*=\s*["']?[^"'>]*\brender\b/i.test(readFileSync(`dist/${file}`, 'utf-8')),
  );
  expect(blocking).toEqual([]);
});

let paced: PacedServer;
test.beforeAll(async ({ baseURL }) => {
  // Port 0: the system picks a free one, so no other server of the run (the
  // editor's local proxy, another worker's paced server) can hold it.
  paced = await startPacedServer(new URL(baseURL ?? '').origin, 0);
});
test.afterAll(async () => paced?.close());

for (const { width, height, phone } of screens) {
  test.describe(`${width}px wide`, () => {
    test.use({ viewport: { width, height }, isMobile: phone, hasTouch: phone });

    for (const [name, path] of Object.entries(pages)) {
      test(`${name} never moves, painted piece by piece as it arrives`, async ({
        page,
        baseURL,
      }) => {
        await recordLayoutShifts(page);
        const url = new URL(path, baseURL);
        const arriving = paced.pace(url.pathname);
        const navigation = page.goto(`${paced.origin}${url.pathname}`, { waitUntil: 'commit' });
        const pieces = await arriving;
        let elements = await pieces.next();
        await navigation;
        while (elements !== undefined) {
          await paintedAfterParsing(page, elements);
          elements = await pieces.next();
        }
        await untilIdle(page);
        expect(await layoutShifts(page)).toEqual([]);
        // The pieces were painted: the first frame with content came before the end arrived.
        const { firstContentfulPaint, responseEnd } = await firstPaintAndEnd(page);
        expect(firstContentfulPaint).toBeLessThan(responseEnd ?? 0);
        expect(pieces.pieces).toBeGreaterThan(12);
      });
    }

    test('the FAQ search field holds its place before it shows, and none without JavaScript', async ({
      browser,
      page,
    }) => {
      const questions = page.getByRole('navigation', { name: 'Questions' });
      // Before the loader runs: scripting on, the loader not yet there.
      await withoutPageScripts(page);
      await page.goto(routes.faq);
      const field = page.locator('[data-faq-search]');
      await expect(field).toBeHidden();
      const waiting = {
        field: await field.boundingBox(),
        questions: await questions.boundingBox(),
      };
      expect(waiting.field?.height).toBeGreaterThan(0);

      // Shown: the same box, the questions where they were.
      await page.unrouteAll();
      await page.goto(routes.faq);
      await untilIdle(page);
      await expect(page.getByRole('searchbox', { name: 'Search the FAQ' })).toBeVisible();
      expect({
        field: await field.boundingBox(),
        questions: await questions.boundingBox(),
      }).toEqual(waiting);

      // Without JavaScript the field is not offered and leaves no gap.
      const context = await browser.newContext({
        javaScriptEnabled: false,
        viewport: { width, height },
        isMobile: phone,
        hasTouch: phone,
      });
      const noScript = await context.newPage();
      await noScript.goto(routes.faq);
      expect(await noScript.locator('[data-faq-search]').boundingBox()).toBeNull();
      await context.close();
    });
  });
}
