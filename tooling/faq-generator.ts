import type { TempSite } from './temp-site.ts';

/**
 * Seeded, varied FAQ entries for scale runs: answers of about 400 characters
 * assembled from many sentence parts, so no two entries read the same and the
 * search index and compression see realistic text.
 */

export interface GeneratedTopic {
  id: string;
  name: string;
  order: number;
}

export interface GeneratedEntry {
  slug: string;
  question: string;
  topic: string;
  order: number;
  answer: string;
}

/** mulberry32: a small, fast PRNG; the same seed gives the same FAQ. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const subjects = [
  'checkout',
  'vendor payouts',
  'product import',
  'the storefront theme',
  'shipping rates',
  'tax rules',
  'the mobile app',
  'email notifications',
  'search filters',
  'customer groups',
  'promotions',
  'order statuses',
  'the admin panel',
  'backups',
  'SEO settings',
  'the cache',
  'payment gateways',
  'product variations',
  'marketplace commissions',
  'language packs',
  'currencies',
  'gift certificates',
  'reward points',
  'the REST API',
  'cron jobs',
  'image thumbnails',
  'vendor plans',
  'abandoned carts',
  'reports',
  'access rights',
];
const verbs = [
  'configure',
  'update',
  'restore',
  'speed up',
  'translate',
  'move',
  'test',
  'secure',
  'customise',
  'check',
  'reset',
  'export',
];
const openers = [
  'You can',
  'Most stores',
  'Our engineers usually',
  'In most cases you can',
  'Administrators can',
  'It is possible to',
  'Store owners often',
];
const middles = [
  'from the admin panel',
  'with a few settings',
  'after a short review of the logs',
  'once the add-on is enabled',
  'without touching the code',
  'by following the documented steps',
  'with help from the support team',
  'during a maintenance window',
];
const endings = [
  'and the change applies at once.',
  'and customers will not notice any downtime.',
  'so keep a backup before you start.',
  'which we can check for you on request.',
  'and the documentation lists every option.',
  'though large catalogues take longer.',
  'and we recommend testing on a copy first.',
  'unless a third-party add-on overrides it.',
];
const details = [
  'Remember that cached pages may show the old state for a while.',
  'If the store runs several storefronts, repeat the step for each one.',
  'Vendors see the result in their own panel.',
  'The setting is stored per language, so check every translation.',
  'Large imports are split into batches automatically.',
  'A cron job finishes the work in the background.',
  'Logs record who changed what, and when.',
  'Permissions decide which administrators may do this.',
];
const topicWords = [
  'Orders',
  'Catalogue',
  'Vendors',
  'Payments',
  'Shipping',
  'Design',
  'Marketing',
  'Performance',
  'Security',
  'Integrations',
  'Accounts',
  'Mobile',
  'Reports',
  'Hosting',
  'Updates',
  'Languages',
  'Taxes',
  'Promotions',
  'Customers',
  'Backups',
];

export function generateFaq(
  count: number,
  seed = 7,
): { topics: GeneratedTopic[]; entries: GeneratedEntry[] } {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  // About fifty questions a topic, as a growing FAQ would be organised.
  const topicCount = Math.min(topicWords.length, Math.max(3, Math.ceil(count / 50)));
  const topics = topicWords.slice(0, topicCount).map((word, index) => ({
    id: `generated-${word.toLowerCase()}`,
    name: `${word} (generated)`,
    order: 100 + index,
  }));
  const entries = Array.from({ length: count }, (_, index) => {
    const subject = pick(subjects);
    const verb = pick(verbs);
    const topic = topics[index % topics.length] as GeneratedTopic;
    let answer = '';
    while (answer.length < 380) {
      answer += `${pick(openers)} ${pick(verbs)} ${pick(subjects)} ${pick(middles)}, ${pick(endings)} ${pick(details)} `;
    }
    return {
      slug: `generated-${index + 1}-${verb.replace(/\s+/g, '-')}-${subject.replace(/[^a-z]+/gi, '-').toLowerCase()}`.replace(
        /-+$/,
        '',
      ),
      question: `How do I ${verb} ${subject} (case ${index + 1})?`,
      topic: topic.id,
      order: Math.floor(index / topics.length) + 1,
      answer: answer.trim().slice(0, 440),
    };
  });
  return { topics, entries };
}

/** Adds `count` generated questions (and their topics) to a copy of the site. */
export async function addGeneratedFaq(site: TempSite, count: number): Promise<void> {
  const { topics, entries } = generateFaq(count);
  const topicsFile = 'src/content/faq-topics.yaml';
  const extraTopics = topics.map(
    (topic) => `- id: ${topic.id}\n  name: ${topic.name}\n  order: ${topic.order}\n`,
  );
  await site.write(topicsFile, `${await site.read(topicsFile)}${extraTopics.join('')}`);
  for (const entry of entries) {
    await site.write(
      `src/content/faq/${entry.slug}.mdx`,
      `---\nquestion: ${JSON.stringify(entry.question)}\ntopic: ${entry.topic}\norder: ${entry.order}\n---\n\n${entry.answer}\n`,
    );
  }
}
