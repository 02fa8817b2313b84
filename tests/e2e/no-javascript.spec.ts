import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, routes, test, withoutPageScripts } from './support';

test.use({ javaScriptEnabled: false });

const visibleText = (page: Page, text: string) =>
  page.getByText(text, { exact: false }).filter({ visible: true }).first();

test('plans: every price, license period, response time and allowance is visible', async ({
  page,
}) => {
  await page.goto(routes.plans);
  for (const price of ['$184', '$220', '$330', '$395']) {
    await expect(visibleText(page, price), price).toBeVisible();
  }
  const licenses = page.getByRole('table', { name: /included with each license type/ });
  for (const [license, period] of [
    ['Multi-Vendor Standard Annual Subscription', 'The entire subscription period'],
    ['Multi-Vendor Plus Annual Subscription', 'The entire subscription period'],
    ['Multi-Vendor Plus Lifetime License', '3 months'],
    ['Store Builder Plus Lifetime License', '1 month'],
    ['Store Builder Ultimate Lifetime License', '2 months'],
  ] as const) {
    const row = licenses.getByRole('row', { name: new RegExp(license) });
    await expect(row).toBeVisible();
    await expect(row.getByRole('cell').last()).toHaveText(period);
  }
  const comparison = page.getByRole('table', { name: 'Support features by plan' });
  const responseRow = comparison.getByRole('row', { name: /Average response time/ });
  await expect(responseRow).toContainText('within 48 hours');
  await expect(responseRow).toContainText('within 12 hours');
  await expect(responseRow).toContainText('within 4 hours');
  await expect(comparison.getByRole('row', { name: /support requests/ })).toContainText(
    '15 requests per month',
  );
});

test('plans: the Billing radios switch the cards with CSS alone', async ({ page }) => {
  await page.goto(routes.plans);
  const plus = page.getByRole('article', { name: 'Customer Care Plus' });
  await expect(plus.locator('.plan-card__figure').filter({ visible: true })).toHaveText('$184');
  await page.getByRole('radio', { name: /Monthly/ }).check();
  await expect(plus.locator('.plan-card__figure').filter({ visible: true })).toHaveText('$220');
  await expect(visibleText(page, '$184')).toBeVisible();
});

test('team: all eleven people are listed', async ({ page }) => {
  await page.goto(routes.team);
  const names = page.getByRole('main').getByRole('listitem');
  await expect(names).toHaveText(
    [
      'Andrey',
      'Daniil',
      'Asya',
      'Eugeniy',
      'Nail',
      'Eugenia',
      'Kate',
      'Anastasia',
      'Anton',
      'Igor',
      'Alice',
    ].map((name) => new RegExp(name)),
  );
});

test('faq: every question is a heading with an id, and its answer is visible', async ({ page }) => {
  await page.goto(routes.faq);
  const questions = page.locator('article.faq-answer');
  expect(await questions.count()).toBeGreaterThanOrEqual(12);
  for (const question of await questions.all()) {
    await expect(question.getByRole('heading', { level: 3 })).toHaveAttribute('id', /^[a-z0-9-]+$/);
    await expect(question.locator('p, li').first()).toBeVisible();
  }
});

test('support hours: the schedule and city table are visible', async ({ page }) => {
  await page.goto(routes.supportHours);
  await expect(visibleText(page, 'GMT+4')).toBeVisible();
  const table = page.getByRole('table', { name: /by city/ });
  await expect(table.getByRole('row', { name: /Tokyo/ })).toContainText('14:00 – 23:00');
  await expect(table.getByRole('row', { name: /Sydney/ })).toContainText('16:00');
});

// axe itself needs JavaScript, so these runs keep it on but serve every page
// with its scripts removed: the page a visitor without JavaScript gets.
test.describe('without page scripts', () => {
  test.use({ javaScriptEnabled: true });

  for (const [name, path] of Object.entries(routes)) {
    test(`${name}: no axe violations`, async ({ page }) => {
      await withoutPageScripts(page);
      await page.goto(path);
      await expect(page.locator('script')).toHaveCount(0);
      await expectNoAxeViolations(page);
    });
  }
});
