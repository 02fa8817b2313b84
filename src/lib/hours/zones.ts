import { MINUTE_MS, offsetMinutes } from './clock';

/** Weekday names as the content writes them, indexed like Date#getUTCDay (Sunday first). */
export const weekdayNames = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const;
export type Weekday = (typeof weekdayNames)[number];

/** The team's week, Monday first: the order days are listed in, on pages, in data and by editors. */
export const teamWeek = [...weekdayNames.slice(1), weekdayNames[0]] as const;

/** Days in the team's week order, whatever order they were given in. */
export function inWeekOrder<Day extends string>(days: readonly Day[]): Day[] {
  const position = (day: string) => (teamWeek as readonly string[]).indexOf(day);
  return [...days].sort((a, b) => position(a) - position(b));
}

// Creating a DateTimeFormat costs far more than using one; the island asks every minute.
const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** The UTC offset of an IANA zone at an instant, in minutes (Sydney in January: 660). */
export function zoneOffsetMinutes(timeZone: string, instant: Date | number): number {
  let format = offsetFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    offsetFormats.set(timeZone, format);
  }
  const name = format.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value;
  // "GMT" alone means UTC; otherwise "GMT+05:45".
  return !name || name === 'GMT' ? 0 : offsetMinutes(name.slice(3));
}

/** What a wall clock and calendar at some offset read at an instant. */
export interface WallTime {
  /** YYYY-MM-DD */
  date: string;
  weekday: Weekday;
  /** Minutes since local midnight. */
  minutes: number;
}

export function wallTimeAt(instant: Date | number, utcOffsetMinutes: number): WallTime {
  const wall = new Date(+instant + utcOffsetMinutes * MINUTE_MS);
  return {
    date: wall.toISOString().slice(0, 10),
    weekday: weekdayNames[wall.getUTCDay()] as Weekday,
    minutes: wall.getUTCHours() * 60 + wall.getUTCMinutes(),
  };
}

/**
 * Whether a zone is on daylight saving time at an instant: its offset then is
 * larger than the smaller of its January and July offsets that year, which is
 * its standard time on either hemisphere.
 */
export function isDaylightSaving(timeZone: string, instant: Date | number): boolean {
  const year = new Date(instant).getUTCFullYear();
  const standard = Math.min(
    zoneOffsetMinutes(timeZone, Date.UTC(year, 0, 1)),
    zoneOffsetMinutes(timeZone, Date.UTC(year, 6, 1)),
  );
  return zoneOffsetMinutes(timeZone, instant) > standard;
}

/** An instant as it reads in one IANA zone, with that zone's state at that instant. */
export interface ZonedTime extends WallTime {
  at: Date;
  timeZone: string;
  utcOffsetMinutes: number;
  daylightSaving: boolean;
}

export function zonedTime(timeZone: string, instant: Date | number): ZonedTime {
  const utcOffsetMinutes = zoneOffsetMinutes(timeZone, instant);
  return {
    ...wallTimeAt(instant, utcOffsetMinutes),
    at: new Date(instant),
    timeZone,
    utcOffsetMinutes,
    daylightSaving: isDaylightSaving(timeZone, instant),
  };
}
