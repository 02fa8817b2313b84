import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { avatarTone, avatarToneCount, initialsOf } from '../../src/lib/avatar';

describe('initialsOf', () => {
  it.each([
    ['Li', 'L'],
    ['Tomás Ortega', 'TO'],
    ['ángela ruiz', 'ÁR'],
    ['Jean-Luc Picard', 'JP'],
    ['Ludwig van Beethoven', 'LB'],
    ['  Maria   ', 'M'],
    ['(Kate) Smith', 'KS'],
    ['Zoë', 'Z'],
    ['李小龙', '李'],
    ['Ｅｍｍａ Ｙｕ', 'ＥＹ'],
  ])('%s → %s', (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });

  it('keeps a letter with a combining accent whole', () => {
    expect(initialsOf('E\u0301mile Zola')).toBe('E\u0301Z');
  });

  it('gives at most two characters for any name', () => {
    const segments = (text: string) => [...new Intl.Segmenter().segment(text)].length;
    fc.assert(
      fc.property(fc.string(), (name) => {
        expect(segments(initialsOf(name))).toBeLessThanOrEqual(2);
      }),
    );
  });
});

describe('avatarTone', () => {
  it('is one of the tones the stylesheet defines, the same on every build', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (id) => {
        const tone = avatarTone(id);
        expect(Number.isInteger(tone)).toBe(true);
        expect(tone).toBeGreaterThanOrEqual(0);
        expect(tone).toBeLessThan(avatarToneCount);
        expect(avatarTone(id)).toBe(tone);
      }),
    );
  });

  it('spreads a team over the tones rather than giving everyone one colour', () => {
    const ids = ['andrey', 'daniil', 'asya', 'eugeniy', 'nail', 'eugenia', 'kate', 'anastasia'];
    expect(new Set(ids.map((id) => avatarTone(id))).size).toBeGreaterThanOrEqual(4);
  });
});
