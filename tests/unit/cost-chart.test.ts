import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { axisTicks, costChartDrawing, linearScale, stepPath } from '../../src/lib/cost-chart';

describe('axis ticks', () => {
  it('steps by 1, 2 or 5 times a power of ten from zero past the maximum', () => {
    expect(axisTicks(1_422_000)).toEqual([0, 500_000, 1_000_000, 1_500_000]);
    expect(axisTicks(396_000)).toEqual([0, 100_000, 200_000, 300_000, 400_000]);
    expect(axisTicks(0)).toEqual([0]);
  });

  it('for any maximum: round, even steps, at most five of them, ending at or past it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e12 }), (max) => {
        const ticks = axisTicks(max);
        const step = ticks[1] ?? 0;
        expect(ticks[0]).toBe(0);
        expect(ticks.at(-1)).toBeGreaterThanOrEqual(max);
        expect(ticks.length).toBeLessThanOrEqual(5);
        ticks.forEach((tick, index) => expect(tick).toBe(index * step));
        expect(String(step)).toMatch(/^[125]0*$/);
      }),
    );
  });
});

describe('the cost chart drawing', () => {
  const x = linearScale(3, 0, 30);
  const y = linearScale(100, 100, 0);

  it('draws a running total as steps: up at each invoice, flat until the next', () => {
    expect(stepPath([50, 50, 100], x, y)).toBe('M0 100v-50h20v-50H30');
  });

  it('draws equal invoices as the same relative step, repeated', () => {
    const months = 36;
    const monthly = Array.from({ length: months }, (_, month) => 39_500 * (month + 1));
    const path = stepPath(monthly, linearScale(months, 80, 552), linearScale(1_500_000, 186, 10));
    expect(path).toMatch(/^M80 186(v-[\d.]+)(h13\.11\1){35}H552$/);
  });

  it('for any totals, the steps end where the last total is drawn, within a fraction of a unit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50_000 }), { minLength: 1, maxLength: 36 }),
        (increments) => {
          let total = 0;
          const totals = increments.map((increment) => (total += increment));
          const scaleY = linearScale(Math.max(1, total), 186, 10);
          const steps = [
            ...stepPath(totals, linearScale(totals.length, 80, 552), scaleY).matchAll(
              /v(-?[\d.]+)/g,
            ),
          ];
          const drawnTop = steps.reduce((top, [, step]) => top + Number(step), scaleY(0));
          expect(Math.abs(drawnTop - scaleY(total))).toBeLessThan(0.2);
        },
      ),
    );
  });

  it('maps values onto the drawing', () => {
    expect(linearScale(3, 10, 20)(1)).toBeCloseTo(13.33, 2);
  });

  it('has a line per series, a band for included support, and a label per grid line', () => {
    const drawing = costChartDrawing({
      series: [
        { key: 'upfront', totals: [300, 300, 300], chosen: true },
        { key: 'gradual', totals: [110, 220, 330], chosen: false },
      ],
      shadedMonths: 2,
      formatValue: (value) => `<${value}>`,
    });
    expect(drawing.lines.map(({ key, chosen }) => [key, chosen])).toEqual([
      ['upfront', true],
      ['gradual', false],
    ]);
    expect(drawing.band).toEqual({ x: '80', y: '10', width: '314.7', height: '176' });
    // Labels are text for the DOM to escape, as written.
    expect(drawing.valueLabels.map((label) => label.text)).toEqual([
      '<0>',
      '<100>',
      '<200>',
      '<300>',
      '<400>',
    ]);
    expect(drawing.grid).toBe('M80 186H552M80 142H552M80 98H552M80 54H552M80 10H552');
  });

  it('labels each year, and shades nothing without included support', () => {
    const drawing = costChartDrawing({
      series: [{ key: 'only', totals: Array<number>(24).fill(1), chosen: true }],
      shadedMonths: 0,
      formatValue: String,
    });
    expect(drawing.yearLabels.map((label) => label.text)).toEqual(['Year 1', 'Year 2']);
    expect(drawing.band).toBeUndefined();
  });
});
