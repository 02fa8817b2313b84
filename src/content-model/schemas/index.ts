import { z } from 'astro/zod';
import { extensionOf, folderOf, joinPath, type CollectionName } from '../files';
import { comparisonRowSchema } from './comparison';
import { position, record, ruleIssue, slug, text } from './fields';
import { licenseSchema } from './licenses';
import { planSchema } from './plans';
import { siteSchema } from './site';
import { supportHoursSchema } from './support-hours';

// The one entry to the schemas, for the content check and for generators (JSON Schema, a CMS form).
export { entryList } from './fields';
export { comparisonRowSchema, licenseSchema, planSchema, siteSchema, supportHoursSchema };

/**
 * The schema of each collection's entries. A reference to another entry is its id
 * here; whether that entry exists is a rule across files (../rules.ts). A photo is
 * a path to an image file that must exist beside team.yaml.
 */

export const faqSchema = record({
  question: text('question', 150).describe('The question as a visitor would ask it.'),
  topic: z
    .string({ error: 'topic must be the id of a topic in faq-topics.yaml, like reaching-us.' })
    .describe('Topic id from faq-topics.yaml.'),
  order: position().describe('Position within its topic, 1 first.'),
});

export const faqTopicSchema = record({
  id: slug('id').describe('Stable id that questions use in their topic field.'),
  name: text('name', 60).describe('Topic heading shown on the FAQ page.'),
  order: position().describe('Position on the FAQ page, 1 first.'),
});

export const pageTextSchema = record({
  shownOn: text('shownOn', 120).describe('Where the site shows this text, for editors.'),
});

/** @param photo Astro's `image()` in the build, a file check elsewhere. */
export const teamMemberSchema = <Photo extends z.ZodType>(photo: Photo) =>
  record({
    id: slug('id').describe('Short lowercase name, unique in the team.'),
    name: text('name', 60).describe('Name as shown on the team page.'),
    order: position().describe('Position on the team page, 1 first.'),
    role: text('role', 60).optional().describe('Job title, if known.'),
    photo: photo.optional().describe('Path to a photo from team.yaml, like ./team/name.jpg.'),
  });

/** The image formats Astro's image pipeline accepts. */
export const imageExtensions = ['.avif', '.gif', '.jpeg', '.jpg', '.png', '.svg', '.tiff', '.webp'];

const missingPhoto = ruleIssue(
  'There is no image file at this path.',
  'Put the photo in src/content/team/ and write its path from team.yaml, like ./team/name.jpg (letter case matters).',
);
const notAnImage = ruleIssue(
  'It is not an image file Astro can use.',
  `Use a photo ending in ${imageExtensions.join(', ')}.`,
);

const photoForm = z
  .string({ error: 'photo must be the path of an image file, like ./team/name.jpg.' })
  .regex(/^\.\.?\//, {
    error: 'photo must start with ./ (a path from team.yaml), like ./team/name.jpg.',
  })
  .meta({ patternErrorMessage: 'photo must start with ./, like ./team/name.jpg.' });

/**
 * @param yamlFile the file the path is written in, from the project root.
 * @param exists whether a file exists, by its path from the project root; the JSON
 * Schemas, which cannot look, leave it out.
 */
export function photoPath(yamlFile: string, exists?: (file: string) => boolean) {
  if (exists === undefined) return photoForm;
  const folder = folderOf(yamlFile);
  return photoForm
    .refine((path) => imageExtensions.includes(extensionOf(path).toLowerCase()), {
      message: notAnImage.message,
      params: notAnImage.params,
      abort: true,
    })
    .refine((path) => exists(joinPath(folder, path)), {
      message: missingPhoto.message,
      params: missingPhoto.params,
    });
}

/** @param exists as for {@link photoPath}: left out, the photo's file is not looked for. */
export function contentSchemas(teamFile: string, exists?: (file: string) => boolean) {
  return {
    plans: planSchema,
    faq: faqSchema,
    texts: pageTextSchema,
    faqTopics: faqTopicSchema,
    comparison: comparisonRowSchema,
    licenses: licenseSchema,
    team: teamMemberSchema(photoPath(teamFile, exists)),
    supportHours: supportHoursSchema,
    site: siteSchema,
  } satisfies Record<CollectionName, z.ZodType>;
}

/** What each collection's schema makes of a valid entry. */
export type EntryData = {
  [Name in CollectionName]: z.output<ReturnType<typeof contentSchemas>[Name]>;
};
