import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { axisTicks, costChartMarkup, linearScale, stepPath } from '../../src/lib/cost-chart';

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
    expect(stepPath([50, 50, 100], x, y)).toBe('M0 100H0V50H20V0H30');
  });

  it('maps values onto the drawing, rounded to a tenth', () => {
    expect(linearScale(3, 10, 20)(1)).toBe(13.3);
  });

  it('has a line per series, a band for included support, and escaped labels', () => {
    const markup = costChartMarkup({
      series: [
        { key: 'upfront', totals: [300, 300, 300], chosen: true },
        { key: 'gradual', totals: [110, 220, 330], chosen: false },
      ],
      shadedMonths: 2,
      formatValue: (value) => `<${value}>`,
    });
    expect(markup.match(/<path /g)).toHaveLength(2);
    expect(markup).toContain('class="chart-line chart-line--upfront is-chosen"');
    expect(markup).toContain('class="chart-line chart-line--gradual"');
    expect(markup).toMatch(/<rect class="chart-band"/);
    expect(markup).toContain('&#60;100&#62;');
    expect(markup).not.toContain('<100>');
    expect(markup).not.toContain('style=');
  });

  it('labels each year, and shades nothing without included support', () => {
    const markup = costChartMarkup({
      series: [{ key: 'only', totals: Array(24).fill(1), chosen: true }],
      shadedMonths: 0,
      formatValue: String,
    });
    expect(markup.match(/>Year \d</g)).toEqual(['>Year 1<', '>Year 2<']);
    expect(markup).not.toContain('<rect');
  });
});
