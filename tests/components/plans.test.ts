import { describe, expect, it } from 'vitest';
import ComparisonTable from '../../src/components/plans/ComparisonTable.astro';
import LicenseTable from '../../src/components/plans/LicenseTable.astro';
import PlanCard from '../../src/components/plans/PlanCard.astro';
import { fixtureContent } from '../fixtures/site-content';
import { renderComponent, textOf } from './render';

const [basic, plus] = fixtureContent.plans;
const cardProps = {
  currency: 'USD',
  purchaseUrl: fixtureContent.site.links.purchase,
  minorModificationsHint: 'Small template changes.',
  hostingProvider: 'Hostco',
};

describe('PlanCard', () => {
  it('computes every figure from the plan: rates, yearly charges and the savings badge', async () => {
    const text = textOf(
      await renderComponent(PlanCard, { plan: plus, parent: basic, ...cardProps }),
    );
    expect(text).toContain('$150 per month, billed annually');
    expect(text).toContain('$1,800 charged once a year. Save 31%');
    expect(text).toContain('$220 per month, billed monthly');
    expect(text).toContain('$220 charged every month, $2,640 a year.');
    expect(text).toContain('Or $220 per month, billed monthly.');
    expect(text).toContain('Or $150 per month, billed annually (save $840 a year).');
    expect(text).toContain('Everything in Basic, and:');
    expect(text).toContain('5 minor code modifications per month');
    expect(text).toContain('Server set-up Annual billing only');
    expect(text).toContain('Hosting help Hostco hosting clients only');
    expect(text).toContain('Average response time: within 6 hours');
  });

  it('links each billing to the purchase page with the plan and billing', async () => {
    const html = await renderComponent(PlanCard, { plan: plus, parent: basic, ...cardProps });
    expect(html).toContain('href="https://example.test/buy?plan=plus&amp;billing=annual"');
    expect(html).toContain('href="https://example.test/buy?plan=plus&amp;billing=monthly"');
  });

  it('shows the included plan without a price, pointing to the license table', async () => {
    const html = await renderComponent(PlanCard, { plan: basic, parent: undefined, ...cardProps });
    const text = textOf(html);
    expect(text).toContain('Included with your license');
    expect(text).toContain('7 requests per month');
    expect(text).not.toMatch(/\$\d/);
    expect(html).toContain('href="#included-support"');
  });
});

describe('ComparisonTable', () => {
  it('renders yes and no as text, and derives allowance and response rows from the plans', async () => {
    const html = await renderComponent(ComparisonTable, {
      rows: fixtureContent.comparison,
      plans: fixtureContent.plans,
    });
    const text = textOf(html);
    expect(text).toContain('Advice ✓ Included ✓ Included');
    expect(text).toContain('Speed checks – Not included Quarterly');
    expect(text).toContain('Requests 7 requests per month ✓ Unlimited');
    expect(text).toContain('Response within 72 hours within 6 hours');
    expect(html).toMatch(/<th scope="col"[^>]*>\s*Basic\s*<\/th>/);
    expect(html).toMatch(/<th scope="row"[^>]*>\s*Advice/);
  });
});

describe('LicenseTable', () => {
  it('states the included support of each license type', async () => {
    const text = textOf(
      await renderComponent(LicenseTable, {
        licenses: fixtureContent.licenses,
        standardPlanName: 'Care Basic',
      }),
    );
    expect(text).toContain('Care Basic included with each license type');
    expect(text).toContain('Yearly License Annual subscription The entire subscription period');
    expect(text).toContain('Forever License Lifetime license 5 months');
  });
});
