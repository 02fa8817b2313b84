import path from 'node:path';
import { budgets, kilobytes } from '../../tooling/budgets';
import { islandBytes, total } from '../../tooling/island-bytes';
import {
  addDays,
  businessDayFrom,
  businessDaysOfWeek,
  clockTime,
  dayFrom,
  site,
  teamDayCaption,
  teamWindow,
  daylightSavingIn,
  utcOffsetIn,
  windowIn,
  type HourCycle,
} from './site-facts';
import { layoutShifts, recordLayoutShifts, untilIdle } from './layout-shifts';
import { expect, expectNoAxeViolations, routes, test } from './support';
import type { Page } from '@playwright/test';

/**
 * The hours island in a browser set to a zone, a locale and a fixed clock, against
 * the real content: each expected sentence is worked out from the support hours in
 * src/content with Intl (see site-facts.ts). The "Done when" cases of the
 * support-hours issue, then the minute timer, the reserved space, the page without
 * JavaScript and the byte budget.
 */

const island = (page: Page) => page.locator('.hours-now');
const status = (page: Page) => island(page).locator('.hours-now__status');
// The full weekday names, which a desktop-sized window shows.
const week = (page: Page) => island(page).locator('.hours-now__week .hours-now__long');
const cityRow = (page: Page, city: string) =>
  page.getByRole('table', { name: /Hours in each city for/ }).getByRole('row', { name: city });
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function openAt(page: Page, instant: Date) {
  await page.clock.setFixedTime(instant);
  await page.goto(routes.supportHours);
  await expect(island(page)).toHaveAttribute('data-live', '');
}

const HOUR_MS = 60 * 60 * 1000;
/** A business day in a January week and one in a July week: standard and summer time. */
const january = businessDayFrom('2026-01-15');
const july = businessDayFrom('2026-07-15');

/** The island's status while closed, `hoursAhead` whole hours before `date` opens. */
function closedBefore(date: string, hoursAhead: number, timeZone: string, hourCycle: HourCycle) {
  const { opens } = teamWindow(date);
  const now = new Date(+opens - hoursAhead * HOUR_MS);
  return {
    now,
    status: `Closed — opens ${dayFrom(now, opens, timeZone)} at ${clockTime(opens, timeZone, hourCycle)} your time, in ${hoursAhead} h`,
  };
}

/** The island's status while open, `hoursLeft` before `date` closes. */
function openBefore(date: string, hoursLeft: number, timeZone: string, hourCycle: HourCycle) {
  const { closes } = teamWindow(date);
  const now = new Date(+closes - hoursLeft * HOUR_MS);
  const day = dayFrom(now, closes, timeZone);
  return {
    now,
    status: `Open now — closes ${day === 'today' ? '' : `${day} `}at ${clockTime(closes, timeZone, hourCycle)} your time`,
  };
}

/** The visitor's week: each business day of `date`'s week on their clock. */
const weekIn = (date: string, timeZone: string, hourCycle: HourCycle) =>
  businessDaysOfWeek(date).map((day) => windowIn(day, timeZone, hourCycle));

/** Each reference city's row: its hours that day, its offset, and whether it is on summer time. */
async function expectCityRows(page: Page, date: string, hourCycle: HourCycle) {
  const { opens } = teamWindow(date);
  for (const city of site.supportHours.referenceCities) {
    const hours = escape(windowIn(date, city.timeZone, hourCycle, true));
    const offset = escape(utcOffsetIn(opens, city.timeZone));
    const summer = daylightSavingIn(opens, city.timeZone) ? 'Yes' : 'No';
    await expect(cityRow(page, city.name)).toHaveText(
      new RegExp(`${hours}\\s*${offset}\\s*${summer}`),
    );
  }
}

