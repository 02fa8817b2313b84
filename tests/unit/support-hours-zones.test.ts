import { describe, expect, it } from 'vitest';
import {
  clockChanges,
  formatClock,
  weekSchedule,
  zonedTime,
  type ZonedWindow,
} from '../../src/lib/support-hours';
import { fixtureHours } from '../support/hours-fixture';

const hours = fixtureHours;

/** "sunday 21:00 – monday 06:00" in the zone: the local days and clocks. */
const local = ({ opens, closes }: ZonedWindow) =>
  `${opens.weekday} ${formatClock(opens.minutes)} – ${closes.weekday} ${formatClock(closes.minutes)}`;

const firstWindow = (timeZone: string, instant: string) => {
  const window = weekSchedule(hours, timeZone, new Date(instant))[0];
  if (!window) throw new Error(`No window in the week of ${instant}`);
  return window;
};
const lastWindow = (timeZone: string, instant: string) => {
  const window = weekSchedule(hours, timeZone, new Date(instant)).at(-1);
  if (!window) throw new Error(`No window in the week of ${instant}`);
  return window;
};

interface Switch {
  zone: string;
  /** The first instant on the new offset. */
  at: string;
  /** The zone's own date that day. */
  date: string;
  forward: boolean;
  /** The Friday window before the switch and the Monday window after it, locally. */
  friday: string;
  monday: string;
}

// Every 2026 and 2027 switch in the US, the EU and Sydney. The Friday before and the
// Monday after show the hours on either side.
const switches: Switch[] = [
  ...[
    ['2026-03-08T07:00Z', true],
    ['2026-11-01T06:00Z', false],
    ['2027-03-14T07:00Z', true],
    ['2027-11-07T06:00Z', false],
  ].map(([at, forward]) => ({
    zone: 'America/New_York',
    at: String(at),
    date: String(at).slice(0, 10),
    forward: Boolean(forward),
    friday: forward ? 'friday 00:00 – friday 09:00' : 'friday 01:00 – friday 10:00',
    monday: forward ? 'monday 01:00 – monday 10:00' : 'monday 00:00 – monday 09:00',
  })),
  ...[
    ['2026-03-08T10:00Z', true],
    ['2026-11-01T09:00Z', false],
    ['2027-03-14T10:00Z', true],
    ['2027-11-07T09:00Z', false],
  ].map(([at, forward]) => ({
    zone: 'America/Los_Angeles',
    at: String(at),
    date: String(at).slice(0, 10),
    forward: Boolean(forward),
    friday: forward ? 'thursday 21:00 – friday 06:00' : 'thursday 22:00 – friday 07:00',
    monday: forward ? 'sunday 22:00 – monday 07:00' : 'sunday 21:00 – monday 06:00',
  })),
  ...['2026-03-29', '2026-10-25', '2027-03-28', '2027-10-31'].flatMap((date, index) => {
    const forward = index % 2 === 0;
    return [
      {
        zone: 'Europe/London',
        at: `${date}T01:00Z`,
        date,
        forward,
        friday: forward ? 'friday 05:00 – friday 14:00' : 'friday 06:00 – friday 15:00',
        monday: forward ? 'monday 06:00 – monday 15:00' : 'monday 05:00 – monday 14:00',
      },
      {
        zone: 'Europe/Berlin',
        at: `${date}T01:00Z`,
        date,
        forward,
        friday: forward ? 'friday 06:00 – friday 15:00' : 'friday 07:00 – friday 16:00',
        monday: forward ? 'monday 07:00 – monday 16:00' : 'monday 06:00 – monday 15:00',
      },
    ];
  }),
  ...[
    ['2026-04-04T16:00Z', '2026-04-05', false],
    ['2026-10-03T16:00Z', '2026-10-04', true],
    ['2027-04-03T16:00Z', '2027-04-04', false],
    ['2027-10-02T16:00Z', '2027-10-03', true],
  ].map(([at, date, forward]) => ({
    zone: 'Australia/Sydney',
    at: String(at),
    date: String(date),
    forward: Boolean(forward),
    friday: forward ? 'friday 15:00 – saturday 00:00' : 'friday 16:00 – saturday 01:00',
    monday: forward ? 'monday 16:00 – tuesday 01:00' : 'monday 15:00 – tuesday 00:00',
  })),
];

