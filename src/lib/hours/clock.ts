/** Clock arithmetic on "HH:MM" times and "+HH:MM" offsets, in whole minutes. */

export const MINUTE_MS = 60_000;
export const MINUTES_PER_DAY = 24 * 60;
export const DAY_MS = MINUTES_PER_DAY * MINUTE_MS;

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

/** 570 → "09:30"; minutes past midnight or before it wrap round the clock. */
export function formatClock(minutes: number): string {
  const normalized = ((minutes % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  const hours = Math.floor(normalized / 60);
  return `${String(hours).padStart(2, '0')}:${String(normalized % 60).padStart(2, '0')}`;
}

/** 180 → "UTC+3", -210 → "UTC−3:30" */
export function formatUtcOffset(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const sign = minutes < 0 ? '−' : '+';
  const absolute = Math.abs(minutes);
  const rest = absolute % 60;
  return `UTC${sign}${Math.floor(absolute / 60)}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}
