import { kilobytes, weighPage } from '../support/page-weight';
import { expect, routes, test } from './support';

/**
 * Byte budgets, in gzip bytes of everything a page loads once scrolled to the
 * bottom, lazy islands included. Deterministic for a given build; timings are
 * for `npm run bench`, never for tests.
 */
const KB = 1024;

test('overview and team pages ship no JavaScript', async ({ page }) => {
  for (const path of [routes.home, routes.team]) {
    const weight = await weighPage(page, path);
    expect(
      weight.files.filter((file) => file.kind === 'js'),
      path,
    ).toEqual([]);
    expect(await page.locator('script:not([type="application/ld+json"])').count(), path).toBe(0);
  }
});

test('plans page: at most 24 KB with the calculator', async ({ page }) => {
  const weight = await weighPage(page, routes.plans);
  expect(
    weight.total,
    JSON.stringify(weight.files.map((f) => [f.url, kilobytes(f.gzip)])),
  ).toBeLessThanOrEqual(24 * KB);
});
