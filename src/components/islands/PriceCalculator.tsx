import { createEffect, createMemo, createSignal, onCleanup, onMount, type JSX } from 'solid-js';
import {
  BILLING_FIELD,
  choiceParams,
  NO_LICENSE,
  readChoice,
  withParams,
  type CalculatorChoice,
} from '../../lib/calculator-query';
import type { IncludedSupport } from '../../lib/describe';
import { includedMonthsWithin } from '../../lib/included-support';
import { formatMoney } from '../../lib/money';
import {
  annualSavings,
  billedLabel,
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
  included: IncludedSupport;
}

/** Plain data from content, built by the page: the island holds no prices or names. */
export interface PriceCalculatorProps {
  plans: [CalculatorPlan, ...CalculatorPlan[]];
  licenses: CalculatorLicense[];
  defaultPlan: string;
  currency: string;
  /**
   * The server-rendered controls, disabled: radios named "plan" and "years" and a
   * <select> named "license" (the keys of the choice and of the address), each
   * valued with a known id. The island shows the choice in them, enables them and
   * follows their changes: their markup costs no JavaScript.
   */
  controls?: JSX.Element;
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

/** "1 year", "3 years": Intl knows the plural, so the island needs no wording module. */
const yearCount = new Intl.NumberFormat('en', { style: 'unit', unit: 'year', unitDisplay: 'long' });

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
  // Set once the choice is restored: until then the address stays as it came.
  const [ready, setReady] = createSignal(false);
  let layout: HTMLDivElement | undefined;
  const controls = () => [
    ...(layout?.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select') ?? []),
  ];

  onMount(() => {
    const known = {
      plans: props.plans.map((plan) => plan.id),
      licenses: props.licenses.map((license) => license.id),
    };
    setChoice(readChoice(location.search, known, defaults()));
    setBilling(checkedBilling());
    // A change inside the calculator is one of its controls': they are read as
    // the address is, each value checked. Any other is the Billing radios'.
    const follow = ({ target }: Event) => {
      if (!layout?.contains(target as Node)) {
        setBilling(checkedBilling());
        return;
      }
      const chosen = controls().filter(
        (control) => !(control instanceof HTMLInputElement) || control.checked,
      );
      setChoice(
        readChoice(
          new URLSearchParams(chosen.map((control) => [control.name, control.value])),
          known,
          defaults(),
        ),
      );
    };
    document.addEventListener('change', follow);
    onCleanup(() => document.removeEventListener('change', follow));
    // Server-rendered controls stay disabled until the island can act on them.
    for (const control of controls()) control.disabled = false;
    setReady(true);
  });

  // The controls show the choice, a restored one included.
  createEffect(() => {
    const current = choice();
    for (const control of controls()) {
      const value = String(current[control.name as keyof CalculatorChoice]);
      if (control instanceof HTMLInputElement) control.checked = control.value === value;
      else control.value = value;
    }
  });

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
    const overHorizon = years > 1 ? `, ${total} over ${yearCount.format(years)}` : '';
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
        {props.controls}

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
