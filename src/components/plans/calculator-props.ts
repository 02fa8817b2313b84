import type { License, Plan, Site } from '../../data/content';
import {
  describeIncludedSupportTerm,
  describeRequests,
  describeResponseTime,
  plural,
} from '../../lib/describe';
import { NO_LICENSE } from '../../lib/calculator-query';
import { featuresLostWith, monthlyCostsMoreFrom } from '../../lib/pricing';
import type { CalculatorPlan, PriceCalculatorProps } from '../islands/PriceCalculator';

/** What the price calculator reads from content. */
export interface CalculatorContent {
  site: Site;
  plans: readonly Plan[];
  licenses: readonly License[];
}

/** The plan every license includes for a while (Standard). */
export function includedPlanOf(plans: readonly Plan[]): Plan {
  const includedPlan = plans.find((plan) => plan.includedWithLicense);
  if (!includedPlan) throw new Error('No plan is marked includedWithLicense.');
  return includedPlan;
}

/**
 * The island's props: plain, serialisable data (the island is hydrated from
 * JSON) built from content, so no price or name is typed in the island. Only
 * what it computes with: names and wording are server-rendered.
 */
export function calculatorProps({
  site,
  plans,
  licenses,
}: CalculatorContent): Pick<
  PriceCalculatorProps,
  'plans' | 'licenses' | 'defaultPlan' | 'currency'
> {
  includedPlanOf(plans);
  const priced = plans.flatMap(
    ({ id, shortName, pricePerMonthInCents: prices }): CalculatorPlan[] =>
      prices
        ? [
            {
              id,
              shortName,
              prices: {
                billedAnnually: prices.billedAnnually,
                billedMonthly: prices.billedMonthly,
              },
            },
          ]
        : [],
  );
  const [first, ...rest] = priced;
  if (!first) throw new Error('The price calculator needs at least one plan with a price.');
  return {
    plans: [first, ...rest],
    licenses: licenses.map(({ id, includedSupport }) => ({
      id,
      included:
        includedSupport.months === undefined
          ? { entireSubscription: true }
          : { months: includedSupport.months },
    })),
    defaultPlan:
      plans.find((plan) => plan.highlighted && plan.pricePerMonthInCents)?.id ?? first.id,
    currency: site.currency,
  };
}

export interface PlanDetails {
  id: string;
  shortName: string;
  /**
   * What the plan adds, in one sentence: the allowances and response time that
   * change, and how many features more. Its card, on the same page, lists them all.
   */
  summary: string;
  /** The features monthly billing leaves out, joined for a sentence; empty if none. */
  lost: string;
  /** The month by whose end monthly billing has cost more than a year paid up front. */
  monthlyCostsMoreFrom: number;
}

const listFormat = new Intl.ListFormat('en', { type: 'conjunction' });

/** What each priced plan adds to the one it extends, in brief. */
export function planDetails({ plans }: CalculatorContent): PlanDetails[] {
  const includedPlan = plans.find((plan) => plan.includedWithLicense);
  return plans.flatMap((plan) => {
    const prices = plan.pricePerMonthInCents;
    if (!prices) return [];
    const parent = plans.find((candidate) => candidate.id === plan.extends);
    const lead =
      parent && parent !== includedPlan
        ? `Everything in ${parent.shortName}, and:`
        : `On top of ${includedPlan?.name ?? 'the support your license includes'}:`;
    const more = plan.features.length;
    const additions = [
      ...measuredAdditions(plan, parent),
      ...(more > 0 ? [plural(more, 'more feature')] : []),
    ];
    return {
      id: plan.id,
      shortName: plan.shortName,
      summary: `${lead} ${listFormat.format(additions)}.`,
      lost: listFormat.format(
        featuresLostWith('monthly', plan.features).map((feature) => feature.label),
      ),
      monthlyCostsMoreFrom: monthlyCostsMoreFrom(prices),
    };
  });
}

/** The allowances and response time in which a plan differs from the one it extends. */
function measuredAdditions(plan: Plan, parent: Plan | undefined): string[] {
  const result: string[] = [];
  if (JSON.stringify(plan.requests) !== JSON.stringify(parent?.requests)) {
    result.push(describeRequests(plan.requests));
  }
  if (plan.minorModificationsPerMonth) {
    result.push(`${plural(plan.minorModificationsPerMonth, 'minor code modification')} per month`);
  }
  if (plan.responseTimeHours !== parent?.responseTimeHours) {
    result.push(`answers ${describeResponseTime(plan.responseTimeHours)} on average`);
  }
  return result;
}

/** For each license choice, "no license yet" first: the support it includes and when that ends. */
export function licenseDetails({ plans, licenses }: CalculatorContent) {
  const standard = plans.find((plan) => plan.includedWithLicense)?.name;
  return [
    {
      id: NO_LICENSE,
      text: `None yet: every license includes ${standard} for a while; the table at the end of the page shows how long.`,
    },
    ...licenses.map(({ id, includedSupport }) => ({
      id,
      text: `${standard} for ${describeIncludedSupportTerm(includedSupport)}.`,
    })),
  ];
}