test.describe('Los Angeles, 12-hour clock', () => {
  const zone = 'America/Los_Angeles';
  test.use({ timezoneId: zone, locale: 'en-US' });

  test('a January weekday before opening: closed, the week and the cities on its clock @every-browser', async ({
    page,
    pageProblems,
  }) => {
    const { now, status: expected } = closedBefore(january, 3, zone, 'h12');
    await openAt(page, now);
    await expect(status(page)).toHaveText(expected);
    await expect(week(page)).toHaveText(weekIn(january, zone, 'h12'));
    await expect(island(page)).toContainText('America/Los Angeles, UTC−8');
    await expect(island(page).getByRole('table')).toContainText(
      `Hours in each city for ${teamDayCaption(january)}`,
    );
    await expectCityRows(page, january, 'h12');
    expect(pageProblems).toEqual([]);
  });

  test('a July weekday during hours: open now, on summer time @every-browser', async ({ page }) => {
    const { now, status: expected } = openBefore(july, 1, zone, 'h12');
    await openAt(page, now);
    await expect(status(page)).toHaveText(expected);
    await expect(week(page)).toHaveText(weekIn(july, zone, 'h12'));
    await expect(island(page)).toContainText('UTC−7 (daylight saving time)');
    await expectCityRows(page, july, 'h12');
    await expectNoAxeViolations(page);
  });
});

test.describe('Los Angeles, 24-hour clock', () => {
  const zone = 'America/Los_Angeles';
  test.use({ timezoneId: zone, locale: 'en-GB' });

  test('a January weekday before opening: the same hours on a 24-hour clock @every-browser', async ({
    page,
  }) => {
    const { now, status: expected } = closedBefore(january, 3, zone, 'h23');
    await openAt(page, now);
    await expect(week(page)).toHaveText(weekIn(january, zone, 'h23'));
    await expect(status(page)).toHaveText(expected);
  });
});

test.describe('Sydney', () => {
  const zone = 'Australia/Sydney';
  test.use({ timezoneId: zone, locale: 'en-GB' });

  test('in January (its summer): closed two hours before opening @every-browser', async ({
    page,
  }) => {
    const { now, status: expected } = closedBefore(january, 2, zone, 'h23');
    await openAt(page, now);
    await expect(week(page)).toHaveText(weekIn(january, zone, 'h23'));
    await expect(status(page)).toHaveText(expected);
    await expect(island(page)).toContainText('Australia/Sydney, UTC+11 (daylight saving time)');
  });

  test('open in the evening: the closing time on its own day @every-browser', async ({ page }) => {
    const { now, status: expected } = openBefore(january, 1.5, zone, 'h23');
    await openAt(page, now);
    await expect(status(page)).toHaveText(expected);
  });
});

test.describe('Kolkata', () => {
  const zone = 'Asia/Kolkata';
  test.use({ timezoneId: zone, locale: 'en-GB' });

  test('after the last business day of the week closes: the next opening and its week @every-browser', async ({
    page,
  }) => {
    const last = businessDaysOfWeek(january).at(-1) ?? january;
    const now = new Date(+teamWindow(last).closes + HOUR_MS);
    const next = businessDayFrom(addDays(last, 1));
    const { opens } = teamWindow(next);
    const minutes = Math.ceil((+opens - +now) / 60_000);
    const days = Math.floor(minutes / 1440);
    const wait = [
      days ? `${days} ${days === 1 ? 'day' : 'days'}` : '',
      Math.floor(minutes / 60) % 24 ? `${Math.floor(minutes / 60) % 24} h` : '',
      minutes % 60 ? `${minutes % 60} min` : '',
    ]
      .filter(Boolean)
      .join(' ');
    await openAt(page, now);
    await expect(status(page)).toHaveText(
      `Closed — opens ${dayFrom(now, opens, zone)} at ${clockTime(opens, zone, 'h23')} your time, in ${wait}`,
    );
    await expect(week(page)).toHaveText(weekIn(next, zone, 'h23'));
    await expect(island(page).getByRole('table')).toContainText(`for ${teamDayCaption(next)}`);
  });
});

