import { describe, expect, it } from 'vitest';
import { formatMoney, money } from '../../src/lib/money';

describe('money', () => {
  it('formats whole amounts without decimals and others with two', () => {
    expect(formatMoney(money(12500, 'USD'))).toBe('$125');
    expect(formatMoney(money(12550, 'USD'))).toBe('$125.50');
    expect(formatMoney(money(1234500, 'USD'))).toBe('$12,345');
    // German puts a no-break space before the euro sign.
    expect(formatMoney(money(12500, 'EUR'), 'de-DE')).toBe('125\u00a0€');
  });

  it('refuses fractional cents', () => {
    expect(() => money(10.5, 'USD')).toThrow(RangeError);
  });
});
