import type { FaqEntry, FaqTopic, SiteContent } from '../../data/content';
import { faqLayout } from '../../lib/faq-layout';

export interface TopicGroup {
  topic: FaqTopic;
  entries: FaqEntry[];
  /** Where this topic's answers are. */
  path: string;
}

/** The FAQ grouped by topic, in order, with where each topic's answers live. */
export function faqTopicGroups({ faq, faqTopics }: Pick<SiteContent, 'faq' | 'faqTopics'>) {
  const layout = faqLayout(faq.length);
  const groups: TopicGroup[] = faqTopics
    .map((topic) => ({
      topic,
      entries: faq.filter((entry) => entry.data.topic.id === topic.id),
      path: layout.topicPath(topic.id),
    }))
    .filter(({ entries }) => entries.length > 0);
  return { byTopic: layout.byTopic, groups };
}
