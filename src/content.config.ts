import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentLayout, type CollectionName } from './lib/content-layout';
import { comparisonRowSchema } from './lib/schemas/comparison';
import { faqSchema } from './lib/schemas/faq';
import { faqTopicSchema } from './lib/schemas/faq-topics';
import { licenseSchema } from './lib/schemas/licenses';
import { planSchema } from './lib/schemas/plans';
import { siteSchema } from './lib/schemas/site';
import { supportHoursSchema } from './lib/schemas/support-hours';
import { teamMemberSchema } from './lib/schemas/team';
import { yamlEntries, yamlRecord } from './loaders/yaml-file';

// The schemas live in src/lib/schemas and the file layout in src/lib/content-layout.ts,
// so that the standalone content check (npm run check) validates exactly the files
// the build reads, with exactly the rules the build uses.

const { plans, faq, faqTopics, comparison, licenses, team, supportHours, site } = contentLayout;
const mdxFolder = (folder: string) => glob({ base: folder, pattern: '*.mdx' });

export const collections = {
  plans: defineCollection({
    loader: mdxFolder(plans.folder),
    schema: planSchema(reference('plans')),
  }),
  faq: defineCollection({
    loader: mdxFolder(faq.folder),
    schema: faqSchema(reference('faqTopics')),
  }),
  faqTopics: defineCollection({ loader: yamlEntries(faqTopics.file), schema: faqTopicSchema }),
  comparison: defineCollection({
    loader: yamlEntries(comparison.file),
    schema: comparisonRowSchema,
  }),
  licenses: defineCollection({ loader: yamlEntries(licenses.file), schema: licenseSchema }),
  team: defineCollection({
    loader: yamlEntries(team.file),
    schema: ({ image }) => teamMemberSchema(image()),
  }),
  supportHours: defineCollection({
    loader: yamlRecord(supportHours.file, supportHours.id),
    schema: supportHoursSchema,
  }),
  site: defineCollection({ loader: yamlRecord(site.file, site.id), schema: siteSchema }),
} satisfies Record<CollectionName, unknown>;
