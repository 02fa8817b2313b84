import type { Locator, Page } from '@playwright/test';
import type { License, PricedPlan } from '../../src/content-model';
import { amount, months, perMonth, pricedPlans, site } from './site-facts';
import { layoutShifts, recordLayoutShifts, untilIdle } from './layout-shifts';
import { expect, expectNoAxeViolations, routes, test } from './support';

// The price calculator on /plans/, driven by role and label as a visitor would,
// against the real content: what it should say is worked out from the model.

/** The plan the calculator opens on (the highlighted one), and another to switch to. */
const defaultPlan = pricedPlans.find((plan) => plan.highlighted) ?? pricedPlans[0];
const otherPlan = pricedPlans.find((plan) => plan !== defaultPlan) ?? defaultPlan;
/** A license that includes some months of support, and one that includes its whole term. */
const licenseWithMonths = site.licenses.find(
  (license): license is License & { includedSupport: { months: number } } =>
    'months' in license.includedSupport,
);
const licenseForItsTerm = site.licenses.find((license) => !('months' in license.includedSupport));
if (!licenseWithMonths || !licenseForItsTerm) {
  throw new Error('The calculator tests need a license with months of support and one without.');
}
const included = site.plans.included.name;

/** What the live region says of a plan, a billing, a license and a number of years. */
function quote(
  plan: PricedPlan,
  billing: 'annual' | 'monthly',
  license?: License,
  years = 1,
): string {
  const rate = perMonth(plan, billing);
  const overYears = years > 1 ? `, ${amount(rate * 12 * years)} over ${years} years` : '';
  const price = `${plan.shortName}, billed ${billing === 'annual' ? 'annually' : 'monthly'}: ${amount(rate)} a month, ${amount(rate * 12)} a year${overYears}.`;
  if (!license) return price;
  const term =
    'months' in license.includedSupport
      ? months(license.includedSupport.months)
      : 'the entire subscription period, until the subscription ends';
  return `${price} ${included} for ${term}.`;
}

/** What a year billed annually saves, and the badge's floored percent. */
function saving(plan: PricedPlan) {
  const { billedAnnually, billedMonthly } = plan.prices;
  return {
    perYear: `${amount((billedMonthly - billedAnnually) * 12)} a year`,
    badge: `Save ${Math.floor(((billedMonthly - billedAnnually) / billedMonthly) * 100)}%`,
  };
}

const calculator = (page: Page) => page.getByRole('region', { name: /calculator/i });
const billing = (page: Page) => page.getByRole('group', { name: 'Billing' });

/** Opens /plans/ with a query and waits for the island to take over its controls. */
async function openCalculator(page: Page, query = '') {
  await page.goto(`${routes.plans}${query}`);
  const region = calculator(page);
  await expect(region.getByRole('radio', { name: defaultPlan.shortName })).toBeEnabled();
  return region;
}

/** The visible one of the server-rendered details that share a place. */
const shown = (region: Locator, text: RegExp) => region.getByText(text).filter({ visible: true });
/** What the chosen license includes, among the result's figures. */
const includedSupport = (region: Locator, text: RegExp) =>
  shown(region.getByRole('definition'), text);

test('prices plans and licenses as the issue asks @every-browser', async ({
  page,
  pageProblems,
}) => {
  const region = await openCalculator(page);
  const status = region.getByRole('status');

  await region.getByRole('radio', { name: defaultPlan.shortName }).check();
  await billing(page)
    .getByRole('radio', { name: /Monthly/ })
    .check();
  await expect(status).toHaveText(quote(defaultPlan, 'monthly'));

  await billing(page)
    .getByRole('radio', { name: /Annual/ })
    .check();
  await expect(status).toHaveText(quote(defaultPlan, 'annual'));
  await expect(
    region.getByRole('definition').filter({ hasText: saving(defaultPlan).perYear }),
  ).toContainText(saving(defaultPlan).badge);

  await region.getByRole('radio', { name: otherPlan.shortName }).check();
  await expect(status).toHaveText(quote(otherPlan, 'annual'));
  await expect(
    region.getByRole('definition').filter({ hasText: saving(otherPlan).perYear }),
  ).toContainText(saving(otherPlan).badge);

  const license = region.getByLabel('License type');
  await license.selectOption({ label: licenseWithMonths.name });
  const someMonths = new RegExp(
    `${included} for ${months(licenseWithMonths.includedSupport.months)}`,
  );
  await expect(includedSupport(region, someMonths)).toHaveCount(1);
  await expect(includedSupport(region, /entire subscription period/)).toHaveCount(0);
  await license.selectOption({ label: licenseForItsTerm.name });
  await expect(
    includedSupport(region, new RegExp(`${included} for the entire subscription period`)),
  ).toHaveCount(1);
  await expect(includedSupport(region, someMonths)).toHaveCount(0);

  await expect(page).toHaveURL(new RegExp(`[?&]plan=${otherPlan.id}(&|$)`));
  await expect(page).toHaveURL(new RegExp(`[?&]license=${licenseForItsTerm.id}(&|$)`));
  await page.reload();
  const otherRadio = region.getByRole('radio', { name: otherPlan.shortName });
  await expect(otherRadio).toBeEnabled();
  await expect(otherRadio).toBeChecked();
  await expect(license).toHaveValue(licenseForItsTerm.id);
  await expect(status).toHaveText(quote(otherPlan, 'annual', licenseForItsTerm));
  expect(pageProblems).toEqual([]);
});

