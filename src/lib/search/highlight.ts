import { HIGHLIGHT_PARAMETER } from './parameters';

// Matched words travel to the answer in the URL (/faq/?highlight=chat#live-chat),
// so highlighting works whether the answer is on this page or another one.

const MAX_WORDS = 20;
/**
 * However many words a link names and however often they occur, at most this
 * many are marked in one answer: enough to guide the eye, and a hand-made link
 * cannot make the page mark (and freeze on) every word of a long answer.
 */
export const MAX_MARKS_PER_ANSWER = 50;
const MAX_WORD_LENGTH = 60;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** A word as it should be highlighted: edge punctuation gone, "(UTC+3)." → "UTC+3". */
export function trimWord(word: string): string {
  return word.replace(EDGE_PUNCTUATION, '');
}

/** Distinct words, ignoring case, in first-seen order; empty and oversized words dropped. */
export function distinctWords(words: Iterable<string>): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of words) {
    const word = trimWord(raw);
    const key = word.toLowerCase();
    if (!word || word.length > MAX_WORD_LENGTH || seen.has(key)) continue;
    seen.add(key);
    result.push(word);
    if (result.length === MAX_WORDS) break;
  }
  return result;
}

/** The words to highlight, read from a URL's query string (`location.search`). */
export function readHighlightWords(search: string): string[] {
  return distinctWords(new URLSearchParams(search).getAll(HIGHLIGHT_PARAMETER));
}

/**
 * Adds words to highlight to a link, keeping its path and hash. Works for
 * site-relative links ("/faq/#live-chat") as well as absolute ones.
 */
export function withHighlightWords(href: string, words: string[]): string {
  if (words.length === 0) return href;
  const placeholderOrigin = 'https://relative.invalid';
  const url = new URL(href, placeholderOrigin);
  url.searchParams.delete(HIGHLIGHT_PARAMETER);
  for (const word of words) url.searchParams.append(HIGHLIGHT_PARAMETER, word);
  const result = url.toString();
  return result.startsWith(placeholderOrigin) ? result.slice(placeholderOrigin.length) : result;
}

export interface TextRange {
  start: number;
  end: number;
}

/**
 * Where the given words occur in `text` as whole words, ignoring case, in
 * order and without overlaps. Plain string search: the words are visitor
 * input and are never turned into a regular expression.
 */
export function findWords(text: string, words: string[]): TextRange[] {
  const lower = text.toLowerCase();
  // Lower-casing a few characters changes the string's length; then only exact case matches.
  const haystack = lower.length === text.length ? lower : text;
  const ranges: TextRange[] = [];
  for (const word of words) {
    const needle = haystack === lower ? word.toLowerCase() : word;
    if (!needle) continue;
    for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
      const end = at + needle.length;
      if (isWordBoundary(text, at - 1) && isWordBoundary(text, end))
        ranges.push({ start: at, end });
    }
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const result: TextRange[] = [];
  for (const range of ranges) {
    const previous = result.at(-1);
    if (!previous || range.start >= previous.end) result.push(range);
  }
  return result;
}

function isWordBoundary(text: string, index: number): boolean {
  const character = text[index];
  return character === undefined || !LETTER_OR_DIGIT.test(character);
}
