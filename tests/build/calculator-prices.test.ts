import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TempSite } from '../support/temp-site';

/**
 * Builds a copy of the site with other prices and checks the plan cards' badge
 * and the calculator's server-rendered result follow: every figure and badge is
 * computed from content, none typed.
 */
describe('the calculator and the cards follow the prices in content', () => {
  let site: TempSite;
  let page = '';
  const article = (name: string) =>
    page.match(
      new RegExp(`<article[^>]*>(?:(?!</article>)[\\s\\S])*?>${name}</h3>[\\s\\S]*?</article>`),
    )?.[0] ?? '';
  const calculator = () =>
    page.match(/<section[^>]*aria-labelledby="calculator-heading"[\s\S]*?<\/section>/)?.[0] ?? '';

  beforeAll(async () => {
    site = await TempSite.create();
    // Plus: 15000 of 22000 a month saves 31.8%, shown floored as 31%.
    await site.replace(
      'src/content/plans/plus.mdx',
      'billedAnnually: 18400',
      'billedAnnually: 15000',
    );
    // Ultimate, the calculator's default: 30000 of 40000 saves 25%.
    await site.replace(
      'src/content/plans/ultimate.mdx',
      'billedAnnually: 33000',
      'billedAnnually: 30000',
    );
    await site.replace(
      'src/content/plans/ultimate.mdx',
      'billedMonthly: 39500',
      'billedMonthly: 40000',
    );
    const result = await site.build();
    expect(result.output).toContain('Complete!');
    expect(result.ok).toBe(true);
    page = await site.page('plans/');
  });

  afterAll(async () => {
    await site.remove();
  });

  it('the Plus card shows "Save 31%", not a typed 16%', () => {
    expect(article('Customer Care Plus')).toContain('Save 31%');
    expect(article('Customer Care Plus')).toContain('$150');
    expect(page).not.toContain('Save 16%');
  });

  it('the calculator’s default result is computed from the new Ultimate prices', () => {
    const text = calculator()
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');
    expect(text).toContain('Ultimate, billed annually: $300 a month, $3,600 a year.');
    expect(text).toContain('$1,200 a year Save 25%');
    expect(text).toContain('Billed monthly $4,800');
    expect(text).not.toMatch(/\$330|\$3,960|\$780/);
  });

  it('the island is handed the new prices as props', () => {
    expect(calculator()).toMatch(/&quot;billedAnnually&quot;:\[0,15000\]/);
    expect(calculator()).toMatch(/&quot;billedMonthly&quot;:\[0,40000\]/);
  });
});
