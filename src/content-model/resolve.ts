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
 * itself: the schemas decided each plan's kind and the rules across files
 * (./rules.ts) refused whatever would break it. Where the model's types need a
 * guarantee only those rules give (an entry found by its id, one plan that comes
 * with licenses), `broken` names the rule, so a rule lost in a change fails
 * loudly here instead of rendering something wrong (tests/unit/content-rules.test.ts
 * reaches it).
 */

/** One valid entry: its id, its file and what its collection's schema made of it. */
export interface ValidEntry<Data> {
  id: string;
  file: string;
  data: Data;
}

type RecordName = 'site' | 'supportHours';

/** Every valid entry by collection; a single-record file is its one record. */
export type ValidContent = {
  [Name in Exclude<keyof EntryData, RecordName>]: readonly ValidEntry<EntryData[Name]>[];
} & { [Name in RecordName]: EntryData[Name] };

export class BrokenRuleError extends Error {
  constructor(rule: string) {
    super(`The content breaks a rule that the content check should have refused: ${rule}.`);
    this.name = 'BrokenRuleError';
  }
}

const broken = (rule: string): never => {
  throw new BrokenRuleError(rule);
};

const sorted = <T extends { data: { order: number } }>(entries: readonly T[]) =>
  [...entries].sort((a, b) => a.data.order - b.data.order);

function resolvePlans(entries: ValidContent['plans']): Plans {
  const plans = new Map<string, Plan>();
  // A parent is resolved before its children: follow `extends` up first.
  const resolve = (entry: ValidEntry<EntryData['plans']>, seen: Set<string>): Plan => {
    const done = plans.get(entry.id);
    if (done) return done;
    if (seen.has(entry.id)) return broken('plans extend each other in a circle');
    seen.add(entry.id);
    const { extends: parentId, ...fields } = entry.data;
    const parent =
      parentId === undefined
        ? undefined
        : (entries.find((candidate) => candidate.id === parentId) ??
          broken(`plan "${entry.id}" extends a plan that does not exist`));
    const plan: Plan = {
      id: entry.id,
      ...fields,
      parent: parent && resolve(parent, seen),
      description: { collection: 'planDescriptions', id: entry.id },
    };
    plans.set(entry.id, plan);
    return plan;
  };
  const all = sorted(entries).map((entry) => resolve(entry, new Set()));
  const included = all.filter((plan) => plan.kind === 'included');
  const [firstPriced, ...morePriced] = all.filter(
    (plan): plan is PricedPlan => plan.kind === 'priced',
  );
  return {
    all,
    included:
      (included.length === 1 && included[0]) || broken('exactly one plan comes with licenses'),
    priced: [firstPriced ?? broken('at least one plan has a price'), ...morePriced],
  };
}

function resolveFaq(
  topics: ValidContent['faqTopics'],
  questions: ValidContent['faq'],
  contactQuestionId: string,
): Faq {
  const layout = faqLayout(questions.length);
  // A question's topic exists (a rule across files); a topic without questions is left out.
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
  const [contact] = grouped.flatMap(({ path, questions: inTopic }) =>
    inTopic.flatMap((question) =>
      question.id === contactQuestionId ? [{ question, topicPath: path }] : [],
    ),
  );
  return {
    topics: grouped,
    questionCount: questions.length,
    byTopic: layout.byTopic,
    contactQuestion: contact ?? broken('site.yaml names an existing question in contactQuestion'),
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

/** The page texts by name: that each file exists is a rule across files; <Prose> renders it. */
const texts = Object.fromEntries(
  Object.entries(pageTexts).map(([name, id]) => [name, { collection: 'pageTexts', id }]),
) as Record<PageText, ProseRef>;

export function resolveModel(content: ValidContent): SiteModel {
  const plans = resolvePlans(content.plans);
  return {
    site: content.site,
    texts,
    supportHours: content.supportHours,
    plans,
    faq: resolveFaq(content.faqTopics, content.faq, content.site.contactQuestion),
    comparison: resolveComparison(content.comparison, plans),
    licenses: sorted(content.licenses).map(resolveLicense),
    team: sorted(content.team).map(resolveTeamMember),
  };
}
