import path from 'node:path';
import { budgets, kilobytes } from '../../tooling/budgets';
import { islandBytes, total } from '../../tooling/island-bytes';
import { layoutShifts, recordLayoutShifts, untilIdle } from './layout-shifts';
import { expect, expectNoAxeViolations, routes, test } from './support';
import type { Page } from '@playwright/test';

/**
 * The hours island in a browser set to a zone, a locale and a fixed clock, against
 * the real content. The "Done when" cases of the support-hours issue, then the
 * minute timer, the reserved space, the page without JavaScript and the byte budget.
 */

const island = (page: Page) => page.locator('.hours-now');
const status = (page: Page) => island(page).locator('.hours-now__status');
// The full weekday names, which a desktop-sized window shows.
const week = (page: Page) => island(page).locator('.hours-now__week .hours-now__long');
const cityRow = (page: Page, city: string) =>
  page.getByRole('table', { name: /Hours in each city for/ }).getByRole('row', { name: city });

async function openAt(page: Page, instant: string) {
  await page.clock.setFixedTime(new Date(instant));
  await page.goto(routes.supportHours);
  await expect(island(page)).toHaveAttribute('data-live', '');
}

test.describe('Los Angeles, 12-hour clock', () => {
  test.use({ timezoneId: 'America/Los_Angeles', locale: 'en-US' });

  test('a January Wednesday at 18:00 UTC: 9:00 PM to 6:00 AM, closed', async ({
    page,
    pageProblems,
  }) => {
    await openAt(page, '2026-01-14T18:00:00Z');
    await expect(status(page)).toHaveText('Closed — opens today at 9:00 PM your time, in 11 h');
    await expect(week(page)).toHaveText([
      'Sunday 9:00 PM – Monday 6:00 AM',
      'Monday 9:00 PM – Tuesday 6:00 AM',
      'Tuesday 9:00 PM – Wednesday 6:00 AM',
      'Wednesday 9:00 PM – Thursday 6:00 AM',
      'Thursday 9:00 PM – Friday 6:00 AM',
    ]);
    await expect(island(page)).toContainText('America/Los Angeles, UTC−8');
    await expect(island(page).getByRole('table')).toContainText(
      'Hours in each city for Thursday 15 January (GMT+4)',
    );
    await expect(cityRow(page, 'Los Angeles')).toHaveText(/Wed 9:00 PM – Thu 6:00 AM\s*UTC−8\s*No/);
    await expect(cityRow(page, 'Sydney')).toHaveText(/Thu 4:00 PM – Fri 1:00 AM\s*UTC\+11\s*Yes/);
    expect(pageProblems).toEqual([]);
  });

  test('a July Wednesday at 08:00 UTC: 10:00 PM to 7:00 AM, open now', async ({ page }) => {
    await openAt(page, '2026-07-15T08:00:00Z');
    await expect(status(page)).toHaveText('Open now — closes at 7:00 AM your time');
    await expect(week(page).first()).toHaveText('Sunday 10:00 PM – Monday 7:00 AM');
    await expect(island(page)).toContainText('UTC−7 (daylight saving time)');
    await expect(cityRow(page, 'Los Angeles')).toHaveText(
      /Tue 10:00 PM – Wed 7:00 AM\s*UTC−7\s*Yes/,
    );
    await expectNoAxeViolations(page);
  });
});

test.describe('Los Angeles, 24-hour clock', () => {
  test.use({ timezoneId: 'America/Los_Angeles', locale: 'en-GB' });

  test('a January Wednesday: 21:00 to 06:00', async ({ page }) => {
    await openAt(page, '2026-01-14T18:00:00Z');
    await expect(week(page).first()).toHaveText('Sunday 21:00 – Monday 06:00');
    await expect(status(page)).toHaveText('Closed — opens today at 21:00 your time, in 11 h');
  });
});

test.describe('Sydney', () => {
  test.use({ timezoneId: 'Australia/Sydney', locale: 'en-GB' });

  test('in January (its summer): 16:00 to 01:00 the next day', async ({ page }) => {
    await openAt(page, '2026-01-14T03:00:00Z');
    await expect(week(page)).toHaveText([
      'Monday 16:00 – Tuesday 01:00',
      'Tuesday 16:00 – Wednesday 01:00',
      'Wednesday 16:00 – Thursday 01:00',
      'Thursday 16:00 – Friday 01:00',
      'Friday 16:00 – Saturday 01:00',
    ]);
    await expect(status(page)).toHaveText('Closed — opens today at 16:00 your time, in 2 h');
    await expect(island(page)).toContainText('Australia/Sydney, UTC+11 (daylight saving time)');
  });

  test('open late in the evening: closes tomorrow', async ({ page }) => {
    await openAt(page, '2026-01-14T12:30:00Z');
    await expect(status(page)).toHaveText('Open now — closes tomorrow at 01:00 your time');
  });
});

