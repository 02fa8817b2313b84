import { horizons, type Horizon } from './pricing';

/**
 * The calculator's state as it lives in the address bar, so a reload or a shared
 * link restores it. Anything unknown falls back to the default: values are only
 * ever compared with known ids, never shown or parsed further.
 */

/** The name of the page's one Billing radio group, and of its query parameter (see BillingChoice). */
export const BILLING_FIELD = 'billing';
/** The license choice for someone who has none yet. */
export const NO_LICENSE = 'none';

export interface CalculatorChoice {
  plan: string;
  license: string;
  years: Horizon;
}

export interface KnownIds {
  plans: readonly string[];
  licenses: readonly string[];
}

const pick = <T>(value: string | null, allowed: readonly T[], fallback: T): T =>
  allowed.find((candidate) => String(candidate) === value) ?? fallback;

/**
 * The choice from an address's query, or from the calculator's controls, which
 * are named after the same keys.
 */
export function readChoice(
  query: string | URLSearchParams,
  known: KnownIds,
  defaults: CalculatorChoice,
): CalculatorChoice {
  const params = new URLSearchParams(query);
  return {
    plan: pick(params.get('plan'), known.plans, defaults.plan),
    license: pick(params.get('license'), [NO_LICENSE, ...known.licenses], defaults.license),
    years: pick(params.get('years'), horizons, defaults.years),
  };
}

/** The parameters to write: defaults are removed, so an untouched page keeps a clean URL. */
export function choiceParams<Choice extends object>(
  choice: Choice,
  defaults: Choice,
): Record<keyof Choice, string | undefined> {
  const params = {} as Record<keyof Choice, string | undefined>;
  for (const key of Object.keys(choice) as (keyof Choice)[]) {
    params[key] = choice[key] === defaults[key] ? undefined : String(choice[key]);
  }
  return params;
}

/**
 * Sets query parameters on a URL, or removes those given as undefined, keeping
 * the rest and the fragment: the address to give history.replaceState. Here, not
 * in ./url, because only the calculator's island needs it in the browser: a module
 * that two islands import becomes a chunk, a request, of its own.
 */
export function withParams(url: string, params: Record<string, string | undefined>): string {
  const result = new URL(url);
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) result.searchParams.delete(key);
    else result.searchParams.set(key, value);
  }
  return result.toString();
}
