import path from 'node:path';
import { formatReport, readContent, readContentFiles } from '../../src/content-model';
import type { Plan, PricedPlan, SiteModel } from '../../src/content-model';

/**
 * The real site's facts, for browser tests of the built site: read from
 * src/content through the content model, so a test expects whatever an editor
 * wrote. What visitors should read is then worked out here with the platform's
 * Intl, not with the site's own formatting code, so a wrong page cannot agree
 * with a wrong expectation.
 */
async function readSiteModel(): Promise<SiteModel> {
  const result = readContent(await readContentFiles(path.resolve('.')));
  if (result.model === undefined) throw new Error(formatReport(result));
  return result.model;
}

export const site = await readSiteModel();

/** An amount as the site writes it: "$184", "$2,208", "$12.50". */
export function amount(cents: number): string {
  const decimals = cents % 100 === 0 ? 0 : 2;
  return new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: site.site.currency,
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(cents / 100);
}

export const pricedPlans = site.plans.priced;

/** A priced plan's list price per month under each billing, in cents. */
export function perMonth(plan: PricedPlan, billing: 'annual' | 'monthly'): number {
  return billing === 'annual' ? plan.prices.billedAnnually : plan.prices.billedMonthly;
}

/** "1 month", "3 months": English plurals written out, as the pages say them. */
export function months(count: number): string {
  return `${count} ${count === 1 ? 'month' : 'months'}`;
}

/** The plan with a monthly request allowance, if the site has one. */
export function allowancePlan(): (Plan & { requests: { perMonth: number } }) | undefined {
  return site.plans.all.find(
    (plan): plan is Plan & { requests: { perMonth: number } } => plan.requests !== 'unlimited',
  );
}

/** Minutes east of UTC: "+04:00" → 240, "GMT-08:00" → -480, "GMT" → 0. */
function offsetMinutes(offset: string): number {
  const match = /([+-])(\d{1,2}):?(\d{2})?$/.exec(offset);
  if (!match) return 0;
  const [, sign, hours = '0', minutes = '0'] = match;
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
}

/** A zone's offset from UTC at an instant, in minutes east. */
export function zoneOffset(timeZone: string, at: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName');
  return offsetMinutes(name?.value ?? 'GMT');
}

export const teamOffset = offsetMinutes(site.supportHours.utcOffset);

const minutesOfDay = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));

/** "9:00", "0:00", "21:30": a 24-hour clock time, as the city table writes it. */
const clock = (minutes: number) => {
  const inDay = ((minutes % 1440) + 1440) % 1440;
  return `${Math.floor(inDay / 60)}:${String(inDay % 60).padStart(2, '0')}`;
};

/**
 * Support's opening and closing times on a city's clock in its standard-time
 * season (the smaller of its January and July offsets).
 */
export function standardTimeHours(timeZone: string): { opens: string; closes: string } {
  const standard = Math.min(
    zoneOffset(timeZone, new Date(Date.UTC(2026, 0, 15))),
    zoneOffset(timeZone, new Date(Date.UTC(2026, 6, 15))),
  );
  const shift = standard - teamOffset;
  return {
    opens: clock(minutesOfDay(site.supportHours.opens) + shift),
    closes: clock(minutesOfDay(site.supportHours.closes) + shift),
  };
}

/** An FAQ question by its file name, with the topic it is filed under. */
export function faqQuestion(id: string): { question: string; topic: string; path: string } {
  for (const topic of site.faq.topics) {
    const found = topic.questions.find((question) => question.id === id);
    if (found) return { question: found.question, topic: topic.name, path: topic.path };
  }
  throw new Error(`No FAQ question ${id} in src/content/faq: the test names one that exists.`);
}

// Support hours on a visitor's clock, worked out with Intl alone.

export type HourCycle = 'h12' | 'h23';

const DAY_MS = 24 * 60 * 60 * 1000;
const weekdays = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** The instant a clock time ("09:00") falls at on a date ("2026-01-15") at the team's offset. */
export function atTeamTime(date: string, time: string): Date {
  return new Date(`${date}T${time}:00${site.supportHours.utcOffset}`);
}

