import { DAY_MS, MINUTE_MS, minutesOfDay, offsetMinutes } from './clock';
import { wallTimeAt, weekdayNames, zonedTime, type Weekday, type ZonedTime } from './zones';

/** Support hours as the content gives them: a fixed UTC offset, no daylight saving. */
export interface SupportHours {
  /** Lowercase weekday names, like "monday". */
  businessDays: readonly string[];
  /** "HH:MM" at `utcOffset`; closing is later the same day. */
  opens: string;
  closes: string;
  /** "+HH:MM" or "-HH:MM" */
  utcOffset: string;
  /** YYYY-MM-DD dates, at `utcOffset`, when support is closed all day. */
  closures?: readonly string[] | undefined;
}

/** One working day of the team, as instants. */
export interface SupportWindow {
  /** The team's own date and weekday (at its offset). */
  date: string;
  weekday: Weekday;
  opens: Date;
  closes: Date;
  /** The date is a closure: support stays closed all that day. */
  closed: boolean;
}

/** Whole days since 1970-01-01 on the team's calendar, at an instant. */
function teamDayNumber(hours: SupportHours, instant: Date | number): number {
  return Math.floor((+instant + offsetMinutes(hours.utcOffset) * MINUTE_MS) / DAY_MS);
}

function windowOnTeamDay(hours: SupportHours, day: number): SupportWindow | undefined {
  const midnightAsUtc = day * DAY_MS;
  const weekday = weekdayNames[new Date(midnightAsUtc).getUTCDay()] as Weekday;
  if (!hours.businessDays.includes(weekday)) return undefined;
  const { date } = wallTimeAt(midnightAsUtc, 0);
  const midnight = midnightAsUtc - offsetMinutes(hours.utcOffset) * MINUTE_MS;
  return {
    date,
    weekday,
    opens: new Date(midnight + minutesOfDay(hours.opens) * MINUTE_MS),
    closes: new Date(midnight + minutesOfDay(hours.closes) * MINUTE_MS),
    closed: hours.closures?.includes(date) ?? false,
  };
}

/** Far enough to step over any run of closures an editor could plausibly list. */
const SEARCH_DAYS = 400;

/** The first working window, from the team's current day on, that `accepts` takes. */
function findWindow(
  hours: SupportHours,
  instant: Date | number,
  accepts: (window: SupportWindow) => boolean,
): SupportWindow | undefined {
  const today = teamDayNumber(hours, instant);
  for (let day = today; day < today + SEARCH_DAYS; day++) {
    const window = windowOnTeamDay(hours, day);
    if (window && !window.closed && accepts(window)) return window;
  }
  return undefined;
}

/** The window support is open in now, or else the next one. */
export function currentOrNextWindow(
  hours: SupportHours,
  instant: Date | number,
): SupportWindow | undefined {
  return findWindow(hours, instant, (window) => +window.closes > +instant);
}

/** Open from the opening minute itself up to, not including, the closing minute. */
export type SupportStatus =
  { open: true; closesAt: Date } | { open: false; opensAt: Date | undefined };

export function supportStatus(hours: SupportHours, instant: Date | number): SupportStatus {
  const window = currentOrNextWindow(hours, instant);
  if (window && +window.opens <= +instant) return { open: true, closesAt: window.closes };
  return { open: false, opensAt: window?.opens };
}

/** The team's week (Monday to Sunday) that holds `instant`: its business days, closures included. */
export function weekWindows(hours: SupportHours, instant: Date | number): SupportWindow[] {
  const today = teamDayNumber(hours, instant);
  const monday = today - ((new Date(today * DAY_MS).getUTCDay() + 6) % 7);
  const windows: SupportWindow[] = [];
  for (let day = monday; day < monday + 7; day++) {
    const window = windowOnTeamDay(hours, day);
    if (window) windows.push(window);
  }
  return windows;
}

/** A window as it reads in one zone: local weekday, date and clock, and that zone's state. */
export interface ZonedWindow {
  window: SupportWindow;
  opens: ZonedTime;
  closes: ZonedTime;
}

export function inZone(window: SupportWindow, timeZone: string): ZonedWindow {
  return {
    window,
    opens: zonedTime(timeZone, window.opens),
    closes: zonedTime(timeZone, window.closes),
  };
}

/**
 * The weekly schedule in any IANA zone for the team's week holding `instant`. Each
 * window is converted at its own instants, so a week that spans a clock change
 * shows the hours before and after it.
 */
export function weekSchedule(
  hours: SupportHours,
  timeZone: string,
  instant: Date | number,
): ZonedWindow[] {
  return weekWindows(hours, instant).map((window) => inZone(window, timeZone));
}
