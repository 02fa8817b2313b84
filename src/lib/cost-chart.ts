import { MONTHS_PER_YEAR } from './pricing';

/** A chart of money paid over time: the coordinates of its SVG drawing. */

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

export interface ChartLabel {
  x: string;
  y: string;
  text: string;
}

/** What the cost chart draws, as coordinates: the island renders it as SVG elements. */
export interface CostChartDrawing {
  /** The band of months the license's included support covers, if any. */
  band: { x: string; y: string; width: string; height: string } | undefined;
  /** One horizontal grid line per axis value, as one path. */
  grid: string;
  /** The money at each grid line, right-aligned to the left of the plot. */
  valueLabels: ChartLabel[];
  /** "Year 1", "Year 2"…, centred under each year. */
  yearLabels: ChartLabel[];
  lines: { key: string; chosen: boolean; path: string }[];
}

/**
 * The cost chart: grid lines with money labels, one label per year, a shaded
 * band and a stepped line per series, in the drawing's coordinates.
 */
export function costChartDrawing({
  series,
  shadedMonths,
  formatValue,
}: CostChartInput): CostChartDrawing {
  const { width, height } = CHART_SIZE;
  const months = Math.max(1, ...series.map((line) => line.totals.length));
  const ticks = axisTicks(Math.max(...series.flatMap((line) => line.totals)));
  const x = linearScale(months, PLOT.left, width - PLOT.right);
  const y = linearScale(ticks.at(-1) ?? 1, height - PLOT.bottom, PLOT.top);
  const years = Array.from({ length: Math.floor(months / MONTHS_PER_YEAR) }, (_, index) => index);
  return {
    band:
      shadedMonths > 0
        ? {
            x: coordinate(x(0)),
            y: String(PLOT.top),
            width: coordinate(x(shadedMonths) - x(0)),
            height: String(height - PLOT.top - PLOT.bottom),
          }
        : undefined,
    grid: ticks
      .map((tick) => `M${coordinate(x(0))} ${coordinate(y(tick))}H${coordinate(x(months))}`)
      .join(''),
    valueLabels: ticks.map((tick) => ({
      x: coordinate(x(0) - 6),
      y: coordinate(y(tick)),
      text: formatValue(tick),
    })),
    yearLabels: years.map((year) => ({
      x: coordinate(x((year + 0.5) * MONTHS_PER_YEAR)),
      y: String(height - 8),
      text: `Year ${year + 1}`,
    })),
    lines: series.map((line) => ({
      key: line.key,
      chosen: line.chosen,
      path: stepPath(line.totals, x, y),
    })),
  };
}
