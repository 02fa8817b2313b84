import { describe, expect, it } from 'vitest';
import {
  describeStatus,
  describeWait,
  describeWindow,
  supportStatus,
  weekSchedule,
} from '../../src/lib/support-hours';
import { fixtureHours } from '../support/hours-fixture';

const hours = fixtureHours;

const statusAt = (instant: string, timeZone: string, hourCycle: 'h12' | 'h23' = 'h23') =>
  describeStatus(supportStatus(hours, new Date(instant)), new Date(instant), timeZone, hourCycle);

describe('how long until support opens', () => {
  it.each([
    [0, '0 min'],
    [1, '1 min'],
    [60, '1 h'],
    [130, '2 h 10 min'],
    [1440, '1 day'],
    [63 * 60, '2 days 15 h'],
    [2 * 1440 + 61, '2 days 1 h 1 min'],
  ])('%i minutes → %s', (minutes, text) => {
    expect(describeWait(minutes)).toBe(text);
  });
});

describe('open or closed, in the visitor’s words and clock', () => {
  it('closed on a Wednesday morning in Los Angeles: opens that evening', () => {
    expect(statusAt('2026-01-14T18:00Z', 'America/Los_Angeles')).toBe(
      'Closed — opens today at 21:00 your time, in 11 h',
    );
    expect(statusAt('2026-01-14T18:00Z', 'America/Los_Angeles', 'h12')).toBe(
      'Closed — opens today at 9:00 PM your time, in 11 h',
    );
  });

  it('open on a July Wednesday in Los Angeles, closing that morning', () => {
    expect(statusAt('2026-07-15T08:00Z', 'America/Los_Angeles')).toBe(
      'Open now — closes at 07:00 your time',
    );
  });

  it('names tomorrow when the closing is after the visitor’s midnight', () => {
    // Sydney in January: open 16:00 to 01:00; at 23:00 it closes tomorrow.
    expect(statusAt('2026-01-14T12:00Z', 'Australia/Sydney')).toBe(
      'Open now — closes tomorrow at 01:00 your time',
    );
  });

  it('names the weekday over a weekend, and counts the wait to the minute', () => {
    expect(statusAt('2026-01-16T14:00Z', 'Europe/London')).toBe(
      'Closed — opens Monday at 05:00 your time, in 2 days 15 h',
    );
    expect(statusAt('2026-01-19T02:50:30Z', 'Europe/London')).toBe(
      'Closed — opens today at 05:00 your time, in 2 h 10 min',
    );
    expect(statusAt('2026-01-18T12:00Z', 'Asia/Kolkata')).toBe(
      'Closed — opens tomorrow at 10:30 your time, in 17 h',
    );
  });

  it('says so when nothing is scheduled', () => {
    expect(describeStatus({ open: false, opensAt: undefined }, 0, 'UTC', 'h23')).toMatch(
      /^Closed — no opening/,
    );
  });
});

describe('a window in the visitor’s week', () => {
  it('names both weekdays when the window crosses midnight', () => {
    const [monday] = weekSchedule(hours, 'America/Los_Angeles', new Date('2026-01-14T18:00Z'));
    if (!monday) throw new Error('no Monday');
    expect(describeWindow(monday, 'h23')).toBe('Sunday 21:00 – Monday 06:00');
    expect(describeWindow(monday, 'h12')).toBe('Sunday 9:00 PM – Monday 6:00 AM');
    expect(describeWindow(monday, 'h12', true)).toBe('Sun 9:00 PM – Mon 6:00 AM');
  });

  it('names one weekday when it does not', () => {
    const [monday] = weekSchedule(hours, 'Asia/Kolkata', new Date('2026-01-17T12:00Z'));
    if (!monday) throw new Error('no Monday');
    expect(describeWindow(monday, 'h23')).toBe('Monday 10:30 – 19:30');
  });
});
