/**
 * How the FAQ is laid out as it grows. Up to ONE_PAGE_LIMIT questions, every
 * answer is on /faq/ (easy to scan, and find-in-page works). Beyond it, /faq/
 * lists the questions and each topic gets a page of its own answers, so no page
 * grows with the whole FAQ: at 1,000 questions the largest page stays well under
 * 60 KB gzip (see `npm run bench -- --scale` and tests/build/faq-at-scale.test.ts).
 */
export const ONE_PAGE_LIMIT = 50;

export interface FaqLayout {
  /** True when answers live on topic pages rather than on /faq/ itself. */
  byTopic: boolean;
  /** The site path of a topic's answers: "/faq/" or "/faq/<topic>/". */
  topicPath: (topicId: string) => string;
}

export function faqLayout(questionCount: number, limit = ONE_PAGE_LIMIT): FaqLayout {
  const byTopic = questionCount > limit;
  return {
    byTopic,
    topicPath: (topicId) => (byTopic ? `/faq/${topicId}/` : '/faq/'),
  };
}
