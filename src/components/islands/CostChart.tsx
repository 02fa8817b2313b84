// Lists here are built with .map, not <For>: they come from props that never
// change on the page, or are a few table cells rebuilt whole; <For>'s keyed
// reconciliation would add about half a kilobyte (gzip) to a tight budget.
/* eslint-disable solid/prefer-for */
import { createMemo } from 'solid-js';
import { CHART_VIEWBOX, costChartDrawing } from '../../lib/cost-chart';
import { formatMoney } from '../../lib/money';
import { billedLabel, billings, MONTHS_PER_YEAR, type Billing } from '../../lib/pricing';

export interface CostChartProps {
  /** Running totals paid by the end of each month, for each billing. */
  paid: Record<Billing, number[]>;
  chosen: Billing;
  years: number;
  currency: string;
  /** Months the license's included support covers; 0 with no license. */
  includedMonths: number;
}

/** Monthly against annual billing over the horizon: a drawing, and its figures as a table. */
export default function CostChart(props: CostChartProps) {
  const money = (cents: number) => formatMoney({ cents, currency: props.currency });
  const yearNumbers = () => Array.from({ length: props.years }, (_, index) => index + 1);
  const paidAfter = (billing: Billing, years: number) =>
    props.paid[billing][years * MONTHS_PER_YEAR - 1] ?? 0;
  const drawing = createMemo(() =>
    costChartDrawing({
      series: billings.map((billing) => ({
        key: billing,
        totals: props.paid[billing],
        chosen: billing === props.chosen,
      })),
      shadedMonths: props.includedMonths,
      formatValue: money,
    }),
  );
  const rows = () => [
    ...billings.map((billing) => [
      // Lower case, as running text writes it; the row head's CSS capitalises it.
      billing === props.chosen ? `${billedLabel[billing]} (your choice)` : billedLabel[billing],
      ...yearNumbers().map((year) => money(paidAfter(billing, year))),
    ]),
    [
      'Annual billing saves',
      ...yearNumbers().map((year) => money(paidAfter('monthly', year) - paidAfter('annual', year))),
    ],
  ];

  return (
    <>
      <svg
        class="cost-chart__drawing"
        viewBox={CHART_VIEWBOX}
        role="img"
        aria-label={`Running total paid, ${billedLabel.annual} and ${billedLabel.monthly}; the table below gives the figures.`}
      >
        {drawing().band && (
          <rect
            class="chart-band"
            x={drawing().band?.x}
            y={drawing().band?.y}
            width={drawing().band?.width}
            height={drawing().band?.height}
          />
        )}
        <path class="chart-grid" d={drawing().grid} />
        {/* Labels take their alignment from their group: SVG presentation
            attributes, which the CSP allows, unlike style attributes. */}
        <g text-anchor="end" dominant-baseline="middle">
          {drawing().valueLabels.map((label) => (
            <text x={label.x} y={label.y}>
              {label.text}
            </text>
          ))}
        </g>
        <g text-anchor="middle">
          {drawing().yearLabels.map((label) => (
            <text x={label.x} y={label.y}>
              {label.text}
            </text>
          ))}
        </g>
        {drawing().lines.map((line) => (
          <path
            class={`chart-line chart-line--${line.key}${line.chosen ? ' is-chosen' : ''}`}
            d={line.path}
          />
        ))}
      </svg>
      <div class="table-frame">
        <table class="cost-chart__table reflow" role="table" aria-labelledby="cost-table-caption">
          <caption id="cost-table-caption">Total paid by the end of each year</caption>
          <thead>
            <tr role="row">
              <th role="columnheader">Billing</th>
              {yearNumbers().map((year) => (
                <th role="columnheader">{`Year ${year}`}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows().map(([label, ...cells]) => (
              <tr role="row">
                <th role="rowheader">{label}</th>
                {cells.map((cell, index) => (
                  <td role="cell" data-label={`Year ${index + 1}`}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
