import { getContainerRenderer } from '@astrojs/solid-js/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { beforeAll, describe, expect, it } from 'vitest';
import PriceCalculator from '../../src/components/plans/PriceCalculator.astro';
import { fixtureModel } from '../support/content-fixtures';

const fixtureContent = await fixtureModel();

/**
 * The calculator as the server renders it: what a visitor sees before the island
 * hydrates, or without JavaScript. Content has other prices than the site's, so
 * every figure checked here is computed from it.
 */
describe('the price calculator, server-rendered', () => {
  let html = '';
  const text = () =>
    html
      .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');

  beforeAll(async () => {
    const renderers = await loadRenderers([getContainerRenderer()]);
    const container = await AstroContainer.create({ renderers });
    const { site, plans, licenses } = fixtureContent;
    html = await container.renderToString(PriceCalculator, { props: { site, plans, licenses } });
  });

  it('is a region named by a heading that says "calculator"', () => {
    expect(html).toMatch(/<section[^>]*aria-labelledby="calculator-heading"/);
    expect(html).toMatch(/<h2 id="calculator-heading"[^>]*>Price calculator<\/h2>/);
  });

  it('hydrates when the browser is idle', () => {
    expect(html).toMatch(/<astro-island[^>]*client="idle"/);
  });

  it('shows the default result as text: the highlighted plan, billed annually, over a year', () => {
    expect(text()).toContain('Max, billed annually: €300 a month, €3,600 a year.');
    expect(text()).toContain('€3,600 once a year');
    expect(text()).toContain('€1,200 a year Save 25%');
  });

  it('names the billing it follows, through the page’s CSS, and links to the one control', () => {
    expect(text()).toContain('Billing: Annual Monthly – Change it under Billing');
    expect(html).toMatch(/<span data-billing="annual"[^>]*>Annual<\/span>/);
    expect(html).toMatch(/<a href="#billing"[^>]*>Change it under Billing<\/a>/);
  });

  it('keeps its controls disabled until it hydrates', () => {
    const controls = html.match(/<(input|select)\b[^>]*>/g) ?? [];
    expect(controls).toHaveLength(2 + 1 + 3);
    for (const control of controls) expect(control).toMatch(/\sdisabled/);
  });

  it('checks the default plan and period, and offers every license and none', () => {
    expect(html).toMatch(/<input[^>]*value="max"[^>]*checked/);
    expect(html).toMatch(/<input[^>]*value="1"[^>]*checked/);
    const options = [...html.matchAll(/<option[^>]*>([^<]*)<\/option>/g)].map((match) => match[1]);
    expect(options).toEqual([
      'I don’t have a license yet',
      'Shop Annual Subscription',
      'Shop Lifetime License',
    ]);
    expect(html).toMatch(/<label for="calculator-license"[^>]*>License type<\/label>/);
  });

  it('links each plan and billing to the purchase page, the default plan’s current', () => {
    const links = [
      ...html.matchAll(
        /<a class="button"[^>]*data-billing="(\w+)"[^>]*href="([^"]+)"[^>]*>([^<]+)</g,
      ),
    ];
    expect(links.map(([, billing, href, name]) => [billing, href, name?.trim()])).toEqual([
      [
        'annual',
        'https://shop.example.com/care?ref=site&amp;plan=pro&amp;billing=annual',
        'Choose Pro, billed annually',
      ],
      [
        'monthly',
        'https://shop.example.com/care?ref=site&amp;plan=pro&amp;billing=monthly',
        'Choose Pro, billed monthly',
      ],
      [
        'annual',
        'https://shop.example.com/care?ref=site&amp;plan=max&amp;billing=annual',
        'Choose Max, billed annually',
      ],
      [
        'monthly',
        'https://shop.example.com/care?ref=site&amp;plan=max&amp;billing=monthly',
        'Choose Max, billed monthly',
      ],
    ]);
    expect(html).toMatch(/class="calculator__action is-current"[^>]*data-plan="max"/);
  });

  it('renders every plan’s details, marking the default one current', () => {
    expect(html).toMatch(/class="calculator__plan is-current"[^>]*data-plan="max"/);
    expect(html).toMatch(/class="calculator__plan"[^>]*data-plan="pro"/);
    expect(html).toMatch(/class="is-current"[^>]*data-license="none"/);
    expect(text()).toContain('Billed monthly, you go without Server set-up and App building.');
  });

  it('sums up what each plan adds, and links to its card for every feature', () => {
    expect(text()).toContain(
      'What Max adds Everything in Pro, and: 8 minor code modifications per month, answers within 2 hours on average, and 4 more features. Every feature of Max',
    );
    expect(html).toMatch(/<a href="#plan-max"[^>]*>Every feature of Max<\/a>/);
    expect(html).toMatch(/<a href="#plan-pro"[^>]*>Every feature of Pro<\/a>/);
  });

  it('draws the chart with a name and gives its figures as a table', () => {
    expect(html).toMatch(
      /<svg[^>]*role="img"[^>]*aria-label="Running total paid, billed annually and billed monthly; the table below gives the figures\."/,
    );
    expect(html).toMatch(/<path [^>]*class="chart-line chart-line--annual is-chosen"/);
    expect(html).toMatch(/<text [^>]*>Year 1<\/text>/);
    // The row heads' capital letter is the stylesheet's (::first-letter).
    expect(text()).toContain('billed annually (your choice) €3,600');
    expect(text()).toContain('Annual billing saves €1,200');
  });

  it('renders each slot once, in place, with no copy left over in a template', () => {
    expect(html).not.toMatch(/<template data-astro-template/);
    expect(html.match(/Shaded: the Care Basic your license includes/g)).toHaveLength(1);
  });

  it('has one polite live region, and no style attributes (the CSP blocks them)', () => {
    expect(html.match(/role="status"/g)).toHaveLength(1);
    expect(html).not.toMatch(/aria-live="assertive"|role="alert"/);
    expect(html).not.toMatch(/\sstyle="/);
  });
});
