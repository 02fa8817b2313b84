import type { IncludedSupport } from './describe';
import { MONTHS_PER_YEAR } from './pricing';

/**
 * How many months of a horizon the Standard support a license includes covers,
 * counted from the horizon's first month, as the plan is. The source does not say
 * when the included months start: src/content/texts/calculator-note.mdx says this
 * is the chart's assumption. A subscription's runs as long as the subscription is
 * renewed, so it covers the whole horizon.
 */
export function includedMonthsWithin(included: IncludedSupport, years: number): number {
  const horizonMonths = years * MONTHS_PER_YEAR;
  return 'months' in included ? Math.min(included.months, horizonMonths) : horizonMonths;
}
