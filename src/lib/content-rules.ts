/**
 * Rules that span entries or collections, which a per-entry schema cannot see.
 * Astro's reference() only logs a missing entry; these fail the build instead.
 * The input is plain data so the build and a standalone check share the rules.
 */

export interface ContentProblem {
  /** Path of the file, from the project root. */
  file: string;
  /** The field, as written in the file (nested with dots). */
  field: string;
  /** The offending value, when there is one to quote. */
  value?: unknown;
  /** What is wrong, in a sentence. */
  message: string;
  /** How to put it right. */
  fix: string;
}

export interface Located<T> {
  id: string;
  file: string;
  data: T;
}

export interface ContentSnapshot {
  plans: Located<{
    order: number;
    extends?: string | undefined;
    includedWithLicense?: true | undefined;
    features: readonly { id: string }[];
  }>[];
  faqTopics: Located<{ order: number }>[];
  faq: (Located<{ topic: string; order: number }> & { body: string })[];
  comparison: Located<{ order: number; values?: Record<string, unknown> | undefined }>[];
  licenses: Located<{ order: number }>[];
  team: Located<{ order: number }>[];
}

function duplicateOrders(
  entries: readonly Located<{ order: number }>[],
  scope: string,
): ContentProblem[] {
  const byOrder = new Map<number, string>();
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    const holder = byOrder.get(entry.data.order);
    if (holder === undefined) {
      byOrder.set(entry.data.order, entry.id);
      continue;
    }
    problems.push({
      file: entry.file,
      field: `${entry.id}.order`,
      value: entry.data.order,
      message: `"${entry.id}" has the same order as "${holder}" ${scope}.`,
      fix: 'Give each entry its own order number.',
    });
  }
  return problems;
}

function planProblems(snapshot: ContentSnapshot): ContentProblem[] {
  const ids = new Set(snapshot.plans.map((plan) => plan.id));
  const problems: ContentProblem[] = [];
  const planList = [...ids].join(', ');
  for (const plan of snapshot.plans) {
    const parent = plan.data.extends;
    if (parent !== undefined && !ids.has(parent)) {
      problems.push({
        file: plan.file,
        field: 'extends',
        value: parent,
        message: `There is no plan "${parent}".`,
        fix: `Use one of: ${planList}.`,
      });
    }
  }
  for (const plan of snapshot.plans) {
    const seen = new Set<string>();
    let current: string | undefined = plan.id;
    while (current !== undefined && !seen.has(current)) {
      seen.add(current);
      current = snapshot.plans.find((candidate) => candidate.id === current)?.data.extends;
    }
    if (current === plan.id) {
      problems.push({
        file: plan.file,
        field: 'extends',
        value: plan.data.extends,
        message: 'Plans extend each other in a circle.',
        fix: 'Make the first plan extend nothing, and each later plan extend the one before it.',
      });
    }
  }
  const included = snapshot.plans.filter((plan) => plan.data.includedWithLicense);
  if (included.length !== 1) {
    const files = included.map((plan) => plan.file);
    problems.push({
      file: files[1] ?? 'src/content/plans',
      field: 'includedWithLicense',
      value: included.length,
      message: `Exactly one plan must come with licenses; ${included.length} do.`,
      fix: 'Mark the one plan that comes with licenses includedWithLicense: true.',
    });
  }
  const featureOwners = new Map<string, string>();
  for (const plan of snapshot.plans) {
    plan.data.features.forEach((feature, index) => {
      const owner = featureOwners.get(feature.id);
      if (owner !== undefined) {
        problems.push({
          file: plan.file,
          field: `features[${index}].id`,
          value: feature.id,
          message: `The feature id "${feature.id}" is already used in the plan "${owner}".`,
          fix: 'Give each feature its own id.',
        });
      }
      featureOwners.set(feature.id, plan.id);
    });
  }
  return problems;
}

function faqProblems(snapshot: ContentSnapshot): ContentProblem[] {
  const topics = new Set(snapshot.faqTopics.map((topic) => topic.id));
  const problems: ContentProblem[] = [];
  for (const entry of snapshot.faq) {
    if (!topics.has(entry.data.topic)) {
      problems.push({
        file: entry.file,
        field: 'topic',
        value: entry.data.topic,
        message: `There is no FAQ topic "${entry.data.topic}".`,
        fix: `Use one of: ${[...topics].join(', ')} (or add the topic to faq-topics.yaml).`,
      });
    }
    if (entry.body.trim() === '') {
      problems.push({
        file: entry.file,
        field: 'answer',
        message: 'The answer is empty.',
        fix: 'Write the answer below the closing --- line.',
      });
    }
  }
  for (const topic of topics) {
    const inTopic = snapshot.faq.filter((entry) => entry.data.topic === topic);
    problems.push(...duplicateOrders(inTopic, `in the topic "${topic}"`));
  }
  return problems;
}

function comparisonProblems(snapshot: ContentSnapshot): ContentProblem[] {
  const planIds = snapshot.plans.map((plan) => plan.id);
  const problems: ContentProblem[] = [];
  for (const row of snapshot.comparison) {
    const values = row.data.values;
    if (values === undefined) continue;
    for (const key of Object.keys(values)) {
      if (!planIds.includes(key)) {
        problems.push({
          file: row.file,
          field: `${row.id}.values.${key}`,
          value: key,
          message: `There is no plan "${key}".`,
          fix: `Use the plan ids: ${planIds.join(', ')}.`,
        });
      }
    }
    for (const id of planIds) {
      if (!(id in values)) {
        problems.push({
          file: row.file,
          field: `${row.id}.values`,
          message: `The plan "${id}" has no value in this row.`,
          fix: `Add ${id}: yes, no, or a short text.`,
        });
      }
    }
  }
  return problems;
}

/** Every cross-entry problem in the content, not just the first. */
export function findContentProblems(snapshot: ContentSnapshot): ContentProblem[] {
  return [
    ...planProblems(snapshot),
    ...duplicateOrders(snapshot.plans, 'among the plans'),
    ...faqProblems(snapshot),
    ...duplicateOrders(snapshot.faqTopics, 'among the FAQ topics'),
    ...comparisonProblems(snapshot),
    ...duplicateOrders(snapshot.comparison, 'in the comparison table'),
    ...duplicateOrders(snapshot.licenses, 'among the licenses'),
    ...duplicateOrders(snapshot.team, 'in the team'),
  ];
}

export function formatProblem(problem: ContentProblem): string {
  const value = problem.value === undefined ? '' : ` — ${JSON.stringify(problem.value)}`;
  return `${problem.file} — ${problem.field}${value} — ${problem.message} — ${problem.fix}`;
}

export class ContentRulesError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`The content has ${count}:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
    this.name = 'ContentRulesError';
    this.problems = problems;
  }
}
