import { findWords, MAX_MARKS_PER_ANSWER, readHighlightWords } from '../../../lib/search/highlight';

const HIT_CLASS = 'search-hit';
/** Where indexed answers are; matched words are marked only inside them. */
const ANSWER_SELECTOR = '[data-pagefind-body]';

/**
 * Marks the words a search matched (from the URL's `highlight` parameters) in
 * the answer its hash points to, or in every answer when there is no hash.
 * Earlier marks are removed first. Returns the answer's heading, if any.
 */
export function highlightAnswer(url: URL): HTMLElement | null {
  clearHighlights();
  const id = answerId(url.hash);
  const target = id ? document.getElementById(id) : null;
  const answer = target?.closest<HTMLElement>(ANSWER_SELECTOR);
  const scopes = answer ? [answer] : [...document.querySelectorAll<HTMLElement>(ANSWER_SELECTOR)];
  const words = readHighlightWords(url.search);
  if (words.length > 0) for (const scope of scopes) markWords(scope, words);
  return target;
}

/** Shows a same-page result: highlight, scroll to the answer and move focus to its question. */
export function showAnswer(url: URL): void {
  const target = highlightAnswer(url);
  if (!target) return;
  target.tabIndex = -1;
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}

/** The id a hash names; a malformed escape (a hand-edited link) is taken as written. */
function answerId(hash: string): string {
  const raw = hash.slice(1);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

function clearHighlights(): void {
  for (const mark of document.querySelectorAll(`mark.${HIT_CLASS}`)) {
    const parent = mark.parentNode;
    mark.replaceWith(...mark.childNodes);
    parent?.normalize();
  }
}

function markWords(scope: HTMLElement, words: string[]): void {
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  const textNodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    textNodes.push(node as Text);
  }
  let marks = 0;
  for (const node of textNodes) {
    if (marks >= MAX_MARKS_PER_ANSWER) break;
    const ranges = findWords(node.data, words).slice(0, MAX_MARKS_PER_ANSWER - marks);
    marks += ranges.length;
    // Splitting from the end keeps the earlier offsets valid.
    for (const { start, end } of ranges.reverse()) {
      node.splitText(end);
      const hit = node.splitText(start);
      const mark = document.createElement('mark');
      mark.className = HIT_CLASS;
      hit.replaceWith(mark);
      mark.append(hit);
    }
  }
}
