import { z } from 'astro/zod';
import { numberAsWritten } from '../yaml';
import { record } from './fields';

/**
 * A plan's list prices, written as the page shows them (`175`, `175.50`) and
 * turned into integer cents here, once. YAML hands `19.99` over as a float, so
 * the cents come from the number's text as the editor wrote it, with integer
 * arithmetic. A plausible range per month catches a unit slip either way: an
 * old price in cents (17500 for 175) or a slipped point (1.84) falls outside it.
 */
export const monthlyRateLimits = { min: 10, max: 5000 } as const;

/** Digits, and at most two decimals after a point: what a price tag shows. */
const moneyText = /^(\d+)(?:\.(\d{1,2}))?$/;

/** Cents from a price as written ("175.5" → 17550), or undefined when it is not one. */
export function centsFromText(written: string): number | undefined {
  const match = moneyText.exec(written);
  if (!match) return undefined;
  const [, whole = '', fraction = ''] = match;
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

/** Cents as a price is written: 17550 → "175.50", 17500 → "175". */
export const centsAsText = (cents: number) =>
  cents % 100 === 0
    ? String(cents / 100)
    : `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;

const { min, max } = monthlyRateLimits;

function monthlyRate(what: string) {
  const form = `Write ${what} as the page shows the monthly price, like 184 or 184.50, with no currency sign or quotes.`;
  return (
    z
      .number({ error: form })
      .int({ error: form })
      // The input is the price as written; the schema's output is in cents.
      .meta({ type: 'number', minimum: min, maximum: max, multipleOf: 0.01 })
  );
}

/** What is wrong with a price as written, if anything; else its cents. */
function centsOrProblem(what: string, written: string) {
  const cents = centsFromText(written);
  const range = `Write ${what} as the page shows the monthly price, from ${min} to ${max}, like 184 or 184.50`;
  if (cents === undefined) {
    return {
      problem: `It is written as ${written}, not as a price is shown.`,
      fix: `${range}: digits, with at most two decimals.`,
    };
  }
  if (cents < min * 100) {
    return { problem: `It is ${written} a month, below ${min}, the lowest plausible price.`, fix: `${range}.` };
  }
  if (cents > max * 100) {
    return {
      problem: `It is ${written} a month, above ${max}, the highest plausible price.`,
      fix: `${range}; a price in cents (18400 for 184) is 100 times too high.`,
    };
  }
  return { cents };
}

/** @param what the field, like "pricePerMonth". */
export function pricesPerMonth(what: string) {
  const prices = record({
    billedAnnually: monthlyRate(`${what}.billedAnnually`).describe(
      'Monthly price when paid once a year, as the page shows it (184 or 184.50).',
    ),
    billedMonthly: monthlyRate(`${what}.billedMonthly`).describe(
      'Monthly price when paid every month, as the page shows it (220 or 219.99).',
    ),
  });
  return z.preprocess((raw, ctx) => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
    const inCents: Record<string, unknown> = { ...raw };
    for (const [key, value] of Object.entries(raw)) {
      if (typeof value !== 'number') continue;
      // Without a YAML reader (data handed over as values) the number's own text stands in.
      const found = centsOrProblem(`${what}.${key}`, numberAsWritten(raw, key) ?? String(value));
      if ('cents' in found) inCents[key] = found.cents;
      else {
        ctx.addIssue({
          code: 'custom',
          input: value,
          path: [key],
          message: `${found.problem} ${found.fix}`,
          params: found,
        });
      }
    }
    return inCents;
  }, prices);
}
