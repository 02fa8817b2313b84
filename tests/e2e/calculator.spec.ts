import type { Locator, Page } from '@playwright/test';
import { layoutShifts, recordLayoutShifts, untilIdle } from './layout-shifts';
import { expect, expectNoAxeViolations, routes, test } from './support';

// The price calculator on /plans/, driven by role and label as a visitor would.

const calculator = (page: Page) => page.getByRole('region', { name: /calculator/i });
const billing = (page: Page) => page.getByRole('group', { name: 'Billing' });

/** Opens /plans/ with a query and waits for the island to take over its controls. */
async function openCalculator(page: Page, query = '') {
  await page.goto(`${routes.plans}${query}`);
  const region = calculator(page);
  await expect(region.getByRole('radio', { name: 'Plus' })).toBeEnabled();
  return region;
}

/** The visible one of the server-rendered details that share a place. */
const shown = (region: Locator, text: RegExp) => region.getByText(text).filter({ visible: true });
/** What the chosen license includes, among the result's figures. */
const included = (region: Locator, text: RegExp) => shown(region.getByRole('definition'), text);

test('prices plans and licenses as the issue asks', async ({ page, pageProblems }) => {
  const region = await openCalculator(page);
  const status = region.getByRole('status');

  await region.getByRole('radio', { name: 'Ultimate' }).check();
  await billing(page)
    .getByRole('radio', { name: /Monthly/ })
    .check();
  await expect(status).toHaveText('Ultimate, billed monthly: $395 a month, $4,740 a year.');

  await billing(page)
    .getByRole('radio', { name: /Annual/ })
    .check();
  await expect(status).toHaveText('Ultimate, billed annually: $330 a month, $3,960 a year.');
  await expect(region.getByRole('definition').filter({ hasText: '$780 a year' })).toContainText(
    'Save 16%',
  );

  await region.getByRole('radio', { name: 'Plus' }).check();
  await expect(status).toHaveText('Plus, billed annually: $184 a month, $2,208 a year.');
  await expect(region.getByRole('definition').filter({ hasText: '$432 a year' })).toContainText(
    'Save 16%',
  );

  const license = region.getByLabel('License type');
  await license.selectOption({ label: 'Store Builder Ultimate Lifetime License' });
  await expect(included(region, /Customer Care Standard for 2 months/)).toHaveCount(1);
  await expect(included(region, /entire subscription period/)).toHaveCount(0);
  await license.selectOption({ label: 'Multi-Vendor Plus Annual Subscription' });
  await expect(
    included(region, /Customer Care Standard for the entire subscription period/),
  ).toHaveCount(1);
  await expect(included(region, /for 2 months/)).toHaveCount(0);

  await expect(page).toHaveURL(/[?&]plan=plus(&|$)/);
  await expect(page).toHaveURL(/[?&]license=multi-vendor-plus-annual(&|$)/);
  await page.reload();
  await expect(region.getByRole('radio', { name: 'Plus' })).toBeEnabled();
  await expect(region.getByRole('radio', { name: 'Plus' })).toBeChecked();
  await expect(license).toHaveValue('multi-vendor-plus-annual');
  await expect(status).toHaveText(
    'Plus, billed annually: $184 a month, $2,208 a year. Customer Care Standard for the entire subscription period, until the subscription ends.',
  );
  expect(pageProblems).toEqual([]);
});

test('what a plan adds, and what monthly billing leaves out, follow the choices', async ({
  page,
}) => {
  const region = await openCalculator(page);
  const ultimate = region.getByRole('heading', { name: 'What Ultimate adds' });
  await expect(ultimate).toBeVisible();
  await expect(shown(region, /you would go without Initial web server configuration/)).toHaveCount(
    1,
  );
  await billing(page)
    .getByRole('radio', { name: /Monthly/ })
    .check();
  await expect(shown(region, /you go without Initial web server configuration/)).toHaveCount(1);
  await region.getByRole('radio', { name: 'Plus' }).check();
  await expect(ultimate).toBeHidden();
  await expect(region.getByRole('heading', { name: 'What Plus adds' })).toBeVisible();
  await expect(region.getByRole('link', { name: 'Choose Plus, billed monthly' })).toHaveAttribute(
    'href',
    /[?&]plan=plus&billing=monthly$/,
  );
});

