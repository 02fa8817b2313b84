import type { Page } from '@playwright/test';
import { perMonth, pricedPlans, site } from './site-facts';
import { expect, routes, test } from './support';

const hours = site.supportHours;

async function jsonLd(page: Page) {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((text) => JSON.parse(text) as Record<string, unknown>);
}

for (const [name, path] of Object.entries(routes)) {
  test(`${name}: canonical URL, Open Graph and Twitter card`, async ({ page }) => {
    await page.goto(path);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toMatch(/^https:\/\/[^/]+\//);
    expect(new URL(canonical ?? '').pathname).toBe(new URL(page.url()).pathname);
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute(
      'content',
      canonical ?? '',
    );
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
      'content',
      await page.title(),
    );
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
      'content',
      /og-image\.png$/,
    );
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute(
      'content',
      'summary_large_image',
    );
  });
}

test('the share image, logo, robots.txt and sitemap are served', async ({ request }) => {
  for (const file of ['og-image.png', 'logo.png', 'sitemap-index.xml']) {
    expect((await request.get(file)).status(), file).toBe(200);
  }
  const robots = await (await request.get('robots.txt')).text();
  expect(robots).toMatch(/^Sitemap: https:\/\/.+\/sitemap-index\.xml$/m);
  const sitemap = await (await request.get('sitemap-0.xml')).text();
  for (const path of ['plans/', 'team/', 'faq/', 'support-hours/']) expect(sitemap).toContain(path);
});

test('home: Organization with the Help Desk and the support hours', async ({ page }) => {
  await page.goto(routes.home);
  const [organization] = await jsonLd(page);
  expect(organization).toMatchObject({
    '@type': 'Organization',
    name: site.site.companyName,
    contactPoint: {
      hoursAvailable: {
        opens: `${hours.opens}:00${hours.utcOffset}`,
        closes: `${hours.closes}:00${hours.utcOffset}`,
      },
    },
  });
});

test('plans: each priced plan offered per billing period with unit prices', async ({ page }) => {
  await page.goto(routes.plans);
  const [data] = await jsonLd(page);
  const services = (data?.['@graph'] ?? []) as { name: string; offers: unknown[] }[];
  expect(services.map((service) => service.name)).toEqual(pricedPlans.map((plan) => plan.name));
  const specs = services.map((service) =>
    service.offers.map((offer) => (offer as { priceSpecification: unknown }).priceSpecification),
  );
  const spec = (price: number, billingDuration: string) => ({
    '@type': 'UnitPriceSpecification',
    price,
    priceCurrency: site.site.currency,
    unitCode: 'MON',
    billingDuration,
  });
  expect(specs).toEqual(
    pricedPlans.map((plan) => [
      spec(perMonth(plan, 'annual') / 100, 'P1Y'),
      spec(perMonth(plan, 'monthly') / 100, 'P1M'),
    ]),
  );
});
