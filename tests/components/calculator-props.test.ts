import { describe, expect, it } from 'vitest';
import {
  calculatorProps,
  licenseDetails,
  planDetails,
} from '../../src/components/plans/calculator-props';
import { fixtureContent, fixturePlans } from '../support/calculator-fixture';

describe('the price calculator’s props, built from content', () => {
  const props = calculatorProps(fixtureContent);

  it('are plain data that survive serialisation unchanged', () => {
    expect(JSON.parse(JSON.stringify(props))).toEqual(props);
  });

  it('carry the priced plans, with their prices, and start on the highlighted one', () => {
    expect(props.plans).toEqual([
      { id: 'plus', shortName: 'Plus', prices: { billedAnnually: 15000, billedMonthly: 22000 } },
      {
        id: 'ultimate',
        shortName: 'Ultimate',
        prices: { billedAnnually: 30000, billedMonthly: 40000 },
      },
    ]);
    expect(props.defaultPlan).toBe('ultimate');
    expect(props.currency).toBe('EUR');
  });

  it('carry only what the island computes with: controls, links and wording are server-rendered', () => {
    expect(Object.keys(props).sort()).toEqual(['currency', 'defaultPlan', 'licenses', 'plans']);
  });

  it('start on the first priced plan when none is highlighted', () => {
    const plans = fixturePlans.map((plan) => ({ ...plan, highlighted: false }));
    expect(calculatorProps({ ...fixtureContent, plans }).defaultPlan).toBe('plus');
  });

  it('carry each license’s included support', () => {
    expect(props.licenses).toEqual([
      { id: 'yearly-shop', included: { entireSubscription: true } },
      { id: 'forever-shop', included: { months: 5 } },
    ]);
  });

  it('fail clearly without a plan that comes with licenses, or without a priced plan', () => {
    const unpriced = fixturePlans.map((plan) => ({ ...plan, pricePerMonthInCents: undefined }));
    expect(() => calculatorProps({ ...fixtureContent, plans: unpriced })).toThrow(/with a price/);
    const notIncluded = fixturePlans.map((plan) => ({ ...plan, includedWithLicense: undefined }));
    expect(() => calculatorProps({ ...fixtureContent, plans: notIncluded })).toThrow(
      /includedWithLicense/,
    );
  });
});

describe('each plan’s details', () => {
  const [plus, ultimate] = planDetails(fixtureContent);

  it('sum up in a sentence what the plan adds to the one it extends', () => {
    expect(plus?.summary).toBe(
      'On top of Care Basic: an unlimited number of requests, 5 minor code modifications per month, and answers within 10 hours on average.',
    );
    expect(ultimate?.summary).toBe(
      'Everything in Plus, and: 8 minor code modifications per month, answers within 2 hours on average, and 4 more features.',
    );
  });

  it('name what monthly billing loses', () => {
    expect(ultimate?.lost).toBe('Server set-up and App building');
    expect(plus?.lost).toBe('');
  });

  it('compute when monthly billing overtakes a year paid up front', () => {
    // 180000 / 22000 = 8.2 months; 360000 / 40000 = 9 months exactly.
    expect(plus?.monthlyCostsMoreFrom).toBe(9);
    expect(ultimate?.monthlyCostsMoreFrom).toBe(10);
  });
});

describe('each license’s details', () => {
  it('say how long the included support lasts and when it ends, with no license first', () => {
    expect(licenseDetails(fixtureContent)).toEqual([
      {
        id: 'none',
        text: 'None yet: every license includes Care Basic for a while; the table at the end of the page shows how long.',
      },
      {
        id: 'yearly-shop',
        text: 'Care Basic for the entire subscription period, until the subscription ends.',
      },
      { id: 'forever-shop', text: 'Care Basic for 5 months from the day the license is bought.' },
    ]);
  });
});
