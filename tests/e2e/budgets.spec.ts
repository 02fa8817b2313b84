import { islandBytes } from '../../tooling/island-bytes';
import { budgets, kilobytes } from '../../tooling/budgets';
import { weighPage } from '../../tooling/page-weight';
import { expect, routes, test } from './support';

/**
 * Byte budgets, in gzip bytes of everything a page loads once scrolled to the
 * bottom, lazy islands included. Deterministic for a given build; timings are
 * for `npm run bench`, never for tests.
 */
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

test(`plans page: at most ${kilobytes(budgets.plansPage)} with the calculator`, async ({
  page,
}) => {
  const weight = await weighPage(page, routes.plans);
  expect(
    weight.total,
    JSON.stringify(weight.files.map((f) => [f.url, kilobytes(f.gzip)])),
  ).toBeLessThanOrEqual(budgets.plansPage);
});

test('support hours page: no JavaScript but the hours island and its runtime', async ({ page }) => {
  const weight = await weighPage(page, routes.supportHours);
  const island = await islandBytes('dist', 'support-hours/index.html', 'HoursInYourTime');
  const islandFiles = [...island.own, ...island.runtime].map((chunk) => `/${chunk.file}`);
  const loaded = weight.files
    .filter((file) => file.kind === 'js')
    .map((file) => new URL(file.url).pathname);
  expect(loaded.length).toBeGreaterThan(0);
  expect(loaded.filter((path) => !islandFiles.includes(path))).toEqual([]);
  const inlineScripts = await page
    .locator('script:not([src]):not([type="application/ld+json"])')
    .evaluateAll((scripts) => scripts.map((script) => script.textContent ?? ''));
  // Astro's idle directive and island bootstrap, Solid's hydration script: nothing else.
  expect(inlineScripts.filter((code) => !/astro:idle|astro-island|_\$HY/.test(code))).toEqual([]);
});
