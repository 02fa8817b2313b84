import type { Page } from '@playwright/test';
import {
  allowancePlan,
  amount,
  months,
  perMonth,
  pricedPlans,
  site,
  standardTimeHours,
} from './site-facts';
import { expect, expectNoAxeViolations, routes, test, withoutPageScripts } from './support';

test.use({ javaScriptEnabled: false });

const visibleText = (page: Page, text: string) =>
  page.getByText(text, { exact: false }).filter({ visible: true }).first();

test('plans: every price, license period, response time and allowance is visible @every-browser', async ({
  page,
}) => {
  await page.goto(routes.plans);
  for (const plan of pricedPlans) {
    for (const billing of ['annual', 'monthly'] as const) {
      const price = amount(perMonth(plan, billing));
      await expect(visibleText(page, price), `${plan.name}, ${billing}`).toBeVisible();
    }
  }
  const licenses = page.getByRole('table', { name: /included with each license type/ });
  for (const license of site.licenses) {
    const row = licenses.getByRole('row', { name: license.name });
    await expect(row).toBeVisible();
    await expect(row.getByRole('cell').last()).toHaveText(
      'months' in license.includedSupport
        ? months(license.includedSupport.months)
        : 'The entire subscription period',
    );
  }
  const comparison = page.getByRole('table', { name: 'Support features by plan' });
  const responseRow = comparison.getByRole('row', { name: /Average response time/ });
  for (const plan of site.plans.all) {
    await expect(responseRow).toContainText(`within ${plan.responseTimeHours} hours`);
  }
  const allowance = allowancePlan();
  if (allowance) {
    await expect(comparison.getByRole('row', { name: /support requests/ })).toContainText(
      `${allowance.requests.perMonth} requests per month`,
    );
  }
});

test('plans: the Billing radios switch the cards with CSS alone @every-browser', async ({
  page,
}) => {
  await page.goto(routes.plans);
  for (const plan of pricedPlans) {
    const card = page.getByRole('article', { name: plan.name });
    const figure = card.locator('.plan-card__figure').filter({ visible: true });
    await page.getByRole('radio', { name: /Annual/ }).check();
    await expect(figure).toHaveText(amount(perMonth(plan, 'annual')));
    await page.getByRole('radio', { name: /Monthly/ }).check();
    await expect(figure).toHaveText(amount(perMonth(plan, 'monthly')));
  }
});

test('team: everyone is listed, in order @every-browser', async ({ page }) => {
  await page.goto(routes.team);
  const names = page.getByRole('main').getByRole('listitem');
  await expect(names).toHaveText(site.team.map((person) => new RegExp(person.name)));
});

test('faq: every question is a heading with an id, and its answer is visible @every-browser', async ({
  page,
}) => {
  const pages = Map.groupBy(site.faq.topics, (topic) => topic.path);
  for (const [sitePath, topics] of pages) {
    await page.goto(sitePath.replace(/^\//, ''));
    const questions = page.locator('article.faq-answer');
    await expect(questions).toHaveCount(topics.reduce((sum, t) => sum + t.questions.length, 0));
    for (const question of await questions.all()) {
      await expect(question.getByRole('heading', { level: 3 })).toHaveAttribute(
        'id',
        /^[a-z0-9-]+$/,
      );
      await expect(question.locator('p, li').first()).toBeVisible();
    }
  }
});

test('support hours: the schedule and city table are visible @every-browser', async ({ page }) => {
  await page.goto(routes.supportHours);
  await expect(visibleText(page, site.supportHours.offsetLabel)).toBeVisible();
  const table = page.getByRole('table', { name: /by city/ });
  for (const city of site.supportHours.referenceCities) {
    const { opens, closes } = standardTimeHours(city.timeZone);
    const standardTime = table.getByRole('row', { name: city.name }).getByRole('cell').first();
    await expect(standardTime, city.name).toContainText(opens);
    await expect(standardTime, city.name).toContainText(`– ${closes}`);
  }
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