test('what a plan adds, and what monthly billing leaves out, follow the choices @every-browser', async ({
  page,
}) => {
  const region = await openCalculator(page);
  const adds = region.getByRole('heading', { name: `What ${defaultPlan.shortName} adds` });
  await expect(adds).toBeVisible();
  const lost = new Intl.ListFormat('en', { type: 'conjunction' }).format(
    defaultPlan.features.filter((feature) => feature.annualOnly).map((feature) => feature.label),
  );
  if (lost) {
    await expect(shown(region, new RegExp(`you would go without ${lost}`))).toHaveCount(1);
  }
  await billing(page)
    .getByRole('radio', { name: /Monthly/ })
    .check();
  if (lost) await expect(shown(region, new RegExp(`you go without ${lost}`))).toHaveCount(1);
  await region.getByRole('radio', { name: otherPlan.shortName }).check();
  await expect(adds).toBeHidden();
  await expect(
    region.getByRole('heading', { name: `What ${otherPlan.shortName} adds` }),
  ).toBeVisible();
  await expect(
    region.getByRole('link', { name: `Choose ${otherPlan.shortName}, billed monthly` }),
  ).toHaveAttribute('href', new RegExp(`[?&]plan=${otherPlan.id}&billing=monthly$`));
});

test('a shared link restores every choice, the plan cards included @every-browser', async ({
  browser,
  page,
}) => {
  const region = await openCalculator(page);
  await billing(page)
    .getByRole('radio', { name: /Monthly/ })
    .check();
  await region.getByRole('radio', { name: otherPlan.shortName }).check();
  await region.getByLabel('License type').selectOption({ label: licenseWithMonths.name });
  await region.getByRole('radio', { name: '3 years' }).check();
  const expected = quote(otherPlan, 'monthly', licenseWithMonths, 3);
  await expect(region.getByRole('status')).toHaveText(expected);
  const shared = new URL(page.url());
  expect(Object.fromEntries(shared.searchParams)).toEqual({
    billing: 'monthly',
    plan: otherPlan.id,
    license: licenseWithMonths.id,
    years: '3',
  });

  // A fresh visitor (no restored form state) opening the link.
  const context = await browser.newContext();
  const visitor = await context.newPage();
  const restored = await openCalculator(visitor, shared.search);
  await expect(restored.getByRole('status')).toHaveText(expected);
  await expect(billing(visitor).getByRole('radio', { name: /Monthly/ })).toBeChecked();
  await expect(restored.getByRole('radio', { name: '3 years' })).toBeChecked();
  await expect(restored.getByLabel('License type')).toHaveValue(licenseWithMonths.id);
  const card = visitor.getByRole('article', { name: otherPlan.name });
  const figure = (cents: number) =>
    card.getByText(amount(cents), { exact: true }).filter({ visible: true });
  await expect(figure(perMonth(otherPlan, 'monthly'))).toHaveCount(1);
  await expect(figure(perMonth(otherPlan, 'annual'))).toHaveCount(0);
  await context.close();

  // Back to the defaults: the address is clean again.
  await billing(page)
    .getByRole('radio', { name: /Annual/ })
    .check();
  await region.getByRole('radio', { name: defaultPlan.shortName }).check();
  await region.getByLabel('License type').selectOption({ label: 'I don’t have a license yet' });
  await region.getByRole('radio', { name: '1 year' }).check();
  expect(new URL(page.url()).search).toBe('');
});

test('a URL full of garbage shows the defaults, runs nothing and logs nothing @every-browser', async ({
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
  await expect(region.getByRole('status')).toHaveText(quote(defaultPlan, 'annual'));
  await expect(billing(page).getByRole('radio', { name: /Annual/ })).toBeChecked();
  await expect(region.getByRole('radio', { name: defaultPlan.shortName })).toBeChecked();
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
  const previousPlan =
    pricedPlans[(pricedPlans.indexOf(defaultPlan) + pricedPlans.length - 1) % pricedPlans.length] ??
    defaultPlan;
  await tabTo(page, region.getByRole('radio', { name: defaultPlan.shortName }));
  await page.keyboard.press('ArrowUp');
  await expect(region.getByRole('radio', { name: previousPlan.shortName })).toBeChecked();
  await expect(region.getByRole('radio', { name: previousPlan.shortName })).toBeFocused();

  await page.keyboard.press('Tab');
  await expectFocusVisible(page);
  const license = region.getByLabel('License type');
  await expect(license).toBeFocused();
  // Down past "no license yet" to the last license type.
  const lastLicense = site.licenses.at(-1) ?? licenseWithMonths;
  for (const key of site.licenses.map(() => 'ArrowDown')) await page.keyboard.press(key);
  await expect(license).toHaveValue(lastLicense.id);

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
  await expect(status).toHaveText(quote(previousPlan, 'monthly', lastLicense, 2));
  expect(
    await page.evaluate(() => (window as { statusRecords?: unknown[] }).statusRecords?.length),
  ).toBe(1);

  await tabTo(
    page,
    region.getByRole('link', { name: `Choose ${previousPlan.shortName}, billed monthly` }),
  );

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
  await region.getByLabel('License type').selectOption({ label: licenseWithMonths.name });
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
        const plus = region.getByRole('radio', { name: defaultPlan.shortName });
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
