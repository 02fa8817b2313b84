import { z } from 'astro/zod';
import { closestMatch } from '../../lib/spelling';

// Messages are read by content editors, not developers: each says what to write,
// with an example. What went wrong is described next to it by the content check
// (../check.ts), which quotes the bad value.

export const slug = (what: string) => {
  const form = `${what} must use lowercase letters, digits and single hyphens only, like "store-builder-plus-lifetime".`;
  return z
    .string({ error: `${what} must be a short name in lowercase words joined by hyphens, like "new-entry".` })
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

/**
 * A YAML file that lists entries, each a group of fields with its own `id`. A
 * repeated id is refused (a loader would let it silently replace the earlier entry),
 * whatever else is wrong with the entries.
 */
export function entryList<Entry extends z.ZodType>(entry: Entry) {
  return z
    .array(entry, {
      error: 'Start each entry with "- id:" at the left margin, its other fields indented below it.',
    })
    .superRefine(
      (entries, ctx) => {
        // It runs on a list with mistakes too; a file that is not a list is reported as such.
        if (!Array.isArray(entries)) return;
        const first = new Map<unknown, number>();
        entries.forEach((item: unknown, index) => {
          const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
          if (typeof id !== 'string') return;
          const earlier = first.get(id);
          if (earlier === undefined) first.set(id, index);
          else {
            ctx.addIssue(
              ruleIssue(`Entries ${earlier + 1} and ${index + 1} both use this id.`, 'Give each entry its own id.', [index, 'id']),
            );
          }
        });
      },
      { when: () => true },
    );
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