test.describe('kept current', () => {
  const zone = 'Europe/London';
  test.use({ timezoneId: zone, locale: 'en-GB' });

  test('changes with each turn of the minute, and opens on the opening minute @every-browser', async ({
    page,
  }) => {
    const { opens, closes } = teamWindow(january);
    const at = (seconds: number) => new Date(+opens + seconds * 1000);
    const opening = `opens ${dayFrom(at(-90), opens, zone)} at ${clockTime(opens, zone, 'h23')} your time`;
    await page.clock.install({ time: at(-90) });
    await page.goto(routes.supportHours);
    await expect(island(page)).toHaveAttribute('data-live', '');
    await page.clock.pauseAt(at(-70));
    await expect(status(page)).toHaveText(`Closed — ${opening}, in 2 min`);
    await page.clock.runFor('00:10');
    await expect(status(page)).toHaveText(`Closed — ${opening}, in 1 min`);
    await page.clock.runFor('00:59');
    await expect(status(page)).toHaveText(`Closed — ${opening}, in 1 min`);
    await page.clock.runFor('00:01');
    const closing = dayFrom(opens, closes, zone);
    await expect(status(page)).toHaveText(
      `Open now — closes ${closing === 'today' ? '' : `${closing} `}at ${clockTime(closes, zone, 'h23')} your time`,
    );
    await expect(island(page)).toHaveAttribute('data-open', '');
  });
});

