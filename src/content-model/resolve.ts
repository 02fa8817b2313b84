import type {
  ComparisonRow,
  ComparisonValue,
  Faq,
  License,
  Plan,
  Plans,
  PricedPlan,
  ProseRef,
  SiteModel,
  TeamMember,
} from './model';
import { faqLayout } from '../lib/faq-layout';
import { pageTexts, type PageText } from './files';
import type { EntryData } from './schemas';

/**
 * Turns content that passed every check into the model. It checks nothing
 * itself: the schemas and the rules across files (./rules.ts) have refused
 * whatever would break it. Where the types need a guarantee those rules give (one
 * plan comes with licenses, every parent exists), `broken` names the rule, so a
 * rule lost in a change fails loudly here instead of rendering something wrong.
 */

/** One valid entry: its id, its file and what its collection's schema made of it. */
export interface ValidEntry<Data> {
  id: string;
  file: string;
  data: Data;
}

export type ValidContent = {
  [Name in keyof EntryData]: readonly ValidEntry<EntryData[Name]>[];
};

class BrokenRuleError extends Error {
  constructor(rule: string) {
    super(`The content breaks a rule that the content check should have refused: ${rule}.`);
    this.name = 'BrokenRuleError';
  }
}

const broken = (rule: string): never => {
  throw new BrokenRuleError(rule);
};

const byOrder = <T extends { data: { order: number } }>(a: T, b: T) => a.data.order - b.data.order;
const sorted = <T extends { data: { order: number } }>(entries: readonly T[]) =>
  [...entries].sort(byOrder);

function resolvePlans(entries: ValidContent['plans']): Plans {
  const plans = new Map<string, Plan>();
  const inOrder = sorted(entries);
  // A parent is resolved before its children: follow `extends` up first.
  const resolve = (entry: ValidEntry<EntryData['plans']>, seen: Set<string>): Plan => {
    const done = plans.get(entry.id);
    if (done) return done;
    if (seen.has(entry.id)) return broken('plans extend each other in a circle');
    seen.add(entry.id);
    const { extends: parentId, pricePerMonth: prices, includedWithLicense, ...fields } = entry.data;
    const parentEntry =
      parentId === undefined
        ? undefined
        : (entries.find((candidate) => candidate.id === parentId) ??
          broken(`plan "${entry.id}" extends a plan that does not exist`));
    const common = {
      id: entry.id,
      ...fields,
      parent: parentEntry && resolve(parentEntry, seen),
      description: { collection: 'planDescriptions', id: entry.id } as const,
    };
    const plan: Plan = prices
      ? { kind: 'priced', ...common, prices }
      : includedWithLicense
        ? { kind: 'included', ...common }
        : broken(`plan "${entry.id}" has neither a price nor includedWithLicense`);
    plans.set(entry.id, plan);
    return plan;
  };
  const all = inOrder.map((entry) => resolve(entry, new Set()));
  const [included, ...moreIncluded] = all.filter((plan) => plan.kind === 'included');
  if (!included || moreIncluded.length > 0) broken('exactly one plan comes with licenses');
  const [firstPriced, ...morePriced] = all.filter(
    (plan): plan is PricedPlan => plan.kind === 'priced',
  );
  return {
    all,
    included: included ?? broken('exactly one plan comes with licenses'),
    priced: [firstPriced ?? broken('at least one plan has a price'), ...morePriced],
  };
}

