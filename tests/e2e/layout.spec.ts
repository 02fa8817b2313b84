import path from 'node:path';
import type { Page } from '@playwright/test';
import { readContent, readContentFiles, type SiteModel } from '../../src/content-model';
import { describeRequests, sameRequests } from '../../src/lib/describe';
import { formatMoney } from '../../src/lib/money';
import { billedLabel, billings, monthlyRate } from '../../src/lib/pricing';
import { expect, expectNoAxeViolations, routes, test, withoutPageScripts } from './support';

/** Phone (the narrowest we serve, and a common Android width), tablet and desktop. */
const widths = [320, 412, 768, 1280] as const;
const pages = { ...routes, notFound: 'no-such-page/' } as const;

const content = readContent(await readContentFiles(path.resolve('.')));
if (!content.model) throw new Error('The site content has problems: run npm run check.');
const model: SiteModel = content.model;
const { comparison, plans, site } = model;
/** Where each plan's cell is in a comparison row: after the row's head, in plan order. */
const planIndex = (planId: string) => plans.all.findIndex((plan) => plan.id === planId);

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

/** The narrowest and the widest, where text past the edge is checked in every browser. */
const everyBrowser = (width: number) => ([320, 1280].includes(width) ? ' @every-browser' : '');

for (const width of widths) {
  for (const [name, route] of Object.entries(pages)) {
    test(`${name} at ${width} px: no text past the right edge, no sideways scrolling${everyBrowser(width)}`, async ({
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

    test(`${name} at ${width} px: axe clean in both schemes`, async ({ page }) => {
      // Two full axe runs on a page: more than the default 30 s on a busy machine.
      test.setTimeout(120_000);
      await page.setViewportSize({ width, height: 800 });
      await page.goto(route);
      await settle(page);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await expectNoAxeViolations(page);
      }
    });
  }
}

const comparisonTable = (page: Page) =>
  page.getByRole('table', { name: 'Support features by plan' });
/** The comparison's cells in the row headed by the label, one per plan. */
const comparisonCells = (page: Page, label: string) =>
  comparisonTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) })
    .getByRole('cell');

test("at 320 px every plan's value for each compared feature is in view, labelled with its plan", async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(routes.plans);
  for (const row of comparison) {
    const cells = comparisonCells(page, row.label);
    await expect(cells).toHaveCount(plans.all.length);
    for (const plan of plans.all) {
      const cell = cells.nth(planIndex(plan.id));
      await expect(cell).toHaveAttribute('data-label', plan.shortName);
      await cell.scrollIntoViewIfNeeded();
      await expect(cell).toBeInViewport();
      // Whole across the screen: from its left edge to its right edge.
      const box = await cell.boundingBox();
      expect(box?.x, `${row.label}, ${plan.shortName}`).toBeGreaterThanOrEqual(0);
      expect((box?.x ?? 0) + (box?.width ?? Infinity)).toBeLessThanOrEqual(320);
      const label = await cell.evaluate((element) => getComputedStyle(element, '::before').content);
      expect(label, `${row.label}, ${plan.shortName}`).toContain(plan.shortName);
    }
  }
});

/** Roles and names from Chromium's own accessibility tree, which screen readers get. */
async function accessibleTables(page: Page) {
  const session = await page.context().newCDPSession(page);
  const { nodes } = (await session.send('Accessibility.getFullAXTree')) as {
    nodes: {
      nodeId: string;
      parentId?: string;
      ignored: boolean;
      role?: { value: string };
      name?: { value: string };
    }[];
  };
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const tableOf = (node: (typeof nodes)[number]): string | undefined => {
    for (
      let up = node.parentId && byId.get(node.parentId);
      up;
      up = up.parentId && byId.get(up.parentId)
    ) {
      if (up.role?.value === 'table') return up.name?.value ?? '';
    }
    return undefined;
  };
  const tables = new Map<string, Record<string, string[]>>();
  for (const node of nodes) {
    if (node.ignored) continue;
    if (node.role?.value === 'table') tables.set(node.name?.value ?? '', {});
  }
  for (const node of nodes) {
    const role = node.role?.value ?? '';
    const table = tableOf(node);
    if (
      node.ignored ||
      table === undefined ||
      !['row', 'rowheader', 'columnheader', 'cell'].includes(role)
    )
      continue;
    const entry = tables.get(table) ?? {};
    (entry[role] ??= []).push(node.name?.value ?? '');
    tables.set(table, entry);
  }
  return tables;
}

