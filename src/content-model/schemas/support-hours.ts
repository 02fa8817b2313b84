import { z } from 'astro/zod';
import { weekdayNames } from '../../lib/hours/zones';
import { clockTime, isoDate, record, ruleIssue, text } from './fields';

/** Monday first, as editors list the days. */
const weekdays = [...weekdayNames.slice(1), weekdayNames[0]] as const;

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const notATimeZone = ruleIssue(
  'It is not a time zone name.',
  'Use an IANA name such as Europe/London or America/New_York (the comment above referenceCities links to the full list).',
);

const city = record({
  name: text('A city name', 40).describe('The city as shown on the support hours page.'),
  timeZone: z
    .string({ error: 'timeZone must be text, like Europe/London.' })
    .refine(isTimeZone, { message: notATimeZone.message, params: notATimeZone.params })
    .describe('IANA time zone name, like Europe/London.'),
});

const offsetForm = 'utcOffset must look like "+03:00" or "-05:30", in quotes.';

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));

export const supportHoursSchema = record({
  businessDays: z
    .array(
      z.enum(weekdays, {
        error: `Days must be written in full, lowercase: ${weekdays.join(', ')}.`,
      }),
    )
    .min(1, { error: 'List at least one business day.' })
    .describe('Days the team works.'),
  opens: clockTime('opens').describe('Opening time at the offset below, like "08:30".'),
  closes: clockTime('closes').describe('Closing time at the offset below, like "17:30".'),
  utcOffset: z
    .string({ error: 'utcOffset must be text in quotes, like "+03:00".' })
    .regex(/^[+-](0\d|1[0-4]):[0-5]\d$/, { error: offsetForm })
    .meta({ patternErrorMessage: offsetForm })
    .describe("The team's fixed offset from UTC."),
  offsetLabel: text('offsetLabel', 20).describe('How the offset is written for people, like GMT+3.'),
  closures: z
    .array(isoDate('A closure date'))
    .default([])
    .describe("Whole days off, as YYYY-MM-DD at the team's offset."),
  referenceCities: z
    .array(city)
    .min(1, { error: 'List at least one reference city.' })
    .describe('Cities whose local hours the site shows, in this order.'),
}).superRefine((hours, ctx) => {
  if (minutesOf(hours.closes) <= minutesOf(hours.opens)) {
    ctx.addIssue(
      ruleIssue(
        `It is not later than the opening time (${hours.opens}).`,
        'Make closes later than opens, both at the offset in utcOffset.',
        ['closes'],
      ),
    );
  }
});
