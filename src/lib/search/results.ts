import { distinctWords, withHighlightWords } from './highlight';
import type { PagefindPageData, PagefindSubResult, PagefindWordLocation } from './pagefind-api';

/** One question found by a search: what the result list shows. */
export interface QuestionResult {
  question: string;
  /** Where the answer is, from Pagefind (page + anchor), with the matched words to highlight. */
  url: string;
  topic: string | undefined;
  excerpt: ExcerptPart[];
  score: number;
}

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/**
 * Pagefind's meta holds each question's topic under "topic-<question id>",
 * because filters and meta belong to a page and a page holds many questions. A
 * page that is all one topic may set plain "topic" instead.
 */
export const topicMetaKey = (questionId: string) => `topic-${questionId}`;

/**
 * Turns Pagefind's page results into one result per question (per heading
 * with an id), best match first. Pagefind ranks pages and lists a page's
 * sections in page order; here sections are ranked by the weight of the words
 * they matched, so a match in a question outranks a passing mention elsewhere.
 * Equal scores keep page order. A page matched only by its metadata (its
 * title, which is not an answer) has no words to show and gives no result.
 */
export function questionResults(pages: PagefindPageData[], limit: number): QuestionResult[] {
  const results = pages.flatMap((page) =>
    sectionsOf(page)
      .filter((section) => section.locations.length > 0)
      .map((section) => toResult(page, section)),
  );
  return results
    .map((result, order) => ({ result, order }))
    .sort((a, b) => b.result.score - a.result.score || a.order - b.order)
    .slice(0, limit)
    .map(({ result }) => result);
}

/** A page whose content has no headings with ids is one section on its own. */
function sectionsOf(page: PagefindPageData): PagefindSubResult[] {
  if (page.sub_results.length > 0) return page.sub_results;
  return [
    {
      title: page.meta['title'] ?? page.url,
      url: page.url,
      excerpt: page.excerpt,
      locations: page.locations,
      weighted_locations: page.weighted_locations,
    },
  ];
}

function toResult(page: PagefindPageData, section: PagefindSubResult): QuestionResult {
  const topic = section.anchor ? page.meta[topicMetaKey(section.anchor.id)] : undefined;
  return {
    question: section.title,
    url: withHighlightWords(section.url, matchedWords(page.content, section.locations)),
    topic: topic ?? page.meta['topic'],
    excerpt: excerptParts(section.excerpt),
    score: totalScore(section.weighted_locations),
  };
}

const totalScore = (words: PagefindWordLocation[]) =>
  words.reduce((sum, word) => sum + word.balanced_score, 0);

/**
 * The words Pagefind matched, as written on the page ("bug" and "bugs" for a
 * search for "bugs"), found by their positions in the page's content.
 */
export function matchedWords(content: string, locations: number[]): string[] {
  const words = content.split(/\s+/);
  return distinctWords(locations.map((location) => words[location] ?? ''));
}

/**
 * Splits Pagefind's excerpt into plain text and marked words, so the page can
 * show it with text nodes and <mark> elements and never parse it as HTML.
 * Pagefind escapes "<" and ">" in the page's text (and nothing else), so the
 * only tags are its own <mark>s.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>' || piece === '</mark>') {
      marked = piece === '<mark>';
      continue;
    }
    if (!piece) continue;
    const text = piece.replaceAll('&lt;', '<').replaceAll('&gt;', '>');
    const previous = parts.at(-1);
    if (previous && previous.marked === marked) previous.text += text;
    else parts.push({ text, marked });
  }
  return parts;
}