const DAY = 86_400_000;

describe.each(switches)('$zone switches at $at', ({ zone, at, date, forward, friday, monday }) => {
  const instant = new Date(at);

  it('is found to the minute, on the zone’s own date', () => {
    expect(clockChanges(zone, instant.getUTCFullYear())).toContainEqual({
      at: instant,
      date,
      startsDaylightSaving: forward,
    });
  });

  it('moves the offset by an hour at that instant and flags daylight saving time', () => {
    const before = zonedTime(zone, +instant - 60_000);
    const after = zonedTime(zone, instant);
    expect(after.utcOffsetMinutes - before.utcOffsetMinutes).toBe(forward ? 60 : -60);
    expect([before.daylightSaving, after.daylightSaving]).toEqual([!forward, forward]);
  });

  it('shifts the local hours between the Friday before and the Monday after', () => {
    expect(local(lastWindow(zone, new Date(+instant - 2 * DAY).toISOString()))).toBe(friday);
    expect(local(firstWindow(zone, new Date(+instant + 2 * DAY).toISOString()))).toBe(monday);
  });
});

it('finds exactly two changes a year in each of these zones, and none in Tokyo', () => {
  for (const zone of ['America/New_York', 'Europe/Rome', 'Australia/Sydney']) {
    for (const year of [2026, 2027]) expect(clockChanges(zone, year)).toHaveLength(2);
  }
  expect(clockChanges('Asia/Tokyo', 2026)).toEqual([]);
});

describe('between the US and EU switches', () => {
  it('on 2027-03-15 New York is on daylight time and London is not', () => {
    const newYork = firstWindow('America/New_York', '2027-03-15T12:00Z');
    const london = firstWindow('Europe/London', '2027-03-15T12:00Z');
    expect(newYork.window.date).toBe('2027-03-15');
    expect(local(newYork)).toBe('monday 01:00 – monday 10:00');
    expect(local(london)).toBe('monday 05:00 – monday 14:00');
    expect(newYork.opens.daylightSaving).toBe(true);
    expect(london.opens.daylightSaving).toBe(false);
  });
});

describe('weekday shifts', () => {
  it('Los Angeles in January: Sunday 21:00 to Monday 06:00', () => {
    const week = weekSchedule(hours, 'America/Los_Angeles', new Date('2026-01-14T18:00Z'));
    expect(week.map(local)).toEqual([
      'sunday 21:00 – monday 06:00',
      'monday 21:00 – tuesday 06:00',
      'tuesday 21:00 – wednesday 06:00',
      'wednesday 21:00 – thursday 06:00',
      'thursday 21:00 – friday 06:00',
    ]);
    expect(week[0]?.opens.date).toBe('2026-01-11');
    expect(week[0]?.window.date).toBe('2026-01-12');
  });

  it('Sydney in January: 16:00 to 01:00 the next day', () => {
    const week = weekSchedule(hours, 'Australia/Sydney', new Date('2026-01-14T18:00Z'));
    expect(week.map(local)[0]).toBe('monday 16:00 – tuesday 01:00');
    expect(week[0]?.opens.utcOffsetMinutes).toBe(660);
  });
});

describe('half- and quarter-hour zones', () => {
  it.each([
    ['Asia/Kolkata', '2026-01-14T12:00Z', 'monday 10:30 – monday 19:30', 330],
    ['Asia/Kolkata', '2026-07-15T12:00Z', 'monday 10:30 – monday 19:30', 330],
    ['Asia/Kathmandu', '2026-01-14T12:00Z', 'monday 10:45 – monday 19:45', 345],
    ['Australia/Adelaide', '2026-01-14T12:00Z', 'monday 15:30 – tuesday 00:30', 630],
    ['Australia/Adelaide', '2026-07-15T12:00Z', 'monday 14:30 – monday 23:30', 570],
  ])('%s in the week of %s: %s', (zone, instant, expected, offset) => {
    const window = firstWindow(zone, instant);
    expect(local(window)).toBe(expected);
    expect(window.opens.utcOffsetMinutes).toBe(offset);
  });
});
