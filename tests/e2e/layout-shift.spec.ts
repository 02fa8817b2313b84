import type { Page } from '@playwright/test';
import { layoutShifts, recordLayoutShifts, untilIdle } from './layout-shifts';
import { expect, routes, test, withoutPageScripts } from './support';

/**
 * Nothing on any page moves, at any width, from the first paint until the page is
 * idle: not the header as the page is parsed, not an island as it hydrates, not
 * the FAQ as its search field appears. Every shift counts, with no threshold.
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
 * Whether the page's last element existed when the first frame was drawn: a frame
 * of a half-parsed page is the start of a shift once the rest arrives, and how
 * soon a browser draws one depends on how busy its CPU is.
 */
async function recordFirstFrame(page: Page): Promise<void> {
  await page.addInitScript(() => {
    requestAnimationFrame(() => {
      const parsed = document.getElementById('end') !== null;
      Object.assign(window, { __firstFrame: { parsed } });
    });
  });
}

for (const { width, height, phone } of screens) {
  test.describe(`${width}px wide`, () => {
    test.use({ viewport: { width, height }, isMobile: phone, hasTouch: phone });

    for (const [name, path] of Object.entries(pages)) {
      test(`${name} never moves`, async ({ page }) => {
        await recordLayoutShifts(page);
        await recordFirstFrame(page);
        await page.goto(path);
        await untilIdle(page);
        expect(await layoutShifts(page)).toEqual([]);
        expect(
          await page.evaluate(() => (window as { __firstFrame?: unknown }).__firstFrame),
        ).toEqual({ parsed: true });
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
