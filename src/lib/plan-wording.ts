import {
  capitalize,
  describeIncludedSupport,
  describeRequests,
  describeResponseTime,
  plural,
  sameRequests,
  type IncludedSupport,
  type RequestAllowance,
} from './describe';
import { formatMoney } from './money';
import {
  annualSavings,
  billedLabel,
  monthlyRate,
  yearlyTotal,
  type Billing,
  type MonthlyPrices,
} from './pricing';

/**
 * How the plans page words plans, prices, comparison cells and licenses. The
 * cards, the tables, the calculator's notes and the site diff all call these, so
 * the diff quotes what a visitor reads (tests/build/site-diff-quotes.test.ts
 * holds it to that).
 */

/**
 * A figure in its words: "€150" in "€150 per month, billed annually". The site
 * diff shows the figure changing inside the same words.
 */
export interface Phrase {
  prefix?: string;
  value: string;
  suffix?: string;
}

/** The phrase as one text, a space between its words and its figure. */
export const phraseText = ({ prefix, value, suffix }: Phrase) =>
  [prefix, value, suffix].filter((words) => words !== undefined).join(' ');

/** "per month, billed annually": what follows a monthly rate wherever one is shown. */
export const perMonthLabel = (billing: Billing) => `per month, ${billedLabel[billing]}`;

const other = (billing: Billing): Billing => (billing === 'annual' ? 'monthly' : 'annual');

/** One billing of a priced plan, as its card offers it. */
export interface OfferWording {
  /** "€150 per month, billed annually" */
  rate: Phrase;
  /** "€1,800 charged once a year", or the month's charge and the year's; a sentence joined by ", ". */
  charge: Phrase[];
  /** "Save 31%", on the annual offer only. */
  badge?: Phrase;
  /** The other billing, in a sentence: "Or €150 per month, billed monthly." */
  alternative: string;
}

export function offerWording(
  prices: MonthlyPrices,
  billing: Billing,
  currency: string,
): OfferWording {
  const savings = annualSavings(prices, currency);
  const rate = (each: Billing) => formatMoney(monthlyRate(prices, each, currency));
  const yearly = formatMoney(yearlyTotal(prices, billing, currency));
  return {
    rate: { value: rate(billing), suffix: perMonthLabel(billing) },
    charge:
      billing === 'annual'
        ? [{ value: yearly, suffix: 'charged once a year' }]
        : [
            { value: rate(billing), suffix: 'charged every month' },
            { value: yearly, suffix: 'a year' },
          ],
    ...(billing === 'annual' ? { badge: { prefix: 'Save', value: `${savings.percent}%` } } : {}),
    alternative:
      `Or ${rate(other(billing))} ${perMonthLabel(other(billing))}` +
      (billing === 'monthly' ? ` (save ${formatMoney(savings.perYear)} a year).` : '.'),
  };
}

/** The price of the plan every license includes: "Included with your license". */
export const includedPrice: Phrase = { value: 'Included', suffix: 'with your license' };

/** What a plan offers that the plans page measures. */
export interface Allowances {
  requests: RequestAllowance;
  minorModificationsPerMonth?: number | undefined;
}

/** "Everything in Basic, and:", before what a plan adds to the one it extends. */
export const everythingIn = (parentShortName: string) => `Everything in ${parentShortName}, and:`;

export interface Addition {
  kind: 'requests' | 'modifications';
  /** As running text words it: "an unlimited number of requests". */
  text: string;
}

/** The allowances a plan adds to its parent's: one the parent already gives is not new. */
export function allowancesAdded(plan: Allowances, parent: Allowances | undefined): Addition[] {
  const added: Addition[] = [];
  if (!sameRequests(plan.requests, parent?.requests)) {
    added.push({ kind: 'requests', text: describeRequests(plan.requests) });
  }
  const modifications = plan.minorModificationsPerMonth;
  if (modifications && modifications !== parent?.minorModificationsPerMonth) {
    added.push({
      kind: 'modifications',
      text: `${plural(modifications, 'minor code modification')} per month`,
    });
  }
  return added;
}

/** An addition as a card lists it: "An unlimited number of requests". */
export const additionItem = (addition: Addition) => capitalize(addition.text);

/** The mark of a feature given on annual billing only, on cards and in the comparison. */
export const annualOnlyMark = 'Annual billing only';
/** The mark of a feature only the hosting partner's clients get. */
export const hostingOnlyMark = (provider: string) => `${provider} hosting clients only`;

/** A comparison cell's value, as content gives it. */
export type ComparisonValue =
  | { kind: 'included' }
  | { kind: 'not-included' }
  | { kind: 'text'; text: string }
  | { kind: 'requests'; requests: RequestAllowance }
  | { kind: 'response-time'; hours: number };

export interface ComparisonCell {
  /** Marked ✓ (yes), – (no), or text alone. */
  kind: 'yes' | 'no' | 'text';
  text: string;
}

export function comparisonCell(value: ComparisonValue): ComparisonCell {
  switch (value.kind) {
    case 'included':
      return { kind: 'yes', text: 'Included' };
    case 'not-included':
      return { kind: 'no', text: 'Not included' };
    case 'text':
      return { kind: 'text', text: value.text };
    case 'requests':
      return value.requests === 'unlimited'
        ? { kind: 'yes', text: 'Unlimited' }
        : { kind: 'text', text: describeRequests(value.requests) };
    case 'response-time':
      return { kind: 'text', text: describeResponseTime(value.hours) };
  }
}

/** What an annual-only cell says on monthly billing. */
export const notWithMonthly = 'Not with monthly billing';

export type LicenseKind = 'annual-subscription' | 'lifetime';

/** A license's kind, as the license table names it. */
export const licenseKindName: Record<LicenseKind, string> = {
  'annual-subscription': 'Annual subscription',
  lifetime: 'Lifetime license',
};

/** The license table's cell for the Standard support a license includes: "6 months". */
export const includedSupportCell = (included: IncludedSupport) =>
  capitalize(describeIncludedSupport(included));
