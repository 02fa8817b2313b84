import { describe, expect, it } from 'vitest';
import {
  calculatorProps,
  licenseDetails,
  planDetails,
} from '../../src/components/plans/calculator-props';
import { fixtureModel } from '../support/content-fixtures';

const fixtureContent = await fixtureModel();

describe('the price calculator’s props, built from content', () => {
  const props = calculatorProps(fixtureContent);

  it('are plain data that survive serialisation unchanged', () => {
    expect(JSON.parse(JSON.stringify(props))).toEqual(props);
  });

  it('carry the priced plans, with their prices, and start on the highlighted one', () => {
    expect(props.plans).toEqual([
      { id: 'pro', shortName: 'Pro', prices: { billedAnnually: 15000, billedMonthly: 22000 } },
      {
        id: 'max',
        shortName: 'Max',
        prices: { billedAnnually: 30000, billedMonthly: 40000 },
      },
    ]);
    expect(props.defaultPlan).toBe('max');
    expect(props.currency).toBe('EUR');
  });

  it('carry only what the island computes with: controls, links and wording are server-rendered', () => {
    expect(Object.keys(props).sort()).toEqual(['currency', 'defaultPlan', 'licenses', 'plans']);
  });

  it('start on the first priced plan when none is highlighted', () => {
    const { plans } = fixtureContent;
    const [first, ...rest] = plans.priced;
    const unhighlighted = {
      ...plans,
      priced: [
        { ...first, highlighted: false },
        ...rest.map((plan) => ({ ...plan, highlighted: false })),
      ] as const,
    };
    expect(calculatorProps({ ...fixtureContent, plans: unhighlighted }).defaultPlan).toBe('pro');
  });

  it('carry each license’s included support', () => {
    expect(props.licenses).toEqual([
      { id: 'shop-annual', included: { entireSubscription: true } },
      { id: 'shop-lifetime', included: { months: 6 } },
    ]);
  });
});

describe('each plan’s details', () => {
  const [pro, max] = planDetails(fixtureContent);

  it('sum up in a sentence what the plan adds to the one it extends', () => {
    expect(pro?.summary).toBe(
      'On top of Care Basic: an unlimited number of requests, 5 minor code modifications per month, and answers within 10 hours on average.',
    );
    expect(max?.summary).toBe(
      'Everything in Pro, and: 8 minor code modifications per month, answers within 2 hours on average, and 4 more features.',
    );
  });

  it('name what monthly billing loses', () => {
    expect(max?.lost).toBe('Server set-up and App building');
    expect(pro?.lost).toBe('');
  });

  it('compute when monthly billing overtakes a year paid up front', () => {
    // 180000 / 22000 = 8.2 months; 360000 / 40000 = 9 months exactly.
    expect(pro?.monthlyCostsMoreFrom).toBe(9);
    expect(max?.monthlyCostsMoreFrom).toBe(10);
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
        id: 'shop-annual',
        text: 'Care Basic for the entire subscription period, until the subscription ends.',
      },
      { id: 'shop-lifetime', text: 'Care Basic for 6 months.' },
    ]);
  });
});
