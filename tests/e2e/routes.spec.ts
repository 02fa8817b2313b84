import { expect, expectNoAxeViolations, routes, test } from './support';

for (const [name, path] of Object.entries(routes)) {
  test.describe(`${name} page`, () => {
    test('loads cleanly with one h1, a title and a description @every-browser', async ({
      page,
      pageProblems,
    }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page).toHaveTitle(/\S/);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{40,}/);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await page.waitForLoadState('networkidle');
      expect(pageProblems).toEqual([]);
    });

    test('reads without a stray space before punctuation', async ({ page }) => {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      // Markup formatting can leave whitespace inside an element that closes right
      // before a full stop or comma ("Help Desk ."): what a reader would see.
      const text = await page.locator('body').innerText();
      expect(text.match(/\S[ \t]+[.,;:!?](?=\s|$)/gm) ?? []).toEqual([]);
    });

    test('marks itself as the current page in the navigation', async ({ page }) => {
      await page.goto(path);
      const current = page
        .getByRole('navigation', { name: 'Main' })
        .locator('[aria-current="page"]');
      await expect(current).toHaveCount(1);
      expect(new URL(page.url()).pathname).toBe(
        new URL((await current.getAttribute('href')) ?? '', page.url()).pathname,
      );
    });
  });
}

test('the skip link moves focus to the main content @every-browser', async ({ page }) => {
  await page.goto(routes.plans);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('an unknown address gets the helpful 404 page', async ({ page }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toContainText("couldn't find");
  await expect(
    page.getByRole('main').getByRole('link', { name: 'Plans and pricing' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});
