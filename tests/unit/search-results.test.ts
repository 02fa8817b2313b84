import { describe, expect, it } from 'vitest';
import type { PagefindPageData, PagefindSubResult } from '../../src/lib/search/pagefind-api';
import {
  excerptParts,
  matchedWords,
  questionResults,
  topicMetaKey,
} from '../../src/lib/search/results';

function section(id: string, title: string, scores: number[], at = 0): PagefindSubResult {
  return {
    title,
    url: `/faq/#${id}`,
    anchor: { element: 'h3', id, text: title, location: at },
    excerpt: `about <mark>${id}</mark>`,
    locations: scores.map((_, n) => at + n),
    weighted_locations: scores.map((balanced_score, n) => ({
      weight: 1,
      balanced_score,
      location: at + n,
    })),
  };
}

function page(url: string, sections: PagefindSubResult[], meta: Record<string, string> = {}) {
  const data: PagefindPageData = {
    url,
    content: 'Live chat? Yes. Live chat is part of Ultimate.',
    excerpt: 'Live <mark>chat</mark>',
    meta: { title: 'Frequently asked questions', ...meta },
    locations: [1],
    weighted_locations: [{ weight: 1, balanced_score: 5, location: 1 }],
    sub_results: sections,
  };
  return data;
}

describe('one search result per question', () => {
  it('ranks questions by the weight of the words they matched, not by page order', () => {
    const results = questionResults(
      [
        page('/faq/', [
          section('support-hours', 'When is the team available?', [512]),
          section('live-chat', 'Can I talk to support in a live chat?', [12800, 12800, 512]),
        ]),
      ],
      10,
    );
    expect(results.map((result) => result.question)).toEqual([
      'Can I talk to support in a live chat?',
      'When is the team available?',
    ]);
  });

  it('keeps page order between equal scores, across pages, and stops at the limit', () => {
    const results = questionResults(
      [
        page('/faq/a/', [section('a1', 'A1', [5]), section('a2', 'A2', [5])]),
        page('/faq/b/', [section('b1', 'B1', [9]), section('b2', 'B2', [5])]),
      ],
      3,
    );
    expect(results.map((result) => result.question)).toEqual(['B1', 'A1', 'A2']);
  });

  it("links to the question's anchor on the page Pagefind returned, with words to highlight", () => {
    const live = {
      ...section('live-chat', 'Live chat?', [1, 1], 0),
      url: '/support/faq/#live-chat',
    };
    const [result] = questionResults([page('/support/faq/', [live])], 10);
    expect(result?.url).toBe('/support/faq/?highlight=Live&highlight=chat#live-chat');
  });

  it("shows the question's own topic, or the page's when it has one for all", () => {
    const [own, pageWide] = questionResults(
      [
        page('/faq/', [section('live-chat', 'Live chat?', [9])], {
          [topicMetaKey('live-chat')]: 'Reaching the support team',
          topic: 'Everything',
        }),
        page('/faq/hosting/', [section('scalesta', 'Scalesta?', [1])], { topic: 'Hosting' }),
      ],
      10,
    );
    expect(own?.topic).toBe('Reaching the support team');
    expect(pageWide?.topic).toBe('Hosting');
  });

  it('gives no result for a page matched only by its title', () => {
    const titleOnly = { ...page('/faq/', []), locations: [], weighted_locations: [] };
    expect(questionResults([titleOnly], 10)).toEqual([]);
  });

  it('treats a page without headings as one result', () => {
    const [result] = questionResults([page('/faq/', [])], 10);
    expect(result).toMatchObject({ question: 'Frequently asked questions', score: 5 });
    expect(result?.url).toBe('/faq/?highlight=chat');
  });
});

describe('matched words and excerpts', () => {
  it('reads the matched words, as written, from their positions in the content', () => {
    expect(matchedWords('We fix every security bug. Other bugs (GMT+4).', [3, 4, 6, 7])).toEqual([
      'security',
      'bug',
      'bugs',
      'GMT+4',
    ]);
    expect(matchedWords('short', [9])).toEqual([]);
  });

  it("splits Pagefind's excerpt into text and marked words", () => {
    expect(excerptParts('to support in a <mark>live</mark> <mark>chat?</mark> Yes.')).toEqual([
      { text: 'to support in a ', marked: false },
      { text: 'live', marked: true },
      { text: ' ', marked: false },
      { text: 'chat?', marked: true },
      { text: ' Yes.', marked: false },
    ]);
  });

  it('turns escaped markup in the page text back into text, never into tags', () => {
    expect(excerptParts('type &lt;img src=x onerror=alert(1)&gt; <mark>here</mark>')).toEqual([
      { text: 'type <img src=x onerror=alert(1)> ', marked: false },
      { text: 'here', marked: true },
    ]);
  });
});
