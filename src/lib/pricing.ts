import type { Money } from './money';

export type Billing = 'annual' | 'monthly';
export const billings: readonly Billing[] = ['annual', 'monthly'];

/** List prices per month in cents, as a plan's content gives them. */
export interface MonthlyPrices {
  billedAnnually: number;
  billedMonthly: number;
}

export const MONTHS_PER_YEAR = 12;

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
