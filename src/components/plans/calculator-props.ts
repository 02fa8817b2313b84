import type { License, Plan, Plans, PricedPlan, Site } from '../../content-model/model';
import { describeIncludedSupportTerm, describeResponseTime, plural } from '../../lib/describe';
import { allowancesAdded, everythingIn } from '../../lib/plan-wording';
import { NO_LICENSE } from '../../lib/calculator-query';
import { featuresLostWith, monthlyCostsMoreFrom } from '../../lib/pricing';
import type { PriceCalculatorProps } from '../islands/PriceCalculator';

/** What the price calculator reads from the model. */
export interface CalculatorContent {
  site: Site;
  plans: Plans;
  licenses: readonly License[];
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
  const forIsland = ({ id, shortName, prices }: PricedPlan) => ({
    id,
    shortName,
    prices: { billedAnnually: prices.billedAnnually, billedMonthly: prices.billedMonthly },
  });
  const [first, ...rest] = plans.priced;
  return {
    plans: [forIsland(first), ...rest.map(forIsland)],
    licenses: licenses.map(({ id, includedSupport }) => ({ id, included: includedSupport })),
    defaultPlan: (plans.priced.find((plan) => plan.highlighted) ?? plans.priced[0]).id,
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
  return plans.priced.map((plan) => {
    const { parent } = plan;
    const lead =
      parent && parent.id !== plans.included.id
        ? everythingIn(parent.shortName)
        : `On top of ${plans.included.name}:`;
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
      monthlyCostsMoreFrom: monthlyCostsMoreFrom(plan.prices),
    };
  });
}

/** The allowances and response time in which a plan differs from the one it extends. */
function measuredAdditions(plan: PricedPlan, parent: Plan | undefined): string[] {
  return [
    ...allowancesAdded(plan, parent).map((addition) => addition.text),
    ...(plan.responseTimeHours !== parent?.responseTimeHours
      ? [`answers ${describeResponseTime(plan.responseTimeHours)} on average`]
      : []),
  ];
}

/** For each license choice, "no license yet" first: the support it includes and when that ends. */
export function licenseDetails({ plans, licenses }: CalculatorContent) {
  const included = plans.included.name;
  return [
    {
      id: NO_LICENSE,
      text: `None yet: every license includes ${included} for a while; the table at the end of the page shows how long.`,
    },
    ...licenses.map(({ id, includedSupport }) => ({
      id,
      text: `${included} for ${describeIncludedSupportTerm(includedSupport)}.`,
    })),
  ];
}