test.describe('space reserved for the island', () => {
  const zone = 'America/Los_Angeles';
  test.use({ timezoneId: zone, locale: 'en-US' });

  for (const width of [320, 412, 768, 1280]) {
    test(`hydrating moves nothing at ${width}px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await recordLayoutShifts(page);
      await page.clock.setFixedTime(closedBefore(january, 3, zone, 'h12').now);
      // Hold the island's script back until the server-rendered box is measured.
      const { promise: released, resolve: release } = Promise.withResolvers<undefined>();
      await page.route('**/_astro/HoursInYourTime.*.js', async (route) => {
        await released;
        await route.continue();
      });
      await page.goto(routes.supportHours);
      const next = page.getByRole('heading', { name: 'In other cities' });
      const before = { island: await island(page).boundingBox(), next: await next.boundingBox() };
      await expect(island(page)).not.toHaveAttribute('data-live');
      release(undefined);
      await expect(island(page)).toHaveAttribute('data-live', '');
      await expect(status(page)).toHaveText(/^Closed — opens/);
      const after = { island: await island(page).boundingBox(), next: await next.boundingBox() };
      expect(before.island).not.toBeNull();
      expect(after).toEqual(before);
      await untilIdle(page);
      expect(await layoutShifts(page)).toEqual([]);
      const first = businessDaysOfWeek(january)[0] ?? january;
      await expect(island(page).locator('.hours-now__week li').first()).toHaveText(
        windowIn(first, zone, 'h12', width < 500),
        { useInnerText: true },
      );
    });
  }
});

test.describe('without JavaScript @every-browser', () => {
  test.use({ javaScriptEnabled: false });

  test('the island says what it needs and the static facts stand alone', async ({ page }) => {
    await page.goto(routes.supportHours);
    await expect(
      status(page).getByText(
        'Your local hours need JavaScript; the tables below give them by city.',
      ),
    ).toBeVisible();
    await expect(status(page).getByText('Working out your local time')).toBeHidden();
    await expect(island(page).locator('.hours-now__details')).toBeHidden();
    await expect(page.getByRole('table', { name: /by city and season/ })).toBeVisible();
    await expect(page.getByRole('table', { name: /When clocks change/ })).toBeVisible();
  });
});

test('the schedule: the team’s offset and UTC, response times beside it @every-browser', async ({
  page,
}) => {
  await page.goto(routes.supportHours);
  const schedule = page.getByRole('region', { name: 'The schedule' });
  await expect(schedule).toContainText(`Hours at ${site.supportHours.offsetLabel}`);
  await expect(schedule).toContainText('Hours in UTC');
  const responses = schedule.locator('.response-times');
  for (const plan of site.plans.all) {
    await expect(responses).toContainText(`within ${plan.responseTimeHours} hours`);
  }
  // Side by side on a wide screen: the response times start level with the schedule.
  const [left, right] = await Promise.all([
    schedule.locator('.schedule').boundingBox(),
    responses.boundingBox(),
  ]);
  expect(right?.y).toBe(left?.y);
  expect(right?.x).toBeGreaterThan((left?.x ?? 0) + (left?.width ?? 0) - 1);
});

/** Each day of a year, at noon UTC. */
const daysOf = (year: number) =>
  Array.from(
    { length: (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000 },
    (_, day) => new Date(Date.UTC(year, 0, 1 + day, 12)),
  );
const dayAndMonth = (at: Date) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(at);

/** "Forward on 8 March, back on 1 November", or "No change": a zone's year, found day by day. */
function clockChangesIn(timeZone: string, year: number): string {
  const changes: string[] = [];
  let summer = daylightSavingIn(new Date(Date.UTC(year, 0, 1)), timeZone);
  for (const day of daysOf(year)) {
    const now = daylightSavingIn(day, timeZone);
    if (now !== summer) changes.push(`${now ? 'forward' : 'back'} on ${dayAndMonth(day)}`);
    summer = now;
  }
  const text = changes.join(', ');
  return text ? text[0]?.toUpperCase() + text.slice(1) : 'No change';
}

// Published schedules, to check the day-by-day search above against.
const publishedClockChanges: Record<string, Record<number, string>> = {
  'America/New_York': {
    2026: 'Forward on 8 March, back on 1 November',
    2027: 'Forward on 14 March, back on 7 November',
  },
  'Europe/London': {
    2026: 'Forward on 29 March, back on 25 October',
    2027: 'Forward on 28 March, back on 31 October',
  },
  'Australia/Sydney': {
    2026: 'Back on 5 April, forward on 4 October',
    2027: 'Back on 4 April, forward on 3 October',
  },
};

test('the day-by-day search for clock changes agrees with published schedules', () => {
  for (const [zone, years] of Object.entries(publishedClockChanges)) {
    for (const [year, changes] of Object.entries(years)) {
      expect(clockChangesIn(zone, Number(year)), `${zone} ${year}`).toBe(changes);
    }
  }
});

test('clock changes: dates for the years shown, and the weeks northern clocks differ', async ({
  page,
}) => {
  await page.goto(routes.supportHours);
  const table = page.getByRole('table', { name: /When clocks change/ });
  const years = (await table.locator('thead th').allTextContents()).slice(1).map(Number);
  expect(years).toHaveLength(2);
  const [first = 0] = years;
  const list = new Intl.ListFormat('en', { type: 'conjunction' });
  // Cities whose clocks change on the same days share a row, named by this year.
  const groups = Map.groupBy(site.supportHours.referenceCities, (city) =>
    clockChangesIn(city.timeZone, first),
  );
  for (const cities of groups.values()) {
    const row = table.getByRole('row', { name: list.format(cities.map((city) => city.name)) });
    for (const [column, year] of years.entries()) {
      const [city] = cities;
      if (city) {
        await expect(row.getByRole('cell').nth(column)).toHaveText(
          clockChangesIn(city.timeZone, year),
        );
      }
    }
  }

  // Northern groups that move on different days: in the weeks between, one is on
  // summer time and the other not, and the page names those weeks.
  const july = new Date(Date.UTC(first, 6, 15));
  const northern = [...groups.values()].filter(
    ([city]) => city !== undefined && daylightSavingIn(july, city.timeZone),
  );
  for (const year of years) {
    for (const ahead of northern) {
      for (const behind of northern) {
        if (ahead === behind || !ahead[0] || !behind[0]) continue;
        const [a, b] = [ahead[0].timeZone, behind[0].timeZone];
        const spans: string[] = [];
        let start: Date | undefined;
        let end: Date | undefined;
        for (const day of daysOf(year)) {
          if (daylightSavingIn(day, a) && !daylightSavingIn(day, b)) {
            start ??= day;
            end = day;
          } else if (start && end) {
            spans.push(`${dayAndMonth(start)} to ${dayAndMonth(end)}`);
            start = end = undefined;
          }
        }
        if (spans.length === 0) continue;
        const note = page.getByText(`In ${year}, from ${spans.join(' and from ')}`);
        await expect(note).toContainText(list.format(ahead.map((city) => city.name)));
        await expect(note).toContainText(list.format(behind.map((city) => city.name)));
      }
    }
  }
});

test(`the island’s own JavaScript stays under ${kilobytes(budgets.hoursIslandOwn)} gzip`, async () => {
  const { own, runtime } = await islandBytes(
    path.resolve('dist'),
    'support-hours/index.html',
    'HoursInYourTime',
  );
  expect(own.length).toBeGreaterThan(0);
  expect(runtime.length).toBeGreaterThan(0);
  expect(total(own).gzipBytes).toBeLessThan(budgets.hoursIslandOwn);
});
