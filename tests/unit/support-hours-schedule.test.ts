import { describe, expect, it } from 'vitest';
import {
  currentOrNextWindow,
  supportStatus,
  weekWindows,
  type SupportHours,
} from '../../src/lib/support-hours';
import { fixtureHours } from '../support/hours-fixture';

/** When support next opens, as the status says while closed. */
const opensAt = (hours: SupportHours, instant: Date) => {
  const status = supportStatus(hours, instant);
  return status.open ? undefined : status.opensAt;
};
const closesAt = (hours: SupportHours, instant: Date) =>
  currentOrNextWindow(hours, instant)?.closes;

const hours = fixtureHours;

/** A wall time at the team's offset. */
const team = (local: string) => new Date(`${local}+04:00`);

describe('open or closed at an instant', () => {
  it('opens at exactly the opening minute', () => {
    expect(supportStatus(hours, team('2026-01-14T08:59:59.999')).open).toBe(false);
    expect(supportStatus(hours, team('2026-01-14T09:00:00')).open).toBe(true);
  });

  it('is closed from exactly the closing minute', () => {
    expect(supportStatus(hours, team('2026-01-14T17:59:59.999')).open).toBe(true);
    expect(supportStatus(hours, team('2026-01-14T18:00:00')).open).toBe(false);
  });

  it('counts the opening minute as open and names that day’s closing', () => {
    expect(supportStatus(hours, team('2026-01-14T09:00'))).toEqual({
      open: true,
      closesAt: team('2026-01-14T18:00'),
    });
  });

  it('from Friday 18:00 stays closed until Monday 9:00 at the team’s offset', () => {
    const monday = team('2026-01-19T09:00');
    for (const instant of [
      '2026-01-16T18:00',
      '2026-01-16T23:59',
      '2026-01-17T12:00',
      '2026-01-18T23:59:59',
      '2026-01-19T08:59',
    ]) {
      expect(supportStatus(hours, team(instant)), instant).toEqual({
        open: false,
        opensAt: monday,
      });
    }
    expect(supportStatus(hours, monday).open).toBe(true);
  });

  it('the team’s weekend is judged at its offset, not in UTC', () => {
    // Friday 23:00 UTC is already Saturday 03:00 at +04:00.
    expect(opensAt(hours, new Date('2026-01-16T23:00:00Z'))).toEqual(team('2026-01-19T09:00'));
    // Sunday 21:00 UTC is Monday 01:00 there: the next opening is that Monday's.
    expect(opensAt(hours, new Date('2026-01-18T21:00:00Z'))).toEqual(team('2026-01-19T09:00'));
  });
});

describe('the next opening and closing', () => {
  it('while closed, the next opening is today’s before hours, else the next working day’s', () => {
    expect(opensAt(hours, team('2026-01-14T08:00'))).toEqual(team('2026-01-14T09:00'));
    expect(opensAt(hours, team('2026-01-14T18:00'))).toEqual(team('2026-01-15T09:00'));
    expect(opensAt(hours, team('2026-01-16T18:30'))).toEqual(team('2026-01-19T09:00'));
  });

  it('the next closing is today’s while open, else the next working day’s', () => {
    expect(closesAt(hours, team('2026-01-14T12:00'))).toEqual(team('2026-01-14T18:00'));
    expect(closesAt(hours, team('2026-01-14T18:00'))).toEqual(team('2026-01-15T18:00'));
    expect(closesAt(hours, team('2026-01-17T12:00'))).toEqual(team('2026-01-19T18:00'));
  });
});

describe('closure dates', () => {
  // Thursday 31 December 2026 and Friday 1 January 2027.
  const withHolidays: SupportHours = { ...hours, closures: ['2026-12-31', '2027-01-01'] };

  it('a closure date is closed all day, the opening minute included', () => {
    expect(supportStatus(withHolidays, team('2026-12-31T09:00')).open).toBe(false);
    expect(supportStatus(withHolidays, team('2026-12-31T12:00')).open).toBe(false);
    expect(supportStatus(hours, team('2026-12-31T12:00')).open).toBe(true);
  });

  it('openings and closings step over closures to the next working day', () => {
    const monday = team('2027-01-04T09:00');
    expect(supportStatus(withHolidays, team('2026-12-30T18:00'))).toEqual({
      open: false,
      opensAt: monday,
    });
    expect(opensAt(withHolidays, team('2026-12-31T10:00'))).toEqual(monday);
    expect(closesAt(withHolidays, team('2026-12-30T18:30'))).toEqual(team('2027-01-04T18:00'));
    expect(currentOrNextWindow(withHolidays, team('2026-12-31T10:00'))?.date).toBe('2027-01-04');
  });

  it('the week keeps a closure day, marked closed', () => {
    const week = weekWindows(withHolidays, team('2026-12-30T12:00'));
    expect(week.map((day) => [day.date, day.closed])).toEqual([
      ['2026-12-28', false],
      ['2026-12-29', false],
      ['2026-12-30', false],
      ['2026-12-31', true],
      ['2027-01-01', true],
    ]);
  });

  it('a closure on a weekend changes nothing', () => {
    const saturday: SupportHours = { ...hours, closures: ['2026-01-17'] };
    expect(opensAt(saturday, team('2026-01-16T18:00'))).toEqual(team('2026-01-19T09:00'));
  });
});

describe('the team’s week', () => {
  it('runs Monday to Sunday at the team’s offset and lists the business days in order', () => {
    const fromSunday = weekWindows(hours, team('2026-01-18T23:59'));
    const fromMonday = weekWindows(hours, team('2026-01-19T00:00'));
    expect(fromSunday.map((day) => day.date)).toEqual([
      '2026-01-12',
      '2026-01-13',
      '2026-01-14',
      '2026-01-15',
      '2026-01-16',
    ]);
    expect(fromMonday[0]?.date).toBe('2026-01-19');
    expect(fromMonday.map((day) => day.weekday)).toEqual(hours.businessDays);
  });

  it('follows other business days and hours', () => {
    const weekend: SupportHours = {
      businessDays: ['sunday', 'saturday'],
      opens: '08:30',
      closes: '12:15',
      utcOffset: '-03:30',
    };
    const week = weekWindows(weekend, new Date('2026-01-14T12:00:00Z'));
    expect(week.map((day) => [day.weekday, day.opens.toISOString()])).toEqual([
      ['saturday', '2026-01-17T12:00:00.000Z'],
      ['sunday', '2026-01-18T12:00:00.000Z'],
    ]);
    expect(supportStatus(weekend, new Date('2026-01-18T15:44:00Z')).open).toBe(true);
    expect(supportStatus(weekend, new Date('2026-01-18T15:45:00Z')).open).toBe(false);
  });
});