test('a shared link restores every choice, the plan cards included', async ({ browser, page }) => {
  const region = await openCalculator(page);
  await billing(page)
    .getByRole('radio', { name: /Monthly/ })
    .check();
  await region.getByRole('radio', { name: 'Plus' }).check();
  await region
    .getByLabel('License type')
    .selectOption({ label: 'Store Builder Plus Lifetime License' });
  await region.getByRole('radio', { name: '3 years' }).check();
  const expected =
    'Plus, billed monthly: $220 a month, $2,640 a year, $7,920 over 3 years. Customer Care Standard for 1 month from the day the license is bought.';
  await expect(region.getByRole('status')).toHaveText(expected);
  const shared = new URL(page.url());
  expect(Object.fromEntries(shared.searchParams)).toEqual({
    billing: 'monthly',
    plan: 'plus',
    license: 'store-builder-plus-lifetime',
    years: '3',
  });

  // A fresh visitor (no restored form state) opening the link.
  const context = await browser.newContext();
  const visitor = await context.newPage();
  const restored = await openCalculator(visitor, shared.search);
  await expect(restored.getByRole('status')).toHaveText(expected);
  await expect(billing(visitor).getByRole('radio', { name: /Monthly/ })).toBeChecked();
  await expect(restored.getByRole('radio', { name: '3 years' })).toBeChecked();
  await expect(restored.getByLabel('License type')).toHaveValue('store-builder-plus-lifetime');
  const plusCard = visitor.getByRole('article', { name: 'Customer Care Plus' });
  await expect(plusCard.getByText('$220', { exact: true }).filter({ visible: true })).toHaveCount(
    1,
  );
  await expect(plusCard.getByText('$184', { exact: true }).filter({ visible: true })).toHaveCount(
    0,
  );
  await context.close();

  // Back to the defaults: the address is clean again.
  await billing(page)
    .getByRole('radio', { name: /Annual/ })
    .check();
  await region.getByRole('radio', { name: 'Ultimate' }).check();
  await region.getByLabel('License type').selectOption({ label: 'I don’t have a license yet' });
  await region.getByRole('radio', { name: '1 year' }).check();
  expect(new URL(page.url()).search).toBe('');
});

test('a URL full of garbage shows the defaults, runs nothing and logs nothing', async ({
  page,
  pageProblems,
}) => {
  const messages: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const region = await openCalculator(
    page,
    '?billing=<script>alert(1)</script>&plan=../../etc&license=%00&years=999&plan=ultimate<img src=x onerror=alert(2)>',
  );
  await expect(region.getByRole('status')).toHaveText(
    'Ultimate, billed annually: $330 a month, $3,960 a year.',
  );
  await expect(billing(page).getByRole('radio', { name: /Annual/ })).toBeChecked();
  await expect(region.getByRole('radio', { name: 'Ultimate' })).toBeChecked();
  await expect(region.getByRole('radio', { name: '1 year' })).toBeChecked();
  await expect(region.getByLabel('License type')).toHaveValue('none');
  await expect(page.locator('body')).not.toContainText('alert(');
  await expect(page.locator('img[src="x"], script:text("alert")')).toHaveCount(0);
  await page.waitForLoadState('networkidle');
  expect(dialogs).toEqual([]);
  expect(messages).toEqual([]);
  expect(pageProblems).toEqual([]);
});

/** Presses Tab until `target` has focus, checking every stop on the way shows its focus. */
async function tabTo(page: Page, target: Locator, limit = 80) {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
    await expectFocusVisible(page);
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

async function expectFocusVisible(page: Page) {
  const focus = await page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return { visible: true, what: 'body' };
    const style = getComputedStyle(element);
    return {
      what: element.outerHTML.slice(0, 80),
      visible:
        element.matches(':focus-visible') &&
        style.outlineStyle !== 'none' &&
        parseFloat(style.outlineWidth) >= 2,
    };
  });
  expect(focus.visible, `focus ring on ${focus.what}`).toBe(true);
}

