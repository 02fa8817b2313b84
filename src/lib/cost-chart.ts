import { MONTHS_PER_YEAR } from './pricing';

/** A chart of money paid over time, drawn as SVG markup. */

/**
 * Round values for an axis from 0 to at least `max`: steps of 1, 2 or 5 times a
 * power of ten, about `wanted` of them.
 */
export function axisTicks(max: number, wanted = 4): number[] {
  if (!(max > 0)) return [0];
  const rough = max / wanted;
  let power = 1;
  while (power * 10 <= rough) power *= 10;
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((size) => size >= rough) ?? 1;
  return Array.from({ length: Math.ceil(max / step) + 1 }, (_, index) => index * step);
}

/** Maps 0…domain onto from…to. */
export function linearScale(domain: number, from: number, to: number): (value: number) => number {
  return (value) => from + ((to - from) * value) / domain;
}

/** A coordinate as markup: to a tenth, or to a hundredth for a relative step. */
const coordinate = (value: number, places = 1) =>
  String(Math.round(value * 10 ** places) / 10 ** places);

/**
 * An SVG path for a running total that rises in steps: up at each invoice, flat
 * until the next. `totals[m]` is the total by the end of month m (0-based).
 * Steps are relative ("h39.33v-11.62"): equal invoices make equal steps, which
 * repeat as the same few bytes, and the line ends on an absolute x.
 */
export function stepPath(
  totals: readonly number[],
  x: (month: number) => number,
  y: (value: number) => number,
): string {
  let path = `M${coordinate(x(0))} ${coordinate(y(0))}`;
  let stepMonth = 0;
  let stepTotal = 0;
  totals.forEach((total, month) => {
    if (total === stepTotal) return;
    if (month > stepMonth) path += `h${coordinate(x(month) - x(stepMonth), 2)}`;
    path += `v${coordinate(y(total) - y(stepTotal), 2)}`;
    stepMonth = month;
    stepTotal = total;
  });
  return `${path}H${coordinate(x(totals.length))}`;
}

const escapeText = (text: string) =>
  text.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`);

export interface CostChartInput {
  /** Running totals by the end of each month, one line each; `key` names its class. */
  series: readonly { key: string; totals: readonly number[]; chosen: boolean }[];
  /** Months from the start shaded as covered by included support (0 for none). */
  shadedMonths: number;
  /** Labels the axis values (money) for display. */
  formatValue: (value: number) => string;
}

const CHART_SIZE = { width: 560, height: 216 };
/** The drawing's own coordinate space; the <svg> scales it to its container. */
export const CHART_VIEWBOX = `0 0 ${CHART_SIZE.width} ${CHART_SIZE.height}`;
const PLOT = { left: 80, right: 8, top: 10, bottom: 30 };

/**
 * The inside of the cost chart's <svg>, as markup: grid lines with money labels,
 * one label per year, a shaded band and a stepped line per series. Classes
 * style it and place its labels (the CSP forbids style attributes).
 */
export function costChartMarkup({ series, shadedMonths, formatValue }: CostChartInput): string {
  const { width, height } = CHART_SIZE;
  const months = Math.max(1, ...series.map((line) => line.totals.length));
  const ticks = axisTicks(Math.max(...series.flatMap((line) => line.totals)));
  const x = linearScale(months, PLOT.left, width - PLOT.right);
  const y = linearScale(ticks.at(-1) ?? 1, height - PLOT.bottom, PLOT.top);
  const parts: string[] = [];
  if (shadedMonths > 0) {
    parts.push(
      `<rect class="chart-band" x="${coordinate(x(0))}" y="${PLOT.top}" width="${coordinate(x(shadedMonths) - x(0))}" height="${height - PLOT.top - PLOT.bottom}"/>`,
    );
  }
  // Labels take their alignment from their group (SVG presentation attributes,
  // which the CSP allows, unlike style attributes).
  parts.push(
    `<path class="chart-grid" d="${ticks.map((tick) => `M${coordinate(x(0))} ${coordinate(y(tick))}H${coordinate(x(months))}`).join('')}"/><g text-anchor="end" dominant-baseline="middle">`,
  );
  for (const tick of ticks) {
    parts.push(
      `<text x="${coordinate(x(0) - 6)}" y="${coordinate(y(tick))}">${escapeText(formatValue(tick))}</text>`,
    );
  }
  parts.push('</g><g text-anchor="middle">');
  for (let year = 1; year * MONTHS_PER_YEAR <= months; year++) {
    parts.push(
      `<text x="${coordinate(x((year - 0.5) * MONTHS_PER_YEAR))}" y="${height - 8}">Year ${year}</text>`,
    );
  }
  parts.push('</g>');
  for (const line of series) {
    const chosen = line.chosen ? ' is-chosen' : '';
    parts.push(
      `<path class="chart-line chart-line--${escapeText(line.key)}${chosen}" d="${stepPath(line.totals, x, y)}"/>`,
    );
  }
  return parts.join('');
}
