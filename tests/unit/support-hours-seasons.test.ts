import { describe, expect, it } from 'vitest';
import {
  citySeasons,
  formatUtcOffset,
  groupByClockChanges,
  mixedPeriods,
  seasonSpans,
  windowAtOffset,
} from '../../src/lib/support-hours';
import { fixtureHours } from '../support/hours-fixture';

const hours = fixtureHours;

const cities = [
  { name: 'Los Angeles', timeZone: 'America/Los_Angeles' },
  { name: 'New York', timeZone: 'America/New_York' },
  { name: 'London', timeZone: 'Europe/London' },
  { name: 'Berlin', timeZone: 'Europe/Berlin' },
  { name: 'Rome', timeZone: 'Europe/Rome' },
  { name: 'Hong Kong', timeZone: 'Asia/Hong_Kong' },
  { name: 'Tokyo', timeZone: 'Asia/Tokyo' },
  { name: 'Sydney', timeZone: 'Australia/Sydney' },
];

describe('a city in both seasons', () => {
  it('Tokyo has one season, five hours ahead of the team', () => {
    expect(citySeasons(hours, 'Asia/Tokyo', 2026)).toEqual({
      standard: windowAtOffset(hours, 540),
    });
    expect(windowAtOffset(hours, 540)).toMatchObject({ opens: '14:00', closes: '23:00' });
  });

  it('Sydney’s daylight season is January, its standard one July', () => {
    const sydney = citySeasons(hours, 'Australia/Sydney', 2026);
    expect(sydney.standard).toMatchObject({ opens: '15:00', closes: '00:00', closesDayShift: 1 });
    expect(sydney.daylight).toMatchObject({ opens: '16:00', closes: '01:00', closesDayShift: 1 });
  });

  it('Los Angeles opens the evening before', () => {
    expect(citySeasons(hours, 'America/Los_Angeles', 2027).standard).toEqual({
      opens: '21:00',
      closes: '06:00',
      opensDayShift: -1,
      closesDayShift: 0,
      utcOffsetMinutes: -480,
    });
  });
});

describe('the weeks when US and European clocks differ', () => {
  const names = (groups: { places: { name: string }[] }[]) =>
    groups.map((group) => group.places.map((place) => place.name));

  it('groups the cities by the dates their clocks move', () => {
    const { groups, unchanging } = groupByClockChanges(cities, 2026);
    expect(names(groups)).toEqual([
      ['Los Angeles', 'New York'],
      ['London', 'Berlin', 'Rome'],
      ['Sydney'],
    ]);
    expect(groups.map((group) => group.northern)).toEqual([true, true, false]);
    expect(groups[0]?.changes.map((change) => change.date)).toEqual(['2026-03-08', '2026-11-01']);
    expect(unchanging.map((city) => city.name)).toEqual(['Hong Kong', 'Tokyo']);
  });

  it.each([
    [2026, ['2026-03-08', '2026-03-28'], ['2026-10-25', '2026-10-31']],
    [2027, ['2027-03-14', '2027-03-27'], ['2027-10-31', '2027-11-06']],
  ])('in %i: between the spring switches and between the autumn ones', (year, spring, autumn) => {
    const periods = mixedPeriods(groupByClockChanges(cities, year).groups);
    expect(periods.map((period) => [period.from, period.to])).toEqual([spring, autumn]);
    for (const period of periods) {
      expect(names(period.daylight)).toEqual([['Los Angeles', 'New York']]);
      expect(names(period.standard)).toEqual([['London', 'Berlin', 'Rome']]);
    }
  });

  it('a hemisphere with one schedule, or none, has no such weeks', () => {
    const oneSchedule = cities.filter((city) => !city.timeZone.startsWith('America'));
    expect(mixedPeriods(groupByClockChanges(oneSchedule, 2026).groups)).toEqual([]);
  });
});

describe('which days a city spends on each kind of time', () => {
  it('Sydney is on daylight saving time at both ends of the year, standard time in the middle', () => {
    expect(seasonSpans('Australia/Sydney', 2026)).toEqual([
      { from: '2026-01-01', to: '2026-04-04', daylight: true },
      { from: '2026-04-05', to: '2026-10-03', daylight: false },
      { from: '2026-10-04', to: '2026-12-31', daylight: true },
    ]);
  });

  it('New York is the other way round, on its own dates', () => {
    expect(seasonSpans('America/New_York', 2027)).toEqual([
      { from: '2027-01-01', to: '2027-03-13', daylight: false },
      { from: '2027-03-14', to: '2027-11-06', daylight: true },
      { from: '2027-11-07', to: '2027-12-31', daylight: false },
    ]);
  });

  it('a zone whose clocks never move spends the whole year on standard time', () => {
    expect(seasonSpans('Asia/Tokyo', 2026)).toEqual([
      { from: '2026-01-01', to: '2026-12-31', daylight: false },
    ]);
  });

  it('every day of the year falls in exactly one span, for every city', () => {
    for (const { timeZone } of cities) {
      const spans = seasonSpans(timeZone, 2028);
      expect(spans[0]?.from).toBe('2028-01-01');
      expect(spans.at(-1)?.to).toBe('2028-12-31');
      for (const [index, span] of spans.entries()) {
        const next = spans[index + 1];
        if (next) expect(Date.parse(next.from) - Date.parse(span.to)).toBe(86_400_000);
        if (next) expect(next.daylight).toBe(!span.daylight);
      }
    }
  });
});

describe('offsets for people', () => {
  it.each([
    [0, 'UTC'],
    [180, 'UTC+3'],
    [-210, 'UTC−3:30'],
    [345, 'UTC+5:45'],
  ])('%i minutes → %s', (minutes, text) => {
    expect(formatUtcOffset(minutes)).toBe(text);
  });
});
