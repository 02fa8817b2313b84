// Lists here are built with .map, not <For>: they come from props that never
// change on the page, or are a few table cells rebuilt whole; <For>'s keyed
// reconciliation would add about half a kilobyte (gzip) to a tight budget. For
// the same reason "@once" marks props read in JSX, sparing each an effect.
/* eslint-disable solid/prefer-for */
import { createEffect, createMemo, createSignal, onCleanup, onMount, type JSX } from 'solid-js';
import {
  BILLING_FIELD,
  choiceParams,
  NO_LICENSE,
  readChoice,
  withParams,
  type CalculatorChoice,
} from '../../lib/calculator-query';
import { plural, type IncludedSupport } from '../../lib/describe';
import { includedMonthsWithin } from '../../lib/included-support';
import { formatMoney } from '../../lib/money';
import {
  annualSavings,
  charge,
  costOver,
  defaultBilling,
  horizons,
  isBilling,
  monthlyRate,
  paidByMonth,
  yearlyTotal,
  type Billing,
} from '../../lib/pricing';
import CostChart from './CostChart';
import './PriceCalculator.css';

export interface CalculatorPlan {
  id: string;
  shortName: string;
  prices: { billedAnnually: number; billedMonthly: number };
}

export interface CalculatorLicense {
  id: string;
  name: string;
  included: IncludedSupport;
}

/** Plain data from content, built by the page: the island holds no prices or names. */
export interface PriceCalculatorProps {
  plans: [CalculatorPlan, ...CalculatorPlan[]];
  licenses: CalculatorLicense[];
  /** The plan every license includes for a while. */
  includedPlan: string;
  defaultPlan: string;
  currency: string;
  /**
   * Server-rendered details of each plan, each marked data-plan="id"; the island
   * shows the chosen one. Static HTML, so they cost no JavaScript.
   */
  children?: JSX.Element;
  /** Server-rendered, like children: what each license includes, marked data-license="id". */
  included?: JSX.Element;
  /** Server-rendered, like children: each plan's call to action, marked data-plan="id". */
  actions?: JSX.Element;
  /** Server-rendered heading and key for the cost chart. */
  legend?: JSX.Element;
}

// The license <select> takes its value as a property: an attribute would be
// invalid HTML on the server and meaningless to the browser.
declare module 'solid-js' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface ExplicitProperties {
      value: string;
    }
  }
}

const billedLabel: Record<Billing, string> = {
  annual: 'billed annually',
  monthly: 'billed monthly',
};

function checkedBilling(): Billing {
  const checked = document.querySelector<HTMLInputElement>(`[name="${BILLING_FIELD}"]:checked`);
  return isBilling(checked?.value) ? checked.value : defaultBilling;
}