/** A date ("2026-01-15") moved by whole days. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(date) + days * DAY_MS).toISOString().slice(0, 10);
}

const isBusinessDay = (date: string) =>
  (site.supportHours.businessDays as readonly string[]).includes(
    weekdays[new Date(Date.parse(date)).getUTCDay()] ?? '',
  );

/** The first of the team's business days on or after a date. */
export function businessDayFrom(date: string): string {
  let day = date;
  while (!isBusinessDay(day)) day = addDays(day, 1);
  return day;
}

/** The business days of the team's week (Monday to Sunday) that holds a date. */
export function businessDaysOfWeek(date: string): string[] {
  const monday = addDays(date, -((new Date(Date.parse(date)).getUTCDay() + 6) % 7));
  return Array.from({ length: 7 }, (_, day) => addDays(monday, day)).filter(isBusinessDay);
}

/** When a business day's hours open and close (the next day, if they close past midnight). */
export function teamWindow(date: string): { opens: Date; closes: Date } {
  const opens = atTeamTime(date, site.supportHours.opens);
  const closes = atTeamTime(date, site.supportHours.closes);
  return { opens, closes: closes > opens ? closes : new Date(+closes + DAY_MS) };
}

/** "9:00 PM" or "21:00" on a zone's clock. */
export function clockTime(at: Date, timeZone: string, hourCycle: HourCycle): string {
  return new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit', hourCycle, timeZone })
    .format(at)
    .replace(/^24:/, '00:');
}

/** "Wednesday" (or "Wed") on a zone's calendar. */
export function weekdayIn(at: Date, timeZone: string, short = false): string {
  return new Intl.DateTimeFormat('en', { weekday: short ? 'short' : 'long', timeZone }).format(at);
}

/** "2026-01-14" on a zone's calendar. */
export function dateIn(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(at);
}

/** "Sunday 9:00 PM – Monday 6:00 AM": a business day's hours on a zone's clock. */
export function windowIn(date: string, timeZone: string, hourCycle: HourCycle, short = false) {
  const { opens, closes } = teamWindow(date);
  const closesOn =
    dateIn(opens, timeZone) === dateIn(closes, timeZone)
      ? ''
      : `${weekdayIn(closes, timeZone, short)} `;
  return `${weekdayIn(opens, timeZone, short)} ${clockTime(opens, timeZone, hourCycle)} – ${closesOn}${clockTime(closes, timeZone, hourCycle)}`;
}

/** "today", "tomorrow" or the weekday of `at`, as seen on `now`'s date in a zone. */
export function dayFrom(now: Date, at: Date, timeZone: string): string {
  const days = Math.round(
    (Date.parse(dateIn(at, timeZone)) - Date.parse(dateIn(now, timeZone))) / DAY_MS,
  );
  return days === 0 ? 'today' : days === 1 ? 'tomorrow' : weekdayIn(at, timeZone);
}

/** "Thursday 15 January (GMT+4)": a business day as the city table's caption names it. */
export function teamDayCaption(date: string): string {
  const day = new Date(Date.parse(date));
  const weekday = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' }).format(
    day,
  );
  const dayMonth = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(day);
  return `${weekday} ${dayMonth} (${site.supportHours.offsetLabel})`;
}

/** "UTC−8", "UTC+5:30", "UTC": a zone's offset at an instant, as the island writes it. */
export function utcOffsetIn(at: Date, timeZone: string): string {
  const minutes = zoneOffset(timeZone, at);
  if (minutes === 0) return 'UTC';
  const rest = Math.abs(minutes) % 60;
  return `UTC${minutes < 0 ? '−' : '+'}${Math.floor(Math.abs(minutes) / 60)}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}

/** Whether a zone is on daylight saving time at an instant: ahead of its standard offset. */
export function daylightSavingIn(at: Date, timeZone: string): boolean {
  const year = at.getUTCFullYear();
  const standard = Math.min(
    zoneOffset(timeZone, new Date(Date.UTC(year, 0, 15))),
    zoneOffset(timeZone, new Date(Date.UTC(year, 6, 15))),
  );
  return zoneOffset(timeZone, at) > standard;
}
