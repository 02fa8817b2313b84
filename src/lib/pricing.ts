import type { Money } from './money';

export type Billing = 'annual' | 'monthly';
export const billings: readonly Billing[] = ['annual', 'monthly'];
/** How a price's billing is named after it: "… per month, billed annually". */
export const billedLabel: Record<Billing, string> = {
  annual: 'billed annually',
  monthly: 'billed monthly',
};

/** The billing a visitor sees first: the cheaper one. */
export const defaultBilling: Billing = 'annual';

export function isBilling(value: unknown): value is Billing {
  return billings.includes(value as Billing);
}

/** List prices per month in cents, as a plan's content gives them. */
export interface MonthlyPrices {
  billedAnnually: number;
  billedMonthly: number;
}

export const MONTHS_PER_YEAR = 12;

/** How far ahead a quote looks, in whole years. */
export const horizons = [1, 2, 3] as const;
export type Horizon = (typeof horizons)[number];

export function monthlyRate(prices: MonthlyPrices, billing: Billing, currency: string): Money {
  const cents = billing === 'annual' ? prices.billedAnnually : prices.billedMonthly;
  return { cents, currency };
}

/** What a year of the plan costs under the given billing. */
export function yearlyTotal(prices: MonthlyPrices, billing: Billing, currency: string): Money {
  return { cents: monthlyRate(prices, billing, currency).cents * MONTHS_PER_YEAR, currency };
}

export interface AnnualSavings {
  perYear: Money;
  /** Whole percent, floored, so a badge never promises more than is saved. */
  percent: number;
}

export function annualSavings(prices: MonthlyPrices, currency: string): AnnualSavings {
  const perMonth = prices.billedMonthly - prices.billedAnnually;
  return {
    perYear: { cents: perMonth * MONTHS_PER_YEAR, currency },
    percent: Math.floor((perMonth * 100) / prices.billedMonthly),
  };
}

/** One invoice: its amount and how many of them arrive in a year. */
export interface Charge {
  amount: Money;
  /** 1 for annual billing, 12 for monthly billing. */
  perYear: number;
}

/** What is charged and how often: one invoice a year, or one every month. */
export function charge(prices: MonthlyPrices, billing: Billing, currency: string): Charge {
  return billing === 'annual'
    ? { amount: yearlyTotal(prices, billing, currency), perYear: 1 }
    : { amount: monthlyRate(prices, billing, currency), perYear: MONTHS_PER_YEAR };
}

function assertWholeYears(years: number): void {
  if (!Number.isSafeInteger(years) || years < 1) {
    throw new RangeError(`A horizon is a whole number of years, 1 or more; got ${years}.`);
  }
}

/** What the plan costs over whole years, billed from the day it starts. */
export function costOver(
  prices: MonthlyPrices,
  billing: Billing,
  years: number,
  currency: string,
): Money {
  assertWholeYears(years);
  return { cents: yearlyTotal(prices, billing, currency).cents * years, currency };
}

/**
 * The running total paid by the end of each month of the horizon (index 0 is
 * the first month). Invoices are paid in advance: a year's on its first day, a
 * month's on the month's first day.
 */
export function paidByMonth(prices: MonthlyPrices, billing: Billing, years: number): number[] {
  assertWholeYears(years);
  const { amount, perYear } = charge(prices, billing, '');
  const monthsPerInvoice = MONTHS_PER_YEAR / perYear;
  return Array.from(
    { length: years * MONTHS_PER_YEAR },
    (_, month) => amount.cents * (Math.floor(month / monthsPerInvoice) + 1),
  );
}

/**
 * The first month by whose end monthly billing has cost more than paying for the
 * year up front: before it, paying monthly has cost less so far.
 */
export function monthlyCostsMoreFrom(prices: MonthlyPrices): number {
  return Math.floor(yearlyTotal(prices, 'annual', '').cents / prices.billedMonthly) + 1;
}

/** The features a billing leaves out: those marked annual-only, when paying monthly. */
export function featuresLostWith<Feature extends { annualOnly: boolean }>(
  billing: Billing,
  features: readonly Feature[],
): Feature[] {
  return billing === 'monthly' ? features.filter((feature) => feature.annualOnly) : [];
}
