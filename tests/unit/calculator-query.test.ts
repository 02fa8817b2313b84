import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  choiceParams,
  NO_LICENSE,
  readChoice,
  withParams,
  type CalculatorChoice,
} from '../../src/lib/calculator-query';
import { horizons } from '../../src/lib/pricing';

const known = { plans: ['basic', 'premium'], licenses: ['yearly-small', 'forever-large'] };
const defaults: CalculatorChoice = { plan: 'premium', license: NO_LICENSE, years: 1 };
const choices = fc.record({
  plan: fc.constantFrom(...known.plans),
  license: fc.constantFrom(NO_LICENSE, ...known.licenses),
  years: fc.constantFrom(...horizons),
});

const anyText = fc.string({ unit: 'binary' });
/**
 * Query-shaped junk: the calculator's names, separators, numbers, broken
 * percent-escapes and any text, in any order. (fc.webQueryParameters() builds a
 * character table first that takes 1 s on an idle machine and over 6 s on a busy one.)
 */
const queryJunk = fc
  .array(
    fc.oneof(
      fc.constantFrom('plan', 'license', 'years', 'billing', '=', '&', '?', '#', '+', '%'),
      fc.constantFrom('%zz', '%E0%A4%A', '%00', '%2e%2e%2f', '%C0%AE'),
      fc.integer().map(String),
      anyText,
    ),
  )
  .map((parts) => parts.join(''));

/** The query a choice is written as, as the island writes it. */
const queryFor = (choice: CalculatorChoice) =>
  new URL(withParams('https://example.test/plans/', choiceParams(choice, defaults))).search;

describe('the calculator’s state in the address', () => {
  it('reads a valid choice', () => {
    expect(readChoice('?plan=basic&license=forever-large&years=3', known, defaults)).toEqual({
      plan: 'basic',
      license: 'forever-large',
      years: 3,
    });
  });

  it('falls back to the default for each unknown, out-of-range or hostile value', () => {
    const hostile =
      '?billing=<script>alert(1)</script>&plan=../../etc&license=%00&years=999&extra=1';
    expect(readChoice(hostile, known, defaults)).toEqual(defaults);
    for (const years of ['0', '4', '1.0', ' 2', '02', '2e0', 'NaN', '-1', '']) {
      expect(readChoice(`?years=${encodeURIComponent(years)}`, known, defaults).years).toBe(1);
    }
    for (const plan of ['__proto__', 'constructor', 'toString', 'BASIC', 'basic ', 'none']) {
      expect(readChoice(`?plan=${encodeURIComponent(plan)}`, known, defaults).plan).toBe('premium');
    }
    // Broken percent-encoding is not an error either.
    expect(readChoice('?license=%E0%A4%A&plan=%', known, defaults)).toEqual(defaults);
  });

  it('takes the first of repeated parameters, as URLSearchParams does', () => {
    expect(readChoice('?plan=basic&plan=premium', known, defaults).plan).toBe('basic');
  });

  it('writes only what differs from the default, so an untouched page keeps a clean URL', () => {
    expect(choiceParams(defaults, defaults)).toEqual({
      plan: undefined,
      license: undefined,
      years: undefined,
    });
    expect(queryFor({ plan: 'basic', license: NO_LICENSE, years: 2 })).toBe('?plan=basic&years=2');
  });

  it('never throws, and always yields a known choice, whatever the query', () => {
    const queries = fc.oneof(
      anyText,
      queryJunk,
      fc
        .dictionary(fc.constantFrom('plan', 'license', 'years', 'billing'), anyText)
        .map((params) => new URLSearchParams(params).toString()),
    );
    fc.assert(
      fc.property(queries, (query) => {
        const choice = readChoice(query, known, defaults);
        expect(known.plans).toContain(choice.plan);
        expect([NO_LICENSE, ...known.licenses]).toContain(choice.license);
        expect(horizons).toContain(choice.years);
      }),
    );
  });

  it('reads back exactly what it wrote, for every choice', () => {
    fc.assert(
      fc.property(choices, (choice) => {
        expect(readChoice(queryFor(choice), known, defaults)).toEqual(choice);
      }),
    );
  });
});

describe('withParams', () => {
  it('sets and removes parameters, keeping the others and the fragment', () => {
    expect(
      withParams('https://example.test/plans/?utm=mail&plan=old#compare', {
        plan: 'basic',
        years: undefined,
        utm: undefined,
        license: 'a b&c',
      }),
    ).toBe('https://example.test/plans/?plan=basic&license=a+b%26c#compare');
  });
});
