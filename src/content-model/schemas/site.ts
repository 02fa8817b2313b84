import { z } from 'astro/zod';
import { httpsUrl as url } from './addresses';
import { record, slug, text, wholeCount } from './fields';

const currencyMessage = 'currency must be a three-letter code in capitals, like USD.';

export const siteSchema = record({
  companyName: text('companyName', 40).describe('The company, as named in page titles and copy.'),
  serviceName: text('serviceName', 40).describe('The name of the support service, like "Care".'),
  currency: z
    .string({ error: currencyMessage })
    .regex(/^[A-Z]{3}$/, { error: currencyMessage })
    .meta({ patternErrorMessage: currencyMessage })
    .describe('ISO 4217 code of every price on the site.'),
  contactQuestion: slug('contactQuestion').describe(
    'The FAQ question (its file name without .mdx) on how to reach us; every page links to it.',
  ),
  teamExperienceYears: wholeCount('teamExperienceYears').describe(
    'Years of experience the team page mentions ("more than N years").',
  ),
  links: record({
    helpDesk: url('links.helpDesk').describe('Where customers open support tickets.'),
    contact: url('links.contact').describe('The contact form for people without a license.'),
    purchase: url('links.purchase').describe('Where a plan is bought; the site adds the plan.'),
    customDevelopment: url('links.customDevelopment').describe(
      'The custom development service, for work too big for support.',
    ),
    documentation: url('links.documentation').describe('Product documentation.'),
    forum: url('links.forum').describe('The community forum.'),
    tutorialVideos: url('links.tutorialVideos').describe('Tutorial videos.'),
    bugTracker: url('links.bugTracker').describe('The public bug tracker.'),
    bugFixingArticle: url('links.bugFixingArticle').describe('The article on how bugs are fixed.'),
  }).describe('Web addresses the pages and <SiteLink to="…"> use, by name.'),
  hostingTrial: record({
    provider: text('hostingTrial.provider', 40).describe('The hosting company.'),
    months: wholeCount('hostingTrial.months').describe('Length of the free trial in months.'),
    url: url('hostingTrial.url').describe("The hosting company's site."),
  }).describe('The hosting trial that comes with a purchase (<HostingTrial />).'),
  glossary: record({
    minorModifications: text('glossary.minorModifications', 300).describe(
      'What counts as a minor modification, shown wherever plans mention them.',
    ),
    unlimitedRequests: text('glossary.unlimitedRequests', 300).describe(
      'What an unlimited number of requests means, shown on the card of a plan that has it.',
    ),
    monthlyRequests: text('glossary.monthlyRequests', 300).describe(
      'What a monthly allowance of requests means, shown on the card of a plan that has one.',
    ),
  }).describe('Short explanations of terms used on several pages.'),
});
