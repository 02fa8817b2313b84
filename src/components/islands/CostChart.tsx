// Lists here are built with .map, not <For>: they come from props that never
// change on the page, or are a few table cells rebuilt whole; <For>'s keyed
// reconciliation would add about half a kilobyte (gzip) to a tight budget.
/* eslint-disable solid/prefer-for */
import { CHART_VIEWBOX, costChartMarkup } from '../../lib/cost-chart';
import { formatMoney } from '../../lib/money';
import { billings, MONTHS_PER_YEAR, type Billing } from '../../lib/pricing';

export interface CostChartProps {
  /** Running totals paid by the end of each month, for each billing. */
  paid: Record<Billing, number[]>;
  chosen: Billing;
  years: number;
  currency: string;
  /** Months the license's included support covers; 0 with no license. */
  includedMonths: number;
}

const rowLabel: Record<Billing, string> = {
  annual: 'Billed annually',
  monthly: 'Billed monthly',
};

/** Monthly against annual billing over the horizon: a drawing, and its figures as a table. */
export default function CostChart(props: CostChartProps) {
  const money = (cents: number) => formatMoney({ cents, currency: props.currency });
  const yearNumbers = () => Array.from({ length: props.years }, (_, index) => index + 1);
  const paidAfter = (billing: Billing, years: number) =>
    props.paid[billing][years * MONTHS_PER_YEAR - 1] ?? 0;
  const drawing = () =>
    costChartMarkup({
      series: billings.map((billing) => ({
        key: billing,
        totals: props.paid[billing],
        chosen: billing === props.chosen,
      })),
      shadedMonths: props.includedMonths,
      formatValue: money,
    });
  const rows = () => [
    ...billings.map((billing) => [
      billing === props.chosen ? `${rowLabel[billing]} (your choice)` : rowLabel[billing],
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
        aria-label="Running total paid, billed annually and billed monthly; the table below gives the figures."

        // Markup built by src/lib/cost-chart from numbers, with text escaped.
        // eslint-disable-next-line solid/no-innerhtml
        innerHTML={drawing()}
      />
      <div class="table-scroll" role="region" aria-labelledby="cost-table-caption" tabindex="0">
        <table class="cost-chart__table">
          <caption id="cost-table-caption">Total paid by the end of each year</caption>
          <thead>
            <tr>
              <th scope="col">Billing</th>
              {yearNumbers().map((year) => (
                <th scope="col">{`Year ${year}`}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows().map(([label, ...cells]) => (
              <tr>
                <th scope="row">{label}</th>
                {cells.map((cell) => (
                  <td>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
