import { posix } from 'node:path';
import { z } from 'astro/zod';
import type { CollectionName } from '../content-layout';
import { comparisonRowSchema } from '../schemas/comparison';
import { faqSchema } from '../schemas/faq';
import { faqTopicSchema } from '../schemas/faq-topics';
import { ruleIssue } from '../schemas/fields';
import { licenseSchema } from '../schemas/licenses';
import { planSchema } from '../schemas/plans';
import { siteSchema } from '../schemas/site';
import { supportHoursSchema } from '../schemas/support-hours';
import { teamMemberSchema } from '../schemas/team';

/**
 * The build's schemas, with the two parts only Astro can provide replaced by
 * plain checks: a reference to another entry is its id (whether that entry exists
 * is a rule in content-rules.ts, for the build too), and an image is a path to a
 * file that must exist.
 */

/** The image formats Astro's image pipeline accepts. */
export const imageExtensions = ['.avif', '.gif', '.jpeg', '.jpg', '.png', '.svg', '.tiff', '.webp'];

const planId = z.string({
  error: 'extends must name another plan by its file name without .mdx, like standard.',
});
const topicId = z.string({
  error: 'topic must be the id of a topic in faq-topics.yaml, like reaching-us.',
});

const missingPhoto = ruleIssue(
  'There is no image file at this path.',
  'Put the photo in src/content/team/ and write its path from team.yaml, like ./team/name.jpg (letter case matters).',
);
const notAnImage = ruleIssue(
  'It is not an image file Astro can use.',
  `Use a photo ending in ${imageExtensions.join(', ')}.`,
);

/** @param exists whether a file exists, by its path from the project root. */
export function photoPath(yamlFile: string, exists: (file: string) => boolean) {
  const folder = posix.dirname(yamlFile);
  return z
    .string({ error: 'photo must be the path of an image file, like ./team/name.jpg.' })
    .regex(/^\.\.?\//, {
      error: 'photo must start with ./ (a path from team.yaml), like ./team/name.jpg.',
    })
    .refine((path) => imageExtensions.includes(posix.extname(path).toLowerCase()), {
      message: notAnImage.message,
      params: notAnImage.params,
      abort: true,
    })
    .refine((path) => exists(posix.join(folder, path)), {
      message: missingPhoto.message,
      params: missingPhoto.params,
    });
}

export function plainSchemas(teamFile: string, exists: (file: string) => boolean) {
  return {
    plans: planSchema(planId),
    faq: faqSchema(topicId),
    faqTopics: faqTopicSchema,
    comparison: comparisonRowSchema,
    licenses: licenseSchema,
    team: teamMemberSchema(photoPath(teamFile, exists)),
    supportHours: supportHoursSchema,
    site: siteSchema,
  } satisfies Record<CollectionName, z.ZodType>;
}
