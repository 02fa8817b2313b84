/** An amount of money in integer minor units (cents), with its ISO 4217 currency. */
export interface Money {
  cents: number;
  currency: string;
}

/**
 * Formats for display: whole amounts without decimals ("$125"), others with
 * them ("$125.50"). Money is never formatted anywhere but here.
 */
export function formatMoney({ cents, currency }: Money, locale = 'en-US'): string {
  const whole = cents % 100 === 0;
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(cents / 100);
}