test('the keyboard alone prices a plan, focus always visible, each change announced once', async ({
  page,
  pageProblems,
}) => {
  const region = await openCalculator(page);
  const status = region.getByRole('status');

  // The page's Billing radios: arrow keys move the choice.
  await tabTo(page, billing(page).getByRole('radio', { name: /Annual/ }));
  await page.keyboard.press('ArrowRight');
  await expect(billing(page).getByRole('radio', { name: /Monthly/ })).toBeChecked();

  // Into the calculator: the plan radios, the license select, the period radios.
  await tabTo(page, region.getByRole('radio', { name: 'Ultimate' }));
  await page.keyboard.press('ArrowUp');
  await expect(region.getByRole('radio', { name: 'Plus' })).toBeChecked();
  await expect(region.getByRole('radio', { name: 'Plus' })).toBeFocused();

  await page.keyboard.press('Tab');
  await expectFocusVisible(page);
  const license = region.getByLabel('License type');
  await expect(license).toBeFocused();
  for (let step = 0; step < 5; step++) await page.keyboard.press('ArrowDown');
  await expect(license).toHaveValue('store-builder-ultimate-lifetime');
  await expect(included(region, /Customer Care Standard for 2 months/)).toHaveCount(1);

  await page.keyboard.press('Tab');
  await expectFocusVisible(page);
  await expect(region.getByRole('radio', { name: '1 year' })).toBeFocused();
  // One change, one update of the live region's sentence.
  await status.evaluate((element) => {
    const records: MutationRecord[] = [];
    new MutationObserver((found) => records.push(...found)).observe(element, {
      subtree: true,
      childList: true,
      characterData: true,
    });
    Object.assign(window, { statusRecords: records });
  });
  await page.keyboard.press('ArrowRight');
  await expect(status).toHaveText(
    'Plus, billed monthly: $220 a month, $2,640 a year, $5,280 over 2 years. Customer Care Standard for 2 months from the day the license is bought.',
  );
  expect(
    await page.evaluate(() => (window as { statusRecords?: unknown[] }).statusRecords?.length),
  ).toBe(1);

  await tabTo(page, region.getByRole('link', { name: 'Choose Plus, billed monthly' }));

  // The link beside "Billing" takes keyboard users back to the one Billing control.
  await tabTo(page, region.getByRole('link', { name: 'Change it under Billing' }));
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(billing(page).getByRole('radio', { name: /Monthly/ })).toBeFocused();
  expect(pageProblems).toEqual([]);
});

test('axe finds nothing, before and after choices', async ({ page }) => {
  const region = await openCalculator(page);
  await expectNoAxeViolations(page);
  await billing(page)
    .getByRole('radio', { name: /Monthly/ })
    .check();
  await region
    .getByLabel('License type')
    .selectOption({ label: 'Multi-Vendor Plus Lifetime License' });
  await region.getByRole('radio', { name: '3 years' }).check();
  await expectNoAxeViolations(page);
});

test.describe('hydration moves nothing on the page', () => {
  const cases = {
    defaults: '',
    'a restored choice':
      '?billing=monthly&plan=plus&license=store-builder-ultimate-lifetime&years=3',
  };
  for (const width of [320, 412, 768, 1280]) {
    for (const [name, query] of Object.entries(cases)) {
      test(`${name}, ${width}px wide`, async ({ page, pageProblems }) => {
        await page.setViewportSize({ width, height: 900 });
        await recordLayoutShifts(page);
        // Hold the island's code back until the server-rendered state is measured.
        let release: () => void = () => undefined;
        const held = new Promise<void>((resolve) => (release = resolve));
        await page.route(/\/PriceCalculator\.[\w-]+\.js$/, async (route) => {
          await held;
          await route.continue();
        });
        await page.goto(`${routes.plans}${query}`);
        const region = calculator(page);
        const plus = region.getByRole('radio', { name: 'Plus' });
        await expect(plus).toBeDisabled();
        await page.waitForLoadState('load');
        const next = page.getByRole('heading', { name: 'Compare support features' });
        const before = { region: await region.boundingBox(), next: await next.boundingBox() };
        release();
        await expect(plus).toBeEnabled();
        expect({ region: await region.boundingBox(), next: await next.boundingBox() }).toEqual(
          before,
        );
        await untilIdle(page);
        expect(await layoutShifts(page)).toEqual([]);
        expect(pageProblems).toEqual([]);
      });
    }
  }
});
