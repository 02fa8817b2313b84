import { capitalize } from '../describe';
import { DAY_MS, MINUTE_MS } from './clock';
import type { SupportStatus, ZonedWindow } from './schedule';
import { zonedTime, type ZonedTime } from './zones';

/**
 * Sentences for the visitor's own time. Words stay in the page's language
 * (English); the clock follows the visitor's locale: "21:30" or "9:30 PM".
 */

export type HourCycle = 'h11' | 'h12' | 'h23' | 'h24';

/** The visitor's zone, as the browser reports it. */
export function visitorTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Whether the visitor's locale reads a 12- or a 24-hour clock. */
export function visitorHourCycle(): HourCycle {
  return (
    new Intl.DateTimeFormat(undefined, { hour: 'numeric' }).resolvedOptions().hourCycle ?? 'h23'
  );
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** "21:30" or "9:30 PM", on the moment's own zone's clock. */
export function formatTime(moment: ZonedTime, hourCycle: HourCycle): string {
  const { timeZone } = moment;
  const key = `${timeZone} ${hourCycle}`;
  let format = timeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en', {
      hour: 'numeric',
      minute: '2-digit',
      hourCycle,
      timeZone,
    });
    timeFormats.set(key, format);
  }
  return format.format(moment.at);
}

/** "Monday", or "Mon" when `short`. */
function weekdayName(moment: ZonedTime, short: boolean): string {
  const name = capitalize(moment.weekday);
  return short ? name.slice(0, 3) : name;
}

/**
 * "Sunday 21:30 – Monday 06:30" (or "Sun 21:30 – Mon 06:30"); the second weekday
 * only when the date changes.
 */
export function describeWindow(
  { opens, closes }: ZonedWindow,
  hourCycle: HourCycle,
  short = false,
): string {
  const closesOn = closes.date === opens.date ? '' : `${weekdayName(closes, short)} `;
  return `${weekdayName(opens, short)} ${formatTime(opens, hourCycle)} – ${closesOn}${formatTime(closes, hourCycle)}`;
}

/** "1 day", "2 days": Intl knows the plural. */
const dayCount = new Intl.NumberFormat('en', { style: 'unit', unit: 'day', unitDisplay: 'long' });

/** 130 → "2 h 10 min", 3780 → "2 days 15 h", 0 → "0 min" */
export function describeWait(minutes: number): string {
  const days = Math.floor(minutes / (24 * 60));
  const hours = Math.floor(minutes / 60) % 24;
  const rest = minutes % 60;
  return [
    days ? dayCount.format(days) : '',
    hours ? `${hours} h` : '',
    rest || !minutes ? `${rest} min` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** "today", "tomorrow" or the weekday, seen from the visitor's own date. */
function dayWord(moment: ZonedTime, today: ZonedTime): string {
  const days = Math.round((Date.parse(moment.date) - Date.parse(today.date)) / DAY_MS);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  return capitalize(moment.weekday);
}

/**
 * "Open now — closes at 15:30 your time" or
 * "Closed — opens Monday at 06:30 your time, in 2 h 10 min".
 */
export function describeStatus(
  status: SupportStatus,
  now: Date | number,
  timeZone: string,
  hourCycle: HourCycle,
): string {
  const today = zonedTime(timeZone, now);
  if (status.open) {
    const closes = zonedTime(timeZone, status.closesAt);
    const day = closes.date === today.date ? '' : `${dayWord(closes, today)} `;
    return `Open now — closes ${day}at ${formatTime(closes, hourCycle)} your time`;
  }
  if (!status.opensAt) return 'Closed — no opening hours are scheduled yet';
  const opens = zonedTime(timeZone, status.opensAt);
  const wait = Math.ceil((+status.opensAt - +now) / MINUTE_MS);
  return `Closed — opens ${dayWord(opens, today)} at ${formatTime(opens, hourCycle)} your time, in ${describeWait(wait)}`;
}
