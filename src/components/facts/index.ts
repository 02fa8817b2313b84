import CityHoursTable from '../hours/CityHoursTable.astro';
import FeatureBilling from './FeatureBilling.astro';
import FeatureName from './FeatureName.astro';
import HostingProvider from './HostingProvider.astro';
import HostingTrial from './HostingTrial.astro';
import IncludedSupport from './IncludedSupport.astro';
import PageLink from './PageLink.astro';
import PlanName from './PlanName.astro';
import Price from './Price.astro';
import RequestAllowance from './RequestAllowance.astro';
import ResponseTime from './ResponseTime.astro';
import SiteLink from './SiteLink.astro';
import SupportHours from './SupportHours.astro';
import TeamExperience from './TeamExperience.astro';

/**
 * Components that MDX prose uses to name a fact instead of retyping it. They are
 * passed to every rendered entry, so content files need no import lines.
 */
export const factComponents = {
  CityHoursTable,
  FeatureBilling,
  FeatureName,
  HostingProvider,
  HostingTrial,
  IncludedSupport,
  PageLink,
  PlanName,
  Price,
  RequestAllowance,
  ResponseTime,
  SiteLink,
  SupportHours,
  TeamExperience,
};
