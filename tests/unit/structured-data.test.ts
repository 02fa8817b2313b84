import { describe, expect, it } from 'vitest';
import {
  organizationJsonLd,
  planOffersJsonLd,
  serializeJsonLd,
} from '../../src/lib/structured-data';

describe('structured data', () => {
  const offers = planOffersJsonLd({
    plans: [
      {
        id: 'plus',
        name: 'Care Plus',
        description: 'More help.',
        prices: { billedAnnually: 15000, billedMonthly: 22050 },
      },
    ],
    currency: 'EUR',
    pageUrl: 'https://example.test/plans/',
    purchaseUrl: 'https://shop.example.test/buy',
    organizationUrl: 'https://example.test/',
  });

  it('gives each priced plan one offer per billing, with a monthly unit price', () => {
    expect(offers).toEqual({
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'Service',
          '@id': 'https://example.test/plans/#plan-plus',
          name: 'Care Plus',
          description: 'More help.',
          serviceType: 'Technical support',
          provider: { '@id': 'https://example.test/#organization' },
          offers: [
            {
              '@type': 'Offer',
              name: 'Care Plus, billed annually',
              url: 'https://shop.example.test/buy?plan=plus&billing=annual',
              price: 150,
              priceCurrency: 'EUR',
              priceSpecification: {
                '@type': 'UnitPriceSpecification',
                price: 150,
                priceCurrency: 'EUR',
                unitCode: 'MON',
                billingDuration: 'P1Y',
              },
            },
            {
              '@type': 'Offer',
              name: 'Care Plus, billed monthly',
              url: 'https://shop.example.test/buy?plan=plus&billing=monthly',
              price: 220.5,
              priceCurrency: 'EUR',
              priceSpecification: {
                '@type': 'UnitPriceSpecification',
                price: 220.5,
                priceCurrency: 'EUR',
                unitCode: 'MON',
                billingDuration: 'P1M',
              },
            },
          ],
        },
      ],
    });
  });

  it('describes the organization with its support hours at their offset', () => {
    const organization = organizationJsonLd({
      name: 'Example',
      url: 'https://example.test/',
      logoUrl: 'https://example.test/logo.png',
      helpDeskUrl: 'https://help.example.test/',
      hours: {
        businessDays: ['monday', 'friday'],
        opens: '08:30',
        closes: '17:30',
        utcOffset: '+03:00',
      },
    });
    expect(organization).toMatchObject({
      '@type': 'Organization',
      '@id': 'https://example.test/#organization',
      contactPoint: {
        url: 'https://help.example.test/',
        hoursAvailable: {
          dayOfWeek: ['https://schema.org/Monday', 'https://schema.org/Friday'],
          opens: '08:30:00+03:00',
          closes: '17:30:00+03:00',
        },
      },
    });
  });

  it('serializes so that content cannot close the script tag', () => {
    expect(serializeJsonLd({ name: '</script><script>alert(1)</script>' })).toBe(
      '{"name":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}',
    );
  });
});
