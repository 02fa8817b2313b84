import { describe, expect, it } from 'vitest';
import ComparisonTable from '../../src/components/plans/ComparisonTable.astro';
import LicenseTable from '../../src/components/plans/LicenseTable.astro';
import PlanCard from '../../src/components/plans/PlanCard.astro';
import { readContent } from '../../src/content-model';
import { fixtureModel, goodContent } from '../support/content-fixtures';
import { renderComponent, textOf } from './render';

// The good fixture's facts: Pro at 15000 and 22000 cents (saves 31%), Max at
// 30000 and 40000, in euros; other names and allowances than the site's.
const model = await fixtureModel();
const { site, plans, comparison, licenses } = model;
const byId = (id: string) => plans.all.find((plan) => plan.id === id);
const card = async (id: string) => renderComponent(PlanCard, { plan: byId(id), site });

describe('PlanCard', () => {
  it('computes every figure from the plan: rates, yearly charges and the savings badge', async () => {
    const text = textOf(await card('pro'));
    expect(text).toContain('€150 per month, billed annually');
    expect(text).toContain('€1,800 charged once a year. Save 31%');
    expect(text).toContain('€220 per month, billed monthly');
    expect(text).toContain('€220 charged every month, €2,640 a year.');
    expect(text).toContain('Or €220 per month, billed monthly.');
    expect(text).toContain('Or €150 per month, billed annually (save €840 a year).');
    expect(text).toContain('Everything in Basic, and:');
    expect(text).toContain('An unlimited number of requests Ask whenever you like.');
    expect(text).toContain('5 minor code modifications per month');
    expect(text).toContain('Average response time: within 10 hours');
  });

  it('lists only what a plan adds to its parent, with the marks of each feature', async () => {
    const text = textOf(await card('max'));
    expect(text).toContain('Everything in Pro, and:');
    // Max has unlimited requests, as Pro does: nothing new to list.
    expect(text).not.toContain('unlimited number of requests');
    expect(text).toContain('8 minor code modifications per month');
    expect(text).toContain('Server set-up Annual billing only');
    expect(text).toContain('Hosting help Example Hosting hosting clients only');
  });

  it('does not list again a number of code modifications its parent already gives', async () => {
    const max = byId('max');
    const parentGives = {
      ...max,
      minorModificationsPerMonth: max?.parent?.minorModificationsPerMonth,
    };
    const text = textOf(await renderComponent(PlanCard, { plan: parentGives, site }));
    expect(text).toContain('Everything in Pro, and:');
    expect(text).not.toContain('minor code modifications per month');
  });

  it('links each billing to the purchase page with the plan and billing', async () => {
    const html = await card('pro');
    expect(html).toContain(
      'href="https://shop.example.com/care?ref=site&amp;plan=pro&amp;billing=annual"',
    );
    expect(html).toContain(
      'href="https://shop.example.com/care?ref=site&amp;plan=pro&amp;billing=monthly"',
    );
  });

  it('shows the included plan without a price, pointing to the license table', async () => {
    const html = await card('basic');
    const text = textOf(html);
    expect(text).toContain('Included with your license');
    expect(text).toContain('10 requests per month A few questions a month.');
    expect(text).not.toMatch(/€\d/);
    expect(html).toContain('href="#included-support"');
  });
});

describe('ComparisonTable', () => {
  it('renders yes and no as text, and derives allowance and response rows from the plans', async () => {
    const html = await renderComponent(ComparisonTable, { rows: comparison, plans: plans.all });
    const text = textOf(html);
    expect(text).toContain('Advice on features ✓ Included ✓ Included ✓ Included');
    expect(text).toContain('Speed checks – Not included – Not included Quarterly');
    expect(text).toContain('Requests 10 requests per month ✓ Unlimited ✓ Unlimited');
    expect(text).toContain('Average response time within 48 hours within 10 hours within 2 hours');
    expect(html).toMatch(/<th role="columnheader"[^>]*>\s*Basic\s*<\/th>/);
    expect(html).toMatch(/<th role="rowheader"[^>]*>\s*Advice/);
  });
});

// The fixture with one more row, whose id is Max's annual-only feature's.
const good = await goodContent();
const file = [...good.keys()].find((name) => name.endsWith('/comparison.yaml')) ?? '';
const yaml = new TextDecoder().decode(good.get(file) as Uint8Array);
const files = new Map(good).set(
  file,
  `${yaml}\n- id: server-setup\n  order: 9\n  label: Server set-up\n  values: { basic: no, pro: no, max: yes }\n`,
);
const rows = readContent(files).model?.comparison ?? [];
const row = rows.find((each) => each.id === 'server-setup');

describe('ComparisonTable with an annual-only feature', () => {
  it('takes the annualOnly flag from the plan feature with the row id, for plans that have it', () => {
    expect(row?.cells.map((cell) => [cell.plan.id, cell.annualOnly])).toEqual([
      ['basic', false],
      ['pro', false],
      ['max', true],
    ]);
    expect(rows.filter((each) => each !== row).flatMap((each) => each.cells)).not.toContainEqual(
      expect.objectContaining({ annualOnly: true }),
    );
  });

  it('marks that cell for each billing, and links the mark to the Billing choice', async () => {
    const html = await renderComponent(ComparisonTable, { rows, plans: plans.all });
    const cells = html.match(/<td[\s\S]*?<\/td>/g) ?? [];
    const marked = cells.filter((cell) => cell.includes('Not with monthly billing'));
    expect(marked).toHaveLength(1);
    expect(marked[0]).toContain('data-label="Max"');
    expect(textOf(marked[0] ?? '')).toBe(
      '✓ Included – Not with monthly billing Annual billing only',
    );
    expect(marked[0]).toMatch(/<a[^>]*href="#billing"/);
  });
});

describe('LicenseTable', () => {
  it('states the included support of each license type', async () => {
    const text = textOf(
      await renderComponent(LicenseTable, { licenses, standardPlanName: plans.included.name }),
    );
    expect(text).toContain('Care Basic included with each license type');
    expect(text).toContain(
      'Shop Annual Subscription Annual subscription The entire subscription period',
    );
    expect(text).toContain('Shop Lifetime License Lifetime license 6 months');
  });
});