test.describe('Kolkata', () => {
  test.use({ timezoneId: 'Asia/Kolkata', locale: 'en-GB' });

  test('on a Saturday: 10:30 to 19:30, closed until Monday', async ({ page }) => {
    await openAt(page, '2026-01-17T06:00:00Z');
    await expect(status(page)).toHaveText(
      'Closed — opens Monday at 10:30 your time, in 1 day 23 h',
    );
    await expect(week(page)).toHaveText([
      'Monday 10:30 – 19:30',
      'Tuesday 10:30 – 19:30',
      'Wednesday 10:30 – 19:30',
      'Thursday 10:30 – 19:30',
      'Friday 10:30 – 19:30',
    ]);
    await expect(island(page).getByRole('table')).toContainText('for Monday 19 January (GMT+4)');
  });
});

test.describe('kept current', () => {
  test.use({ timezoneId: 'Europe/London', locale: 'en-GB' });

  test('changes with each turn of the minute, and opens on the opening minute', async ({
    page,
  }) => {
    // 04:58:30 UTC on a Wednesday: 08:58:30 at the team's offset.
    await page.clock.install({ time: new Date('2026-01-14T04:58:30Z') });
    await page.goto(routes.supportHours);
    await expect(island(page)).toHaveAttribute('data-live', '');
    await page.clock.pauseAt(new Date('2026-01-14T04:58:50Z'));
    await expect(status(page)).toHaveText('Closed — opens today at 05:00 your time, in 2 min');
    await page.clock.runFor('00:10');
    await expect(status(page)).toHaveText('Closed — opens today at 05:00 your time, in 1 min');
    await page.clock.runFor('00:59');
    await expect(status(page)).toHaveText('Closed — opens today at 05:00 your time, in 1 min');
    await page.clock.runFor('00:01');
    await expect(status(page)).toHaveText('Open now — closes at 14:00 your time');
    await expect(island(page)).toHaveAttribute('data-open', '');
  });
});

test.describe('space reserved for the island', () => {
  test.use({ timezoneId: 'America/Los_Angeles', locale: 'en-US' });

  for (const width of [320, 412, 768, 1280]) {
    test(`hydrating moves nothing at ${width}px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await recordLayoutShifts(page);
      await page.clock.setFixedTime(new Date('2026-01-14T18:00:00Z'));
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
      const shown = island(page).locator('.hours-now__week li').first();
      await expect(shown).toHaveText(
        width < 500 ? 'Sun 9:00 PM – Mon 6:00 AM' : 'Sunday 9:00 PM – Monday 6:00 AM',
        { useInnerText: true },
      );
    });
  }
});

test.describe('without JavaScript', () => {
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

test('the schedule: GMT+4 and UTC, response times beside it', async ({ page }) => {
  await page.goto(routes.supportHours);
  const schedule = page.getByRole('region', { name: 'The schedule' });
  await expect(schedule).toContainText('Hours at GMT+4');
  await expect(schedule).toContainText('Hours in UTC');
  const responses = schedule.locator('.response-times');
  for (const hours of [48, 12, 4]) await expect(responses).toContainText(`within ${hours} hours`);
  // Side by side on a wide screen: the response times start level with the schedule.
  const [left, right] = await Promise.all([
    schedule.locator('.schedule').boundingBox(),
    responses.boundingBox(),
  ]);
  expect(right?.y).toBe(left?.y);
  expect(right?.x).toBeGreaterThan((left?.x ?? 0) + (left?.width ?? 0) - 1);
});

// Dates checked against published schedules for the years the build may show.
const knownClockChanges: Record<number, Record<string, string>> = {
  2026: {
    'Los Angeles and New York': 'Forward on 8 March, back on 1 November',
    'London, Berlin, and Rome': 'Forward on 29 March, back on 25 October',
    Sydney: 'Back on 5 April, forward on 4 October',
  },
  2027: {
    'Los Angeles and New York': 'Forward on 14 March, back on 7 November',
    'London, Berlin, and Rome': 'Forward on 28 March, back on 31 October',
    Sydney: 'Back on 4 April, forward on 3 October',
  },
};

test('clock changes: dates computed for the years shown, and the weeks US and EU differ', async ({
  page,
}) => {
  await page.goto(routes.supportHours);
  const table = page.getByRole('table', { name: /When clocks change/ });
  const years = (await table.locator('thead th').allTextContents()).slice(1).map(Number);
  expect(years).toHaveLength(2);
  for (const [column, year] of years.entries()) {
    for (const [cities, changes] of Object.entries(knownClockChanges[year] ?? {})) {
      const row = table.getByRole('row', { name: cities });
      await expect(row.getByRole('cell').nth(column)).toHaveText(changes);
    }
  }
  await expect(table.getByRole('row', { name: 'Hong Kong and Tokyo' })).toContainText('No change');
  for (const year of years) {
    await expect(page.getByText(`In ${year}, from `)).toContainText(
      'the clocks in Los Angeles and New York are on daylight saving time while those in London, Berlin, and Rome are on standard time',
    );
  }
  if (years.includes(2026)) {
    await expect(page.getByText('In 2026, from ')).toContainText(
      'from 8 March to 28 March and from 25 October to 31 October',
    );
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
