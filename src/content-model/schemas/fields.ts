import { z } from 'astro/zod';
import { closestMatch } from '../../lib/spelling';

// Messages are read by content editors, not developers: each says what to write,
// with an example. What went wrong is described next to it by the content check
// (../check.ts), which quotes the bad value.

export const slug = (what: string) => {
  const form = `${what} must use lowercase letters, digits and single hyphens only, like "store-builder-plus-lifetime".`;
  return z
    .string({ error: `${what} must be text.` })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: form })
    .meta({ patternErrorMessage: form });
};

/**
 * Text shown on a page. `max` fits its place there: a heading, a table cell, a
 * line under a label; a longer text would break the layout on a phone.
 */
export const text = (what: string, max: number) =>
  z
    .string({ error: `${what} must be text.` })
    .trim()
    .min(1, { error: `${what} must not be empty: write some text.` })
    .max(max, { error: `Shorten ${what} to at most ${max} characters.` });

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

/** A clock time such as "08:30" (24-hour, quoted in YAML). */
export const clockTime = (what: string) => {
  const form = `${what} must be a 24-hour time in quotes, like "08:30" or "17:30".`;
  return z
    .string({ error: `${what} must be a time in quotes, like "08:30".` })
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: form })
    .meta({ patternErrorMessage: form });
};

export const isoDate = (what: string) =>
  z.iso.date({ error: `${what} must be a date written as YYYY-MM-DD, like 2027-01-01.` });

/** A strict object: a misspelt or unknown field is an error, not silently ignored. */
export function record<Shape extends z.ZodRawShape>(shape: Shape) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') return unknownFieldsMessage(issue.keys, known);
      if (issue.code === 'invalid_type') {
        return 'Write a group of fields here (one "field: value" line each), not a single value.';
      }
      return undefined;
    },
  });
}

function unknownFieldsMessage(keys: readonly string[], known: readonly string[]): string {
  const spelling = keys.map((key) => {
    const meant = closestMatch(key, known);
    return meant === undefined ? `"${key}"` : `"${key}" (did you mean "${meant}"?)`;
  });
  return `Check the spelling of ${spelling.join(' and ')}. Fields allowed here: ${known.join(', ')}.`;
}

/**
 * A rule that spans several fields, for `ctx.addIssue` in a superRefine: `problem`
 * says what is wrong and `fix` how to put it right. The content check shows them
 * apart; Astro's own error shows them as one sentence pair.
 */
export function ruleIssue(problem: string, fix: string, path?: PropertyKey[]) {
  return {
    code: 'custom' as const,
    message: `${problem} ${fix}`,
    params: { problem, fix },
    ...(path === undefined ? {} : { path }),
  };
}
