/** The generated avatar shown for a person without a photo. */

const graphemes = (text: string) =>
  Array.from(new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text), (s) => s.segment);

/**
 * Up to two initials: the first letters of the first and the last word of a name
 * ("Tomás Ortega" → "TO", "Li" → "L"). Counts whole characters, so accented and
 * non-Latin names keep their letters intact.
 */
export function initialsOf(name: string): string {
  const words = name
    .split(/[\s\-‐]+/u)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+/u, ''))
    .filter((word) => word !== '');
  const first = words[0];
  const last = words.length > 1 ? words.at(-1) : undefined;
  return [first, last]
    .map((word) => (word === undefined ? '' : (graphemes(word)[0] ?? '')))
    .join('')
    .toLocaleUpperCase();
}

/** How many avatar colours the stylesheet defines. */
export const avatarToneCount = 6;

/**
 * A colour for a person's avatar, stable across builds (derived from their id, not
 * their position), so the same person always wears the same colour.
 */
export function avatarTone(id: string, tones = avatarToneCount): number {
  let hash = 0;
  for (const unit of id) hash = (hash * 31 + (unit.codePointAt(0) ?? 0)) >>> 0;
  return hash % tones;
}
