import { inWeekOrder, teamWeek } from './hours/zones';

/**
 * Plain-English wording for facts, shared by pages, fact components and the hours
 * island. (The price calculator's island imports none of it: a module two islands
 * import becomes a chunk, and a request, of its own.)
 */

export type RequestAllowance = 'unlimited' | { perMonth: number };

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Whether two plans allow the same requests (a plan without a parent compares with none). */
export function sameRequests(a: RequestAllowance | undefined, b: RequestAllowance | undefined) {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function describeRequests(requests: RequestAllowance): string {
  return requests === 'unlimited'
    ? 'an unlimited number of requests'
    : `${plural(requests.perMonth, 'request')} per month`;
}

export function describeResponseTime(hours: number): string {
  return `within ${plural(hours, 'hour')}`;
}

/** The Standard support a license includes: for as long as it runs, or for some months. */
export type IncludedSupport = { entireSubscription: true } | { months: number };

export function describeIncludedSupport(included: IncludedSupport): string {
  return 'months' in included ? plural(included.months, 'month') : 'the entire subscription period';
}

/**
 * How long the Standard support a license includes lasts. The source gives the
 * months but not the day they start from, so neither does this.
 */
export function describeIncludedSupportTerm(included: IncludedSupport): string {
  return 'months' in included
    ? plural(included.months, 'month')
    : 'the entire subscription period, until the subscription ends';
}

/** ["monday", …, "friday"] → "Monday to Friday"; gaps are listed: "Monday, Wednesday". */
export function describeDays(days: readonly string[]): string {
  const sorted = inWeekOrder(days);
  const first = sorted[0];
  const last = sorted.at(-1);
  if (first === undefined || last === undefined) return '';
  const week: readonly string[] = teamWeek;
  const consecutive = week.indexOf(last) - week.indexOf(first) === sorted.length - 1;
  if (consecutive && sorted.length > 2) return `${capitalize(first)} to ${capitalize(last)}`;
  return sorted.map(capitalize).join(', ');
}

/** "08:30" → "8:30", keeping 24-hour times readable in running text. */
export function describeClock(time: string): string {
  return time.replace(/^0(\d)/, '$1');
}

/** "8:30 to 17:30": the team's hours in running text, at their offset. */
export function describeOpeningHours(hours: { opens: string; closes: string }): string {
  return `${describeClock(hours.opens)} to ${describeClock(hours.closes)}`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
