import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { comparisonRowSchema } from './lib/schemas/comparison';
import { faqSchema } from './lib/schemas/faq';
import { faqTopicSchema } from './lib/schemas/faq-topics';
import { licenseSchema } from './lib/schemas/licenses';
import { planSchema } from './lib/schemas/plans';
import { siteSchema } from './lib/schemas/site';
import { supportHoursSchema } from './lib/schemas/support-hours';
import { teamMemberSchema } from './lib/schemas/team';
import { yamlEntries, yamlRecord } from './loaders/yaml-file';

// The schemas live in src/lib/schemas so that a plain Node check can validate
// content with exactly the rules the build uses.

const contentDir = 'src/content';

const listFile = (name: string) => yamlEntries(`${contentDir}/${name}`);
const singleFile = (name: string, id: string) => yamlRecord(`${contentDir}/${name}`, id);

export const collections = {
  plans: defineCollection({
    loader: glob({ base: `${contentDir}/plans`, pattern: '*.mdx' }),
    schema: planSchema(reference('plans')),
  }),
  faq: defineCollection({
    loader: glob({ base: `${contentDir}/faq`, pattern: '*.mdx' }),
    schema: faqSchema(reference('faqTopics')),
  }),
  faqTopics: defineCollection({ loader: listFile('faq-topics.yaml'), schema: faqTopicSchema }),
  comparison: defineCollection({
    loader: listFile('comparison.yaml'),
    schema: comparisonRowSchema,
  }),
  licenses: defineCollection({ loader: listFile('licenses.yaml'), schema: licenseSchema }),
  team: defineCollection({
    loader: listFile('team.yaml'),
    schema: ({ image }) => teamMemberSchema(image()),
  }),
  supportHours: defineCollection({
    loader: singleFile('support-hours.yaml', 'support-hours'),
    schema: supportHoursSchema,
  }),
  site: defineCollection({ loader: singleFile('site.yaml', 'site'), schema: siteSchema }),
};
