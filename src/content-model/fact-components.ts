import { billings } from '../lib/pricing';

/**
 * What each fact component in src/components/facts accepts, in plain data, so the
 * content check can catch a mistake in MDX prose before it renders a wrong fact
 * (an unknown billing would otherwise quietly show the monthly price). A type
 * test keeps this table and the components' Props in step.
 */

export type AttributeRule =
  /** The id of a plan (its file name without .mdx). */
  | { kind: 'plan' }
  /** The id of a plan that has a list price. */
  | { kind: 'priced-plan' }
  /** The id of a feature in any plan's `features`. */
  | { kind: 'feature' }
  /** The id of a license in licenses.yaml. */
  | { kind: 'license' }
  /** A name under `links` in site.yaml. */
  | { kind: 'site-link' }
  /** A path on this site, starting with "/". */
  | { kind: 'page-path' }
  /** A fixed set of words. */
  | { kind: 'one-of'; values: readonly string[] }
  /** Written alone (`short`) to switch something on. */
  | { kind: 'flag' }
  /** Free text. */
  | { kind: 'text' };

export interface AttributeContract {
  required: boolean;
  rule: AttributeRule;
}

export interface FactComponentContract {
  attributes: Record<string, AttributeContract>;
  /** Wraps words (`<SiteLink to="forum">the forum</SiteLink>`) rather than standing alone. */
  wrapsText: boolean;
}

const required = (rule: AttributeRule): AttributeContract => ({ required: true, rule });
const optional = (rule: AttributeRule): AttributeContract => ({ required: false, rule });
const plan = required({ kind: 'plan' });
const feature = required({ kind: 'feature' });

export const factComponentContracts = {
  CityHoursTable: { attributes: { caption: optional({ kind: 'text' }) }, wrapsText: false },
  FeatureBilling: { attributes: { feature }, wrapsText: false },
  FeatureName: { attributes: { feature }, wrapsText: false },
  HostingProvider: { attributes: {}, wrapsText: false },
  HostingTrial: { attributes: {}, wrapsText: false },
  IncludedSupport: { attributes: { license: required({ kind: 'license' }) }, wrapsText: false },
  PageLink: { attributes: { to: required({ kind: 'page-path' }) }, wrapsText: true },
  PlanName: { attributes: { plan, short: optional({ kind: 'flag' }) }, wrapsText: false },
  Price: {
    attributes: {
      plan: required({ kind: 'priced-plan' }),
      billing: required({ kind: 'one-of', values: billings }),
      per: optional({ kind: 'one-of', values: ['month', 'year'] }),
    },
    wrapsText: false,
  },
  RequestAllowance: { attributes: { plan }, wrapsText: false },
  ResponseTime: { attributes: { plan }, wrapsText: false },
  SiteLink: { attributes: { to: required({ kind: 'site-link' }) }, wrapsText: true },
  SupportHours: { attributes: {}, wrapsText: false },
  TeamExperience: { attributes: {}, wrapsText: false },
} satisfies Record<string, FactComponentContract>;

export type FactComponentName = keyof typeof factComponentContracts;