export default function PriceCalculator(props: PriceCalculatorProps) {
  const defaults = (): CalculatorChoice => ({
    plan: props.defaultPlan,
    license: NO_LICENSE,
    years: horizons[0],
  });
  const [choice, setChoice] = createSignal(defaults());
  const [billing, setBilling] = createSignal<Billing>(defaultBilling);
  // Server-rendered controls stay disabled until the island can act on them.
  const [ready, setReady] = createSignal(false);
  let layout: HTMLDivElement | undefined;

  onMount(() => {
    const known = {
      plans: props.plans.map((plan) => plan.id),
      licenses: props.licenses.map((license) => license.id),
    };
    setChoice(readChoice(location.search, known, defaults()));
    setBilling(checkedBilling());
    // Any change on the page may be the Billing radios': re-reading them is cheap.
    const followBilling = () => setBilling(checkedBilling());
    document.addEventListener('change', followBilling);
    onCleanup(() => document.removeEventListener('change', followBilling));
    setReady(true);
  });

  const choose = (change: Partial<CalculatorChoice>) => setChoice({ ...choice(), ...change });

  // The choice and the page's Billing live in the address, defaults left out, so
  // a reload or a shared link restores them (BillingChoice reads ?billing= early).
  createEffect(() => {
    if (!ready()) return;
    const params = choiceParams(
      { ...choice(), [BILLING_FIELD]: billing() },
      { ...defaults(), [BILLING_FIELD]: defaultBilling },
    );
    history.replaceState(history.state, '', withParams(location.href, params));
  });

  const plan = () => props.plans.find((entry) => entry.id === choice().plan) ?? props.plans[0];
  const license = () => props.licenses.find((entry) => entry.id === choice().license);

  // What the chosen license includes, as its server-rendered details word it,
  // for the live region: a change of license is announced too.
  const [includedNote, setIncludedNote] = createSignal('');

  // Shows the server-rendered details of the chosen plan and license.
  createEffect(() => {
    const chosen = { plan: plan().id, license: choice().license };
    let note = '';
    layout?.querySelectorAll<HTMLElement>('[data-plan],[data-license]').forEach((element) => {
      const { plan: planId, license: licenseId } = element.dataset;
      const current = planId === chosen.plan || licenseId === chosen.license;
      element.classList.toggle('is-current', current);
      if (current && licenseId && licenseId !== NO_LICENSE) note = ` ${element.textContent}`;
    });
    setIncludedNote(note);
  });

  const quote = createMemo(() => {
    const { prices } = plan();
    const { years } = choice();
    const currency = props.currency;
    return {
      rate: formatMoney(monthlyRate(prices, billing(), currency)),
      charge: charge(prices, billing(), currency),
      yearly: formatMoney(yearlyTotal(prices, billing(), currency)),
      total: formatMoney(costOver(prices, billing(), years, currency)),
      savings: annualSavings(prices, currency),
      paid: {
        annual: paidByMonth(prices, 'annual', years),
        monthly: paidByMonth(prices, 'monthly', years),
      },
    };
  });

  // The live region holds one sentence, built whole, so a change is read once.
  const summary = () => {
    const { rate, yearly, total } = quote();
    const { years } = choice();
    const overHorizon = years > 1 ? `, ${total} over ${plural(years, 'year')}` : '';
    return `${plan().shortName}, ${billedLabel[billing()]}: ${rate} a month, ${yearly} a year${overHorizon}.`;
  };

  const chargeText = () => {
    const { amount, perYear } = quote().charge;
    return perYear === 1
      ? `${formatMoney(amount)} once a year`
      : `${formatMoney(amount)}, ${perYear} times a year`;
  };

  const includedMonths = () => {
    const chosen = license()?.included;
    return chosen ? includedMonthsWithin(chosen, choice().years) : 0;
  };

  return (
    <>
      <div class="calculator__layout" ref={(element) => (layout = element)}>
        <div class="calculator__controls">
          <fieldset>
            <legend>Plan</legend>
            {props.plans.map((entry) => (
              <label class="calculator__option">
                <input
                  type="radio"
                  name="calculator-plan"
                  value={/* @once */ entry.id}
                  checked={entry.id === plan().id}
                  disabled={!ready()}
                  autocomplete="off"
                  onChange={() => choose({ plan: entry.id })}
                />
                {/* @once */ entry.shortName}
              </label>
            ))}
            <p class="calculator__hint">
              {/* @once */ `${props.includedPlan} comes with your license.`}
            </p>
          </fieldset>
          <div class="calculator__field">
            <label for="calculator-license">License type</label>
            <select
              id="calculator-license"
              prop:value={choice().license}
              disabled={!ready()}
              autocomplete="off"
              onChange={(event) => choose({ license: event.currentTarget.value })}
            >
              <option value={NO_LICENSE}>I don’t have a license yet</option>
              {props.licenses.map((entry) => (
                <option value={/* @once */ entry.id}>{/* @once */ entry.name}</option>
              ))}
            </select>
          </div>
          <fieldset>
            <legend>Period</legend>
            <div class="calculator__options">
              {horizons.map((years) => (
                <label class="calculator__option">
                  <input
                    type="radio"
                    name="calculator-years"
                    value={years}
                    checked={years === choice().years}
                    disabled={!ready()}
                    autocomplete="off"
                    onChange={() => choose({ years })}
                  />
                  {/* @once */ plural(years, 'year')}
                </label>
              ))}
            </div>
          </fieldset>
        </div>

        <div class="calculator__result">
          <p class="calculator__summary" role="status">
            {summary()}
            <span class="visually-hidden">{includedNote()}</span>
          </p>
          <dl class="calculator__figures">
            <div>
              <dt>Monthly rate</dt>
              <dd>{`${quote().rate} a month`}</dd>
            </div>
            <div>
              <dt>Charged</dt>
              <dd>{chargeText()}</dd>
            </div>
            <div>
              <dt>Yearly total</dt>
              <dd>{`${quote().yearly} a year`}</dd>
            </div>
            <div>
              <dt>Annual billing saves</dt>
              <dd>
                {`${formatMoney(quote().savings.perYear)} a year `}
                <span class="badge">{`Save ${quote().savings.percent}%`}</span>
              </dd>
            </div>
            <div class="calculator__included">
              <dt>Included with your license</dt>
              <dd class="calculator__stack">{props.included}</dd>
            </div>
          </dl>
          <div class="calculator__stack">{props.actions}</div>
        </div>
        <div class="calculator__stack">{props.children}</div>
      </div>

      <div class="cost-chart">
        {props.legend}
        <CostChart
          paid={quote().paid}
          chosen={billing()}
          years={choice().years}
          currency={props.currency}
          includedMonths={includedMonths()}
        />
      </div>
    </>
  );
}
