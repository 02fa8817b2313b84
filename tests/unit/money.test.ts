import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../src/lib/money';

describe('money', () => {
  it('formats whole amounts without decimals and others with two', () => {
    expect(formatMoney({ cents: 12500, currency: 'USD' })).toBe('$125');
    expect(formatMoney({ cents: 12550, currency: 'USD' })).toBe('$125.50');
    expect(formatMoney({ cents: 1234500, currency: 'USD' })).toBe('$12,345');
    // German puts a no-break space before the euro sign.
    expect(formatMoney({ cents: 12500, currency: 'EUR' }, 'de-DE')).toBe('125\u00a0€');
  });
});
