import { capitalize } from './describe';
import { inWeekOrder } from './hours/zones';
import { billedLabel, billings, monthlyRate, type Billing, type MonthlyPrices } from './pricing';
import { withQuery } from './url';

/**
 * schema.org JSON-LD built from content. Prices are per month (unitCode MON) and
 * billed for a year (P1Y) or a month (P1M).
 */

type JsonLd = Record<string, unknown>;

export interface OrganizationInput {
  name: string;
  url: string;
  logoUrl: string;
  helpDeskUrl: string;
  hours: { businessDays: readonly string[]; opens: string; closes: string; utcOffset: string };
}

const organizationId = (url: string) => `${new URL('/', url).href}#organization`;

export function organizationJsonLd(input: OrganizationInput): JsonLd {
  const { hours } = input;
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    '@id': organizationId(input.url),
    name: input.name,
    url: input.url,
    logo: input.logoUrl,
    contactPoint: {
      '@type': 'ContactPoint',
      contactType: 'technical support',
      url: input.helpDeskUrl,
      availableLanguage: 'English',
      hoursAvailable: {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: inWeekOrder(hours.businessDays).map(
          (day) => `https://schema.org/${capitalize(day)}`,
        ),
        opens: `${hours.opens}:00${hours.utcOffset}`,
        closes: `${hours.closes}:00${hours.utcOffset}`,
      },
    },
  };
}

export interface PlanOfferInput {
  id: string;
  name: string;
  description: string;
  prices: MonthlyPrices;
}

export interface PlanOffersInput {
  /** The plans with a list price: one offer per billing each. */
  plans: readonly PlanOfferInput[];
  currency: string;
  pageUrl: string;
  purchaseUrl: string;
  organizationUrl: string;
}

const billingDuration: Record<Billing, string> = { annual: 'P1Y', monthly: 'P1M' };

/** Money for machines: a number of whole currency units, converted only here. */
const amount = (cents: number) => cents / 100;

function offer(plan: PlanOfferInput, billing: Billing, input: PlanOffersInput) {
  const price = amount(monthlyRate(plan.prices, billing, input.currency).cents);
  return {
    '@type': 'Offer',
    name: `${plan.name}, ${billedLabel[billing]}`,
    url: withQuery(input.purchaseUrl, { plan: plan.id, billing }),
    price,
    priceCurrency: input.currency,
    priceSpecification: {
      '@type': 'UnitPriceSpecification',
      price,
      priceCurrency: input.currency,
      unitCode: 'MON',
      billingDuration: billingDuration[billing],
    },
  };
}

export function planOffersJsonLd(input: PlanOffersInput): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@graph': input.plans.map((plan) => ({
      '@type': 'Service',
      '@id': `${input.pageUrl}#plan-${plan.id}`,
      name: plan.name,
      description: plan.description,
      serviceType: 'Technical support',
      provider: { '@id': organizationId(input.organizationUrl) },
      offers: billings.map((billing) => offer(plan, billing, input)),
    })),
  };
}

/** JSON for a `<script type="application/ld+json">`: "<" escaped so text cannot end the tag. */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
