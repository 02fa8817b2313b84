/** Support hours as the content gives them: a fixed UTC offset, no daylight saving. */
export interface SupportHours {
  businessDays: readonly string[];
  opens: string;
  closes: string;
  utcOffset: string;
}

const MINUTES_PER_DAY = 24 * 60;

/** "09:30" → 570 */
export function minutesOfDay(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/** "+03:00" → 180, "-03:30" → -210 */
export function offsetMinutes(offset: string): number {
  const sign = offset.startsWith('-') ? -1 : 1;
  return sign * minutesOfDay(offset.slice(1));
}

/** The UTC offset of an IANA zone at an instant, in minutes (Sydney in January: 660). */
export function zoneOffsetMinutes(timeZone: string, instant: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
  // "GMT" alone means UTC; otherwise "GMT+05:45".
  return !name || name === 'GMT' ? 0 : offsetMinutes(name.slice(3));
}

export function formatClock(minutes: number): string {
  const normalized = ((minutes % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  const hours = Math.floor(normalized / 60);
  return `${String(hours).padStart(2, '0')}:${String(normalized % 60).padStart(2, '0')}`;
}

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
  const january = zoneOffsetMinutes(timeZone, new Date(Date.UTC(year, 0, 15)));
  const july = zoneOffsetMinutes(timeZone, new Date(Date.UTC(year, 6, 15)));
  const standard = windowAtOffset(hours, Math.min(january, july));
  if (january === july) return { standard };
  return { standard, daylight: windowAtOffset(hours, Math.max(january, july)) };
}

/** 180 → "UTC+3", -210 → "UTC−3:30" */
export function formatUtcOffset(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const sign = minutes < 0 ? '−' : '+';
  const absolute = Math.abs(minutes);
  const rest = absolute % 60;
  return `UTC${sign}${Math.floor(absolute / 60)}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}
