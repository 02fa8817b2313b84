import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { includedMonthsWithin } from '../../src/lib/included-support';
import {
  annualSavings,
  charge,
  costOver,
  featuresLostWith,
  horizons,
  isBilling,
  monthlyCostsMoreFrom,
  monthlyRate,
  paidByMonth,
  yearlyTotal,
  type MonthlyPrices,
} from '../../src/lib/pricing';

// Other prices than the site's, so nothing here can pass by echoing content.
const fixture: MonthlyPrices = { billedAnnually: 15000, billedMonthly: 22000 };
const currency = 'EUR';

describe('pricing for one plan', () => {
  it('gives the monthly rate and yearly total for each billing', () => {
    expect(monthlyRate(fixture, 'annual', currency)).toEqual({ cents: 15000, currency });
    expect(monthlyRate(fixture, 'monthly', currency)).toEqual({ cents: 22000, currency });
    expect(yearlyTotal(fixture, 'annual', currency)).toEqual({ cents: 180000, currency });
    expect(yearlyTotal(fixture, 'monthly', currency)).toEqual({ cents: 264000, currency });
  });

  it('charges once a year for annual billing and twelve times for monthly', () => {
    expect(charge(fixture, 'annual', currency)).toEqual({
      amount: { cents: 180000, currency },
      perYear: 1,
    });
    expect(charge(fixture, 'monthly', currency)).toEqual({
      amount: { cents: 22000, currency },
      perYear: 12,
    });
  });

  it('computes the saving and floors its percent: 7000 of 22000 is 31.8%, shown as 31', () => {
    expect(annualSavings(fixture, currency)).toEqual({
      perYear: { cents: 84000, currency },
      percent: 31,
    });
    expect(annualSavings({ billedAnnually: 18400, billedMonthly: 22000 }, 'USD').percent).toBe(16);
    expect(annualSavings({ billedAnnually: 33000, billedMonthly: 39500 }, 'USD').percent).toBe(16);
  });

  it('costs whole years over a horizon, billed from the first day', () => {
    expect(costOver(fixture, 'annual', 3, currency)).toEqual({ cents: 540000, currency });
    expect(costOver(fixture, 'monthly', 2, currency)).toEqual({ cents: 528000, currency });
    for (const years of [0, -1, 1.5, Number.NaN]) {
      expect(() => costOver(fixture, 'annual', years, currency)).toThrow(RangeError);
    }
  });

  it('keeps a running total: a year paid up front, or month by month', () => {
    const annual = paidByMonth(fixture, 'annual', 2);
    expect(annual).toHaveLength(24);
    expect(annual.slice(0, 12)).toEqual(Array(12).fill(180000));
    expect(annual.slice(12)).toEqual(Array(12).fill(360000));
    expect(paidByMonth(fixture, 'monthly', 1)).toEqual(
      Array.from({ length: 12 }, (_, month) => 22000 * (month + 1)),
    );
  });

  it('finds the month by whose end monthly billing has cost more', () => {
    // 8 × 22000 = 176000 is still under 180000; 9 × 22000 = 198000 is over.
    expect(monthlyCostsMoreFrom(fixture)).toBe(9);
  });

  it('leaves out annual-only features only when billed monthly', () => {
    const features = [
      { label: 'Everyday help', annualOnly: false },
      { label: 'Server set-up', annualOnly: true },
    ];
    expect(featuresLostWith('annual', features)).toEqual([]);
    expect(featuresLostWith('monthly', features)).toEqual([features[1]]);
  });

  it('knows its billings and horizons', () => {
    expect(isBilling('monthly')).toBe(true);
    expect(isBilling('weekly')).toBe(false);
    expect(isBilling(undefined)).toBe(false);
    expect(horizons).toEqual([1, 2, 3]);
  });
});