for (const width of [320, 1280] as const) {
  for (const route of [routes.plans, routes.supportHours, routes.faq]) {
    test(`${route} at ${width} px: tables keep their table roles in the accessibility tree`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(route);
      await settle(page);
      const inPage = await page.locator('main table').evaluateAll((tables) =>
        tables.map((table) => ({
          rows: table.querySelectorAll('tr').length,
          rowHeads: table.querySelectorAll('tbody th').length,
          columnHeads: table.querySelectorAll('thead th').length,
          cells: table.querySelectorAll('td').length,
        })),
      );
      expect(inPage.length).toBeGreaterThan(0);
      const tree = await accessibleTables(page);
      expect([...tree.keys()].filter(Boolean)).toHaveLength(inPage.length);
      const counted = [...tree.entries()].map(([, roles]) => ({
        rows: roles['row']?.length ?? 0,
        rowHeads: roles['rowheader']?.length ?? 0,
        columnHeads: roles['columnheader']?.length ?? 0,
        cells: roles['cell']?.length ?? 0,
      }));
      expect(counted).toEqual(inPage);
      if (route === routes.plans) {
        const comparisonRoles = tree.get('Support features by plan');
        expect(comparisonRoles?.['rowheader']).toEqual(comparison.map((row) => row.label));
        expect(comparisonRoles?.['columnheader']?.slice(1)).toEqual(
          plans.all.map((plan) => plan.shortName),
        );
        // The labels drawn on a narrow screen are not read: cell names are the values alone.
        for (const name of comparisonRoles?.['cell'] ?? []) {
          expect(plans.all.some((plan) => name.startsWith(plan.shortName))).toBe(false);
        }
      }
    });
  }
}

test("on a wide screen the comparison's plan header stays in view and never covers the focused element", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  // Instant scrolling, so each check sees where focus has landed, not a scroll in flight.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(routes.plans);
  const table = comparisonTable(page);
  const header = table.getByRole('columnheader').first();
  const target = table.locator('tbody').locator('a[href], [tabindex="0"]').first();
  await expect(target).toHaveCount(1);
  // Scroll so the table's top is above the screen and the target sits under its
  // header's place, then tab to it from the stop before it.
  await target.evaluate((element) => {
    const stops = [
      ...document.querySelectorAll<HTMLElement>(
        'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), [tabindex="0"]',
      ),
    ].filter((stop) => stop.checkVisibility());
    stops[stops.indexOf(element as HTMLElement) - 1]?.focus({ preventScroll: true });
    const table = element.closest('table');
    if (!table) throw new Error('no table around the target');
    const head = table.querySelector('thead th')?.getBoundingClientRect().height ?? 0;
    window.scrollBy(0, element.getBoundingClientRect().top - head / 2);
  });
  const before = await page.evaluate(() => ({
    tableTop: document.querySelector('.comparison')?.getBoundingClientRect().top ?? 0,
  }));
  expect(before.tableTop).toBeLessThan(0);
  // Stuck: the header is at the top of the screen while the table starts above it.
  const stuck = await header.boundingBox();
  expect(Math.round(stuck?.y ?? -1)).toBe(0);
  await page.keyboard.press('Tab');
  await expect(target).toBeFocused();
  const focus = await target.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const headerBottom =
      element.closest('table')?.querySelector('thead th')?.getBoundingClientRect().bottom ?? 0;
    const centre = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return {
      clearOfHeader: box.top >= headerBottom - 0.5,
      notCovered: centre === element || element.contains(centre),
    };
  });
  expect(focus).toEqual({ clearOfHeader: true, notCovered: true });
});

