import { z } from 'astro/zod';

// Messages are read by content editors, not developers: they say what to write.

export const slug = (what: string) =>
  z.string({ error: `${what} must be text.` }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: `${what} must use lowercase letters, digits and single hyphens only, like "store-builder-plus-lifetime".`,
  });

export const text = (what: string) =>
  z
    .string({ error: `${what} must be text.` })
    .trim()
    .min(1, { error: `${what} is empty: write some text.` });

export const position = (what = 'order') =>
  z
    .number({ error: `${what} must be a number, like 1 for first place.` })
    .int({ error: `${what} must be a whole number, like 1, 2 or 3.` })
    .positive({ error: `${what} must be 1 or more.` });

export const wholeCount = (what: string) =>
  z
    .number({ error: `${what} must be a number, written without quotes.` })
    .int({ error: `${what} must be a whole number.` })
    .positive({ error: `${what} must be 1 or more.` });

export const cents = (what: string) =>
  z
    .number({
      error: `${what} must be a number of cents, like 12500 for 125.00, with no currency sign or quotes.`,
    })
    .int({ error: `${what} must be a whole number of cents, like 12500 for 125.00.` })
    .positive({ error: `${what} must be more than zero.` });

export const url = (what: string) =>
  z.url({ error: `${what} must be a full web address starting with https://.` });

/** A clock time such as "08:30" (24-hour, quoted in YAML). */
export const clockTime = (what: string) =>
  z
    .string({ error: `${what} must be a time in quotes, like "08:30".` })
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, {
      error: `${what} must be a 24-hour time in quotes, like "08:30" or "17:30".`,
    });

export const isoDate = (what: string) =>
  z.iso.date({ error: `${what} must be a date written as YYYY-MM-DD, like 2027-01-01.` });

/** A strict object: a misspelt or unknown field is an error, not silently ignored. */
export function record<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') {
        const known = Object.keys(shape).join(', ');
        const unknown = issue.keys.map((key) => `"${key}"`).join(', ');
        return `Unknown field ${unknown}: check its spelling. Fields allowed here: ${known}.`;
      }
      if (issue.code === 'invalid_type') {
        return 'Expected a group of fields here (field: value lines), not a single value.';
      }
      return undefined;
    },
  });
}
