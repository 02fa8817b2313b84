import {
  DAY_MS,
  MINUTE_MS,
  MINUTES_PER_DAY,
  formatClock,
  minutesOfDay,
  offsetMinutes,
} from './clock';
import type { SupportHours } from './schedule';
import { isDaylightSaving, wallTimeAt, zoneOffsetMinutes } from './zones';

/** The support window at some other offset: clock times and how many days they shift. */
export interface LocalWindow {
  opens: string;
  closes: string;
  /** Days the opening moves relative to the team's day: -1 means the evening before. */
  opensDayShift: number;
  closesDayShift: number;
  utcOffsetMinutes: number;
}

export function windowAtOffset(hours: SupportHours, targetOffset: number): LocalWindow {
  const shift = targetOffset - offsetMinutes(hours.utcOffset);
  const opens = minutesOfDay(hours.opens) + shift;
  const closes = minutesOfDay(hours.closes) + shift;
  return {
    opens: formatClock(opens),
    closes: formatClock(closes),
    opensDayShift: Math.floor(opens / MINUTES_PER_DAY),
    closesDayShift: Math.floor(closes / MINUTES_PER_DAY),
    utcOffsetMinutes: targetOffset,
  };
}

export interface CitySeasons {
  /** The window while the zone is on standard time. */
  standard: LocalWindow;
  /** The window during daylight saving time, if the zone observes it. */
  daylight?: LocalWindow;
}

/**
 * The support window in a zone in both of its seasons. A zone's offsets in
 * January and July of `year` are its two seasons on either hemisphere; the larger
 * one is daylight time.
 */
export function citySeasons(hours: SupportHours, timeZone: string, year: number): CitySeasons {
  const january = zoneOffsetMinutes(timeZone, Date.UTC(year, 0, 15));
  const july = zoneOffsetMinutes(timeZone, Date.UTC(year, 6, 15));
  const standard = windowAtOffset(hours, Math.min(january, july));
  if (january === july) return { standard };
  return { standard, daylight: windowAtOffset(hours, Math.max(january, july)) };
}

/** A moment a zone's clocks move. */
export interface ClockChange {
  at: Date;
  /** The zone's own date on the day its clocks move. */
  date: string;
  /** True when the clocks go forward into daylight saving time. */
  startsDaylightSaving: boolean;
}

/** Every clock change of a zone in a (UTC) calendar year, found to the minute. */
export function clockChanges(timeZone: string, year: number): ClockChange[] {
  const changes: ClockChange[] = [];
  const end = Date.UTC(year + 1, 0, 1);
  for (let day = Date.UTC(year, 0, 1); day < end; day += DAY_MS) {
    const before = zoneOffsetMinutes(timeZone, day);
    const after = zoneOffsetMinutes(timeZone, day + DAY_MS);
    if (before === after) continue;
    // Narrow the day down to the first minute on the new offset.
    let low = day;
    let high = day + DAY_MS;
    while (high - low > MINUTE_MS) {
      const middle = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS;
      if (zoneOffsetMinutes(timeZone, middle) === before) low = middle;
      else high = middle;
    }
    changes.push({
      at: new Date(high),
      date: wallTimeAt(high, after).date,
      startsDaylightSaving: after > before,
    });
  }
  return changes;
}

/** Places whose clocks move on the same dates in a year. */
export interface ClockChangeGroup<Place> {
  places: Place[];
  /** Changes on the places' own calendars (the same dates for every place). */
  changes: ClockChange[];
  /** On daylight saving time in July: the northern hemisphere's season. */
  northern: boolean;
}

export interface GroupedByClockChanges<Place> {
  groups: ClockChangeGroup<Place>[];
  /** Places whose clocks do not move that year. */
  unchanging: Place[];
}

export function groupByClockChanges<Place extends { timeZone: string }>(
  places: readonly Place[],
  year: number,
): GroupedByClockChanges<Place> {
  const byDates = new Map<string, ClockChangeGroup<Place>>();
  const unchanging: Place[] = [];
  for (const place of places) {
    const changes = clockChanges(place.timeZone, year);
    if (changes.length === 0) {
      unchanging.push(place);
      continue;
    }
    const key = changes.map((change) => change.date).join();
    const group = byDates.get(key);
    if (group) group.places.push(place);
    else {
      const northern = isDaylightSaving(place.timeZone, Date.UTC(year, 6, 1));
      byDates.set(key, { places: [place], changes, northern });
    }
  }
  return { groups: [...byDates.values()], unchanging };
}

/** Days (inclusive) when places on one hemisphere disagree about daylight saving time. */
export interface MixedPeriod<Place> {
  from: string;
  to: string;
  daylight: ClockChangeGroup<Place>[];
  standard: ClockChangeGroup<Place>[];
}

const dayBefore = (date: string) => wallTimeAt(Date.parse(date) - DAY_MS, 0).date;

/**
 * The stretches of a year when some groups on a hemisphere have moved their clocks
 * and others have not yet (the weeks US and European clocks differ). Groups on
 * opposite hemispheres always differ, so they are not compared.
 */
export function mixedPeriods<Place extends { timeZone: string }>(
  groups: readonly ClockChangeGroup<Place>[],
): MixedPeriod<Place>[] {
  const periods: MixedPeriod<Place>[] = [];
  for (const northern of [true, false]) {
    const hemisphere = groups.filter((group) => group.northern === northern);
    const dates = [
      ...new Set(hemisphere.flatMap((group) => group.changes.map((change) => change.date))),
    ].sort();
    for (const [index, date] of dates.entries()) {
      const next = dates[index + 1];
      if (next === undefined) break;
      // Clocks move in the small hours and no zone is 14 hours from UTC, so by the
      // next UTC midnight every zone has made its change of that local date.
      const settled = Date.parse(date) + DAY_MS;
      const daylight = hemisphere.filter((group) =>
        isDaylightSaving(group.places[0]?.timeZone ?? 'UTC', settled),
      );
      const standard = hemisphere.filter((group) => !daylight.includes(group));
      if (daylight.length > 0 && standard.length > 0) {
        periods.push({ from: date, to: dayBefore(next), daylight, standard });
      }
    }
  }
  return periods.sort((a, b) => a.from.localeCompare(b.from));
}

/** Days (inclusive, on the zone's own calendar) a zone spends on one kind of time. */
export interface SeasonSpan {
  from: string;
  to: string;
  daylight: boolean;
}

/**
 * A zone's calendar year cut where its clocks move: which days it is on standard
 * time and which on daylight saving time. On the day of a change the new time
 * holds from the small hours, so that day counts to the new season. South of the
 * equator the year starts and ends on daylight saving time.
 */
export function seasonSpans(timeZone: string, year: number): SeasonSpan[] {
  const spans: SeasonSpan[] = [];
  let from = `${year}-01-01`;
  // Noon UTC on 1 January is 1 January in every zone but those 12 or more hours from UTC.
  let daylight = isDaylightSaving(timeZone, Date.UTC(year, 0, 1, 12));
  for (const change of clockChanges(timeZone, year)) {
    if (change.date.startsWith(`${year}-`)) {
      spans.push({ from, to: dayBefore(change.date), daylight });
      from = change.date;
    }
    daylight = change.startsDaylightSaving;
  }
  spans.push({ from, to: `${year}-12-31`, daylight });
  return spans.filter((span) => span.from <= span.to);
}