for (const width of [320, 1280] as const) {
  test(`print at ${width} px gives the whole comparison`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(routes.plans);
    await page.emulateMedia({ media: 'print' });
    const table = comparisonTable(page);
    await expect(table).toBeVisible();
    for (const plan of plans.all) {
      await expect(table.getByRole('columnheader', { name: plan.shortName })).toBeVisible();
    }
    for (const row of comparison) {
      const cells = comparisonCells(page, row.label);
      await expect(cells).toHaveCount(plans.all.length);
      for (const cell of await cells.all()) {
        await expect(cell).toBeVisible();
        expect((await cell.innerText()).trim()).not.toBe('');
      }
    }
    // Nothing held on screen over the rows on paper.
    expect(
      await table
        .getByRole('columnheader')
        .first()
        .evaluate((head) => getComputedStyle(head).position),
    ).toBe('static');
  });
}

const monthlyMark = 'Not with monthly billing';

async function expectBillingMarks(page: Page, billing: 'annual' | 'monthly') {
  for (const row of comparison) {
    const cells = comparisonCells(page, row.label);
    for (const { plan, annualOnly } of row.cells) {
      const cell = cells.nth(planIndex(plan.id));
      const shown = await cell.innerText();
      const marked = annualOnly && billing === 'monthly';
      expect(shown.includes(monthlyMark), `${row.label}, ${plan.shortName}, ${billing}`).toBe(
        marked,
      );
      if (annualOnly) {
        // Under either billing the cell says the feature needs annual billing.
        await expect(cell.getByRole('link', { name: /annual/i })).toBeVisible();
      }
    }
  }
}

test.describe('Monthly billing marks the annual-only features in the comparison', () => {
  test('with JavaScript: from the radios, and from ?billing= in the address', async ({ page }) => {
    await page.goto(routes.plans);
    await expectBillingMarks(page, 'annual');
    await page.getByRole('radio', { name: /Monthly/ }).check();
    await expectBillingMarks(page, 'monthly');
    await page.goto(`${routes.plans}?billing=monthly`);
    await expectBillingMarks(page, 'monthly');
  });

  test.describe('without JavaScript @every-browser', () => {
    test.use({ javaScriptEnabled: false });

    test('the radios drive the marks with CSS alone', async ({ page }) => {
      await page.goto(routes.plans);
      await expectBillingMarks(page, 'annual');
      await page.getByRole('radio', { name: /Monthly/ }).check();
      await expectBillingMarks(page, 'monthly');
      await page.getByRole('radio', { name: /Annual/ }).check();
      await expectBillingMarks(page, 'annual');
    });
  });

  test('scripts stripped from the page: same marks @every-browser', async ({ page }) => {
    await withoutPageScripts(page);
    await page.goto(routes.plans);
    await page.getByRole('radio', { name: /Monthly/ }).check();
    await expectBillingMarks(page, 'monthly');
  });
});

test("the overview shows each paid plan's monthly rate beside the annual one", async ({ page }) => {
  await page.goto(routes.home);
  for (const plan of plans.priced) {
    const summary = page
      .getByRole('article')
      .filter({ has: page.getByRole('heading', { name: plan.name }) });
    for (const billing of billings) {
      const rate = formatMoney(monthlyRate(plan.prices, billing, site.currency));
      await expect(
        summary.getByRole('listitem').filter({ hasText: billedLabel[billing] }),
      ).toHaveText(`${rate} per month, ${billedLabel[billing]}`);
    }
  }
});

test('a plan card does not list again the request allowance its parent gives', async ({ page }) => {
  await page.goto(routes.plans);
  for (const plan of plans.all) {
    const card = page.getByRole('article', { name: plan.name });
    const allowance = new RegExp(describeRequests(plan.requests), 'i');
    const listed = card.getByRole('listitem').filter({ hasText: allowance });
    await expect(listed).toHaveCount(sameRequests(plan.requests, plan.parent?.requests) ? 0 : 1);
  }
});