describe('support included with a license, over a horizon', () => {
  it('counts a lifetime license’s months, capped by the horizon', () => {
    expect(includedMonthsWithin({ months: 2 }, 1)).toBe(2);
    expect(includedMonthsWithin({ months: 30 }, 2)).toBe(24);
  });

  it('covers the whole horizon for a subscription that is renewed', () => {
    expect(includedMonthsWithin({ entireSubscription: true }, 3)).toBe(36);
  });
});

describe('pricing invariants, for any valid prices', () => {
  // The schema's rule: whole, positive cents, annual cheaper per month than monthly.
  const prices = fc.integer({ min: 2, max: 10_000_000 }).chain((billedMonthly) =>
    fc.record({
      billedAnnually: fc.integer({ min: 1, max: billedMonthly - 1 }),
      billedMonthly: fc.constant(billedMonthly),
    }),
  );
  const years = fc.constantFrom(...horizons);

  it('annual billing is never dearer than monthly over whole years', () => {
    fc.assert(
      fc.property(prices, years, (plan, horizon) => {
        const annual = costOver(plan, 'annual', horizon, currency).cents;
        const monthly = costOver(plan, 'monthly', horizon, currency).cents;
        expect(annual).toBeLessThan(monthly);
      }),
    );
  });

  it('the saving is twelve times the monthly difference, and the badge floors it', () => {
    fc.assert(
      fc.property(prices, (plan) => {
        const { perYear, percent } = annualSavings(plan, currency);
        const difference = plan.billedMonthly - plan.billedAnnually;
        expect(perYear.cents).toBe(12 * difference);
        expect(perYear.cents).toBe(
          yearlyTotal(plan, 'monthly', currency).cents -
            yearlyTotal(plan, 'annual', currency).cents,
        );
        expect(Number.isInteger(percent)).toBe(true);
        // Floored: never more than the exact percent, and less than a point under it.
        expect(percent * plan.billedMonthly).toBeLessThanOrEqual(difference * 100);
        expect((percent + 1) * plan.billedMonthly).toBeGreaterThan(difference * 100);
      }),
    );
  });

  it('totals grow with the horizon, and the running total ends at the total', () => {
    fc.assert(
      fc.property(prices, fc.constantFrom(...(['annual', 'monthly'] as const)), (plan, billing) => {
        let previous = 0;
        for (const horizon of horizons) {
          const total = costOver(plan, billing, horizon, currency).cents;
          expect(total).toBeGreaterThan(previous);
          const running = paidByMonth(plan, billing, horizon);
          expect(running.at(-1)).toBe(total);
          running.forEach((paid, month) =>
            expect(paid).toBeGreaterThanOrEqual(running[month - 1] ?? 0),
          );
          previous = total;
        }
      }),
    );
  });

  it('cents stay whole numbers everywhere', () => {
    fc.assert(
      fc.property(prices, years, (plan, horizon) => {
        const amounts = [
          ...(['annual', 'monthly'] as const).flatMap((billing) => [
            monthlyRate(plan, billing, currency).cents,
            yearlyTotal(plan, billing, currency).cents,
            charge(plan, billing, currency).amount.cents,
            costOver(plan, billing, horizon, currency).cents,
            ...paidByMonth(plan, billing, horizon),
          ]),
          annualSavings(plan, currency).perYear.cents,
        ];
        for (const cents of amounts) expect(Number.isSafeInteger(cents)).toBe(true);
      }),
    );
  });

  it('monthly billing costs less until its month, and more from then on within the year', () => {
    fc.assert(
      fc.property(prices, (plan) => {
        const month = monthlyCostsMoreFrom(plan);
        const upFront = yearlyTotal(plan, 'annual', currency).cents;
        expect(month).toBeGreaterThanOrEqual(1);
        expect(month).toBeLessThanOrEqual(12);
        expect((month - 1) * plan.billedMonthly).toBeLessThanOrEqual(upFront);
        expect(month * plan.billedMonthly).toBeGreaterThan(upFront);
      }),
    );
  });
});