function resolveFaq(
  topics: ValidContent['faqTopics'],
  questions: ValidContent['faq'],
  contactQuestionId: string,
): Faq {
  const known = new Set(topics.map((topic) => topic.id));
  for (const question of questions) {
    if (!known.has(question.data.topic)) broken(`question "${question.id}" names no known topic`);
  }
  const layout = faqLayout(questions.length);
  const grouped = sorted(topics)
    .map((topic) => ({
      id: topic.id,
      name: topic.data.name,
      order: topic.data.order,
      path: layout.topicPath(topic.id),
      questions: sorted(questions.filter((question) => question.data.topic === topic.id)).map(
        (question) => ({
          id: question.id,
          question: question.data.question,
          order: question.data.order,
          answer: { collection: 'faqAnswers', id: question.id } as const,
        }),
      ),
    }))
    .filter((topic) => topic.questions.length > 0);
  const contactTopic =
    grouped.find((topic) => topic.questions.some(({ id }) => id === contactQuestionId)) ??
    broken('site.yaml names an existing question in contactQuestion');
  return {
    topics: grouped,
    questionCount: questions.length,
    byTopic: layout.byTopic,
    contactQuestion: {
      question:
        contactTopic.questions.find(({ id }) => id === contactQuestionId) ??
        broken('site.yaml names an existing question in contactQuestion'),
      topicPath: contactTopic.path,
    },
  };
}

function comparisonValue(row: EntryData['comparison'], plan: Plan): ComparisonValue {
  if (row.fromPlan === 'requests') return { kind: 'requests', requests: plan.requests };
  if (row.fromPlan === 'responseTime')
    return { kind: 'response-time', hours: plan.responseTimeHours };
  const value = row.values?.[plan.id] ?? broken(`a comparison row has no value for "${plan.id}"`);
  if (value === true || value === 'yes') return { kind: 'included' };
  if (value === false || value === 'no') return { kind: 'not-included' };
  return { kind: 'text', text: value };
}

/**
 * Whether the plan gives the row's feature on annual billing only: a row whose id
 * is a feature's id in the plan's file, or in a plan it extends, takes that
 * feature's `annualOnly` flag, so the flag lives in one place.
 */
function annualOnlyIn(plan: Plan | undefined, featureId: string): boolean {
  if (!plan) return false;
  const feature = plan.features.find((candidate) => candidate.id === featureId);
  return feature ? feature.annualOnly === true : annualOnlyIn(plan.parent, featureId);
}

function resolveComparison(rows: ValidContent['comparison'], plans: Plans): ComparisonRow[] {
  return sorted(rows).map(({ id, data }) => ({
    id,
    label: data.label,
    explanation: data.explanation,
    cells: plans.all.map((plan) => {
      const value = comparisonValue(data, plan);
      return { plan, value, annualOnly: value.kind !== 'not-included' && annualOnlyIn(plan, id) };
    }),
  }));
}

function resolveLicense({ id, data }: ValidEntry<EntryData['licenses']>): License {
  const { months } = data.includedSupport;
  return {
    id,
    name: data.name,
    product: data.product,
    kind: data.kind,
    includedSupport: months === undefined ? { entireSubscription: true } : { months },
  };
}

function resolveTeamMember({ id, data }: ValidEntry<EntryData['team']>): TeamMember {
  return { id, name: data.name, role: data.role, photo: data.photo };
}

function resolveTexts(entries: ValidContent['texts']): Record<PageText, ProseRef> {
  const ids = new Set(entries.map((entry) => entry.id));
  const ref = (id: string): ProseRef =>
    ids.has(id) ? { collection: 'pageTexts', id } : broken(`src/content/texts has ${id}.mdx`);
  return Object.fromEntries(
    Object.entries(pageTexts).map(([name, id]) => [name, ref(id)]),
  ) as Record<PageText, ProseRef>;
}

/** Exactly one entry: a single-record file (site.yaml, support-hours.yaml). */
const only = <Data>(entries: readonly ValidEntry<Data>[], file: string): Data =>
  entries[0]?.data ?? broken(`${file} holds one record`);

export function resolveModel(content: ValidContent): SiteModel {
  const plans = resolvePlans(content.plans);
  const site = only(content.site, 'site.yaml');
  return {
    site,
    texts: resolveTexts(content.texts),
    supportHours: only(content.supportHours, 'support-hours.yaml'),
    plans,
    faq: resolveFaq(content.faqTopics, content.faq, site.contactQuestion),
    comparison: resolveComparison(content.comparison, plans),
    licenses: sorted(content.licenses).map(resolveLicense),
    team: sorted(content.team).map(resolveTeamMember),
  };
}
