import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { ContentRulesError, findContentProblems } from '../lib/content-rules';

/**
 * The one place pages and fact components read content from: every collection,
 * sorted, with references turned into plain ids, and checked across collections
 * so a broken reference or a repeated order fails the build.
 */

type Data<C extends CollectionKey> = CollectionEntry<C>['data'];

export type Plan = Omit<Data<'plans'>, 'extends'> & { id: string; extends?: string };
export type PlanEntry = CollectionEntry<'plans'>;
export type FaqEntry = CollectionEntry<'faq'>;
export type FaqTopic = Data<'faqTopics'>;
export type ComparisonRow = Data<'comparison'>;
export type License = Data<'licenses'>;
export type TeamMember = Data<'team'>;
export type SupportHoursContent = Data<'supportHours'>;
export type Site = Data<'site'>;

export interface SiteContent {
  site: Site;
  supportHours: SupportHoursContent;
  plans: Plan[];
  planEntries: PlanEntry[];
  faqTopics: FaqTopic[];
  /** Questions grouped in topic order, then by order within each topic. */
  faq: FaqEntry[];
  comparison: ComparisonRow[];
  licenses: License[];
  team: TeamMember[];
}

const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;
const byDataOrder = <T extends { data: { order: number } }>(a: T, b: T) =>
  a.data.order - b.data.order;

async function only<C extends 'site' | 'supportHours'>(collection: C) {
  const [entry, ...extra] = await getCollection(collection);
  if (!entry || extra.length > 0) {
    throw new Error(`The ${collection} collection must hold exactly one entry.`);
  }
  return entry;
}

async function load(): Promise<SiteContent> {
  const [site, supportHours, planEntries, faqTopics, faq, comparison, licenses, team] =
    await Promise.all([
      only('site'),
      only('supportHours'),
      getCollection('plans'),
      getCollection('faqTopics'),
      getCollection('faq'),
      getCollection('comparison'),
      getCollection('licenses'),
      getCollection('team'),
    ]);
  const located = <T extends { id: string; filePath?: string | undefined; data: unknown }>(
    entry: T,
  ) => ({
    id: entry.id,
    file: entry.filePath ?? entry.id,
  });
  const problems = findContentProblems({
    plans: planEntries.map((entry) => ({
      ...located(entry),
      data: { ...entry.data, extends: entry.data.extends?.id },
    })),
    faqTopics: faqTopics.map((entry) => ({ ...located(entry), data: entry.data })),
    faq: faq.map((entry) => ({
      ...located(entry),
      data: { topic: entry.data.topic.id, order: entry.data.order },
      body: entry.body ?? '',
    })),
    comparison: comparison.map((entry) => ({ ...located(entry), data: entry.data })),
    licenses: licenses.map((entry) => ({ ...located(entry), data: entry.data })),
    team: team.map((entry) => ({ ...located(entry), data: entry.data })),
  });
  if (problems.length > 0) throw new ContentRulesError(problems);

  const topicOrder = new Map(faqTopics.map((topic) => [topic.id, topic.data.order]));
  const sortedPlans = [...planEntries].sort(byDataOrder);
  return {
    site: site.data,
    supportHours: supportHours.data,
    planEntries: sortedPlans,
    plans: sortedPlans.map(({ id, data }) => {
      const { extends: parent, ...rest } = data;
      return parent ? { ...rest, id, extends: parent.id } : { ...rest, id };
    }),
    faqTopics: faqTopics.map((entry) => entry.data).sort(byOrder),
    faq: [...faq].sort(
      (a, b) =>
        (topicOrder.get(a.data.topic.id) ?? 0) - (topicOrder.get(b.data.topic.id) ?? 0) ||
        a.data.order - b.data.order,
    ),
    comparison: comparison.map((entry) => entry.data).sort(byOrder),
    licenses: licenses.map((entry) => entry.data).sort(byOrder),
    team: team.map((entry) => entry.data).sort(byOrder),
  };
}

let cached: Promise<SiteContent> | undefined;

/** All site content, loaded and checked once per build (afresh on every dev request). */
export function loadSiteContent(): Promise<SiteContent> {
  if (!import.meta.env.PROD) return load();
  cached ??= load();
  return cached;
}

/** Looks up an entry by id, failing with a message that names what was asked for. */
export function requireById<T extends { id: string }>(
  items: readonly T[],
  id: string,
  what: string,
): T {
  const found = items.find((item) => item.id === id);
  if (!found) {
    throw new Error(`Unknown ${what} "${id}". Known: ${items.map((item) => item.id).join(', ')}.`);
  }
  return found;
}
