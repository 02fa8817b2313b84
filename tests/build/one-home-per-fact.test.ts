import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textOf } from '../support/html';
import { TempSite } from '../support/temp-site';

/**
 * Changes three facts in their content files, in a copy of the site, and checks
 * that every page that shows them follows, and that the old values are gone.
 */
describe('each fact lives in one content file', () => {
  let site: TempSite;
  const pages: Record<string, string> = {};
  const routes = ['', 'plans/', 'faq/', 'support-hours/', 'team/'];

  beforeAll(async () => {
    site = await TempSite.create();
    await site.replace(
      'src/content/plans/plus.mdx',
      'billedAnnually: 18400',
      'billedAnnually: 17700',
    );
    await site.replace('src/content/support-hours.yaml', "opens: '09:00'", "opens: '08:00'");
    await site.replace(
      'src/content/licenses.yaml',
      /(id: multi-vendor-plus-lifetime[\s\S]*?months:) 3/,
      '$1 4',
    );
    const result = await site.build();
    expect(result.output).toContain('Complete!');
    expect(result.ok).toBe(true);
    for (const route of routes) pages[route] = textOf(await site.page(route));
  });

  afterAll(async () => {
    await site.remove();
  });

  const everyPage = () => Object.values(pages).join('\n');

  it('a price: the overview, the plan card, its yearly charge and the structured data', async () => {
    const html = await site.page('plans/');
    expect(html).toContain('"price":177,"priceCurrency":"USD"');
    expect(html).not.toContain('"price":184');
    expect(pages['']).toContain('$177');
    expect(pages['plans/']).toContain('$177');
    expect(pages['plans/']).toContain('$2,124');
    expect(everyPage()).not.toContain('$184');
    expect(everyPage()).not.toContain('$2,208');
  });

  it('the opening hour: FAQ answers, the schedule, the city table and the island', async () => {
    const faq = pages['faq/'] ?? '';
    expect(faq.match(/8:00 to 18:00 \(GMT\+4\)/g)?.length).toBeGreaterThanOrEqual(2);
    expect(pages['support-hours/']).toContain('8:00 – 18:00');
    // Tokyo is UTC+9, five hours ahead of GMT+4: 8:00 there is 13:00 in Tokyo.
    expect(pages['support-hours/']).toContain('Tokyo 13:00 – 23:00');
    // The hours island gets its props from the same file, so the browser computes from 8:00 too.
    expect(await site.page('support-hours/')).toMatch(/&quot;opens&quot;:\[0,&quot;08:00&quot;\]/);
    expect(everyPage()).not.toMatch(/\b9:00 (to|–) 18:00/);
  });

  it("a license's included months: the license table", () => {
    expect(pages['plans/']).toContain(
      'Multi-Vendor Plus Lifetime License Lifetime license 4 months',
    );
    expect(everyPage()).not.toContain('3 months');
  });
});
