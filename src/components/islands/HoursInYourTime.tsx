// Lists here are built with .map over arrays whose length never changes (the
// business days, the cities), each entry reading its text from the current view:
// the text updates in place, as <Index> would do, without shipping <Index> and
// <Show>. Solid's runtime is one chunk shared by every island, so each helper one
// island uses is loaded by the others too (the price calculator on /plans/).
/* eslint-disable solid/prefer-for */
import { createMemo, createSignal, onCleanup, onMount } from 'solid-js';
import {
  MINUTE_MS,
  currentOrNextWindow,
  describeStatus,
  describeWindow,
  formatUtcOffset,
  inZone,
  supportStatus,
  visitorHourCycle,
  visitorTimeZone,
  weekSchedule,
  zonedTime,
  type SupportHours,
} from '../../lib/support-hours';
import { capitalize } from '../../lib/describe';

export interface ReferenceCity {
  name: string;
  timeZone: string;
}

export interface HoursInYourTimeProps {
  hours: SupportHours;
  /** How the team's offset is written for people. */
  offsetLabel: string;
  cities: ReferenceCity[];
}

/** Stands in for each value until the island knows the visitor's zone. */
const NOT_YET = '…';
/** The city table's column heads; each cell repeats its own as a label on a narrow screen. */
const CITY_HEADS = ['City', 'Local hours', 'Offset', 'Daylight saving time'];
/** Each city's row after its name: local hours, offset, daylight saving time. */
const CITY_COLUMNS = [0, 1, 2];

const dayAndMonth = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  timeZone: 'UTC',
});

function describeNow(props: HoursInYourTimeProps, now: number) {
  const timeZone = visitorTimeZone();
  const hourCycle = visitorHourCycle();
  const status = supportStatus(props.hours, now);
  const here = zonedTime(timeZone, now);
  const next = currentOrNextWindow(props.hours, now);
  return {
    open: status.open,
    status: describeStatus(status, now, timeZone, hourCycle),
    zone: `${timeZone.replaceAll('_', ' ')}, ${formatUtcOffset(here.utcOffsetMinutes)}${here.daylightSaving ? ' (daylight saving time)' : ''}`,
    // From the current or next working day, so a weekend shows the coming week.
    // Long and short weekday names: CSS shows the one that fits on one line.
    week: weekSchedule(props.hours, timeZone, next?.opens ?? now).map((zoned) =>
      [false, true].map(
        (short) =>
          describeWindow(zoned, hourCycle, short) + (zoned.window.closed ? ' (closed)' : ''),
      ),
    ),
    day: next
      ? `${capitalize(next.weekday)} ${dayAndMonth.format(Date.parse(next.date))} (${props.offsetLabel})`
      : NOT_YET,
    cities: props.cities.map((city) => {
      if (!next) return [NOT_YET, NOT_YET, NOT_YET];
      const zoned = inZone(next, city.timeZone);
      const { opens } = zoned;
      return [
        describeWindow(zoned, hourCycle, true),
        formatUtcOffset(opens.utcOffsetMinutes),
        opens.daylightSaving ? 'Yes' : 'No',
      ];
    }),
  };
}

/**
 * Support hours in the visitor's own zone: open or closed now, the week, and each
 * reference city on the current or next working day. The server renders the same
 * shape with placeholders, so hydrating moves nothing; then it stays current
 * minute by minute.
 */
export default function HoursInYourTime(props: HoursInYourTimeProps) {
  const [now, setNow] = createSignal<number>();

  onMount(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Wake as each minute turns, so the wording changes with the visitor's clock.
    const tick = () => {
      const time = Date.now();
      setNow(time);
      timer = setTimeout(tick, MINUTE_MS - (time % MINUTE_MS));
    };
    tick();
    onCleanup(() => clearTimeout(timer));
  });

  const view = createMemo(() => {
    const time = now();
    return time === undefined ? undefined : describeNow(props, time);
  });

  return (
    <div
      class="hours-now"
      data-live={view() ? '' : undefined}
      data-open={view()?.open ? '' : undefined}
    >
      <p class="hours-now__status">
        {view()?.status ?? (
          <>
            <span class="hours-now__no-script">
              Your local hours need JavaScript; the tables below give them by city.
            </span>
            <span class="hours-now__waiting">Working out your local time…</span>
          </>
        )}
      </p>
      <div class="hours-now__details">
        <h3>Your weekly hours</h3>
        <p class="hours-now__zone">{view()?.zone ?? NOT_YET}</p>
        <ul class="hours-now__week">
          {props.hours.businessDays.map((_, day) => (
            <li>
              <span class="hours-now__long">{view()?.week[day]?.[0] ?? NOT_YET}</span>
              <span class="hours-now__short">{view()?.week[day]?.[1] ?? NOT_YET}</span>
            </li>
          ))}
        </ul>
        <div class="table-frame">
          <table class="hours-now__cities reflow" role="table">
            <caption>Hours in each city for {view()?.day ?? 'the next working day'}</caption>
            <thead>
              <tr role="row">
                {CITY_HEADS.map((head) => (
                  <th role="columnheader">{head}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {props.cities.map((city, row) => (
                <tr role="row">
                  <th role="rowheader">{/* @once */ city.name}</th>
                  {CITY_COLUMNS.map((column) => (
                    <td role="cell" data-label={CITY_HEADS[column + 1]}>
                      {view()?.cities[row]?.[column] ?? NOT_YET}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </div>
  );
}
