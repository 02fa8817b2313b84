import { z } from 'astro/zod';
import { record, text, url, wholeCount } from './fields';

export const siteSchema = record({
  companyName: text('companyName'),
  serviceName: text('serviceName'),
  currency: z
    .string({ error: 'currency must be a three-letter code, like USD.' })
    .regex(/^[A-Z]{3}$/, { error: 'currency must be a three-letter code in capitals, like USD.' })
    .describe('ISO 4217 code of every price on the site.'),
  teamExperienceYears: wholeCount('teamExperienceYears'),
  links: record({
    helpDesk: url('links.helpDesk'),
    contact: url('links.contact'),
    purchase: url('links.purchase'),
    customDevelopment: url('links.customDevelopment'),
    documentation: url('links.documentation'),
    forum: url('links.forum'),
    tutorialVideos: url('links.tutorialVideos'),
    bugTracker: url('links.bugTracker'),
    bugFixingArticle: url('links.bugFixingArticle'),
  }),
  hostingTrial: record({
    provider: text('hostingTrial.provider'),
    months: wholeCount('hostingTrial.months'),
    url: url('hostingTrial.url'),
  }),
  glossary: record({
    minorModifications: text('glossary.minorModifications'),
  }),
});
