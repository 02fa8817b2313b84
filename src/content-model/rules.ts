import { z } from 'astro/zod';
import { closestMatch } from '../lib/spelling';
import { contentLayout, pageTexts, type CollectionName } from './files';
import type { ContentProblem } from './problem';
import { isPriced } from './schemas/plans';
import { isMapping } from './yaml';

/**
 * Rules that span entries or collections, which a per-entry schema cannot see:
 * references resolve, orders are unique, one plan comes with licenses. They read
 * a snapshot of what can be read of each entry, valid or not, so one bad field
 * elsewhere hides none of their problems.
 */

/** An entry as the content check read it. */
export interface CheckedEntry {
  id: string;
  file: string;
  /** Its position in a list file (from 0); absent for MDX and single-record files. */
  index?: number;
  /** What the editor wrote. */
  raw: Record<string, unknown>;
  /** The prose below an MDX file's front matter. */
  body?: string;
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
    /** Whether it gives a list price (whether that price is valid is the schema's to say). */
    priced: boolean;
    features: readonly { id: string }[];
  }>[];
  faqTopics: Located<{ order: number }>[];
  faq: (Located<{ topic: string; order: number }> & { body: string })[];
  comparison: Located<{ order: number; values?: Record<string, unknown> | undefined }>[];
  licenses: Located<{ order: number }>[];
  team: Located<{ order: number }>[];
  texts: Located<unknown>[];
  /** site.yaml's references, when it could be read. */
  site?: Located<{ contactQuestion?: string | undefined }> | undefined;
}

/** A field the rules read, as written; a value of the wrong kind reads as absent. */
const maybe = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
const order = z.number().catch(Number.NaN);
const views = {
  plans: z.object({
    order,
    extends: maybe(z.string()),
    includedWithLicense: maybe(z.literal(true)),
    features: z.array(z.unknown()).catch([]),
  }),
  faq: z.object({ topic: z.string().catch(''), order }),
  comparison: z.object({ order, values: maybe(z.record(z.string(), z.unknown())) }),
  site: z.object({ contactQuestion: maybe(z.string()) }),
  ordered: z.object({ order }),
};

/** The snapshot of every entry the content check read, valid or not. */
export function snapshotOf(entries: ReadonlyMap<CollectionName, CheckedEntry[]>): ContentSnapshot {
  const list = (name: CollectionName) => entries.get(name) ?? [];
  const read = <T extends z.ZodType>(view: T, name: CollectionName) =>
    list(name).map(({ id, file, raw, body }) => ({ id, file, body, data: view.parse(raw) }));
  const ordered = (name: CollectionName) => read(views.ordered, name);
  return {
    plans: list('plans').map(({ id, file, raw }) => {
      const data = views.plans.parse(raw);
      const features = data.features.flatMap((feature) =>
        isMapping(feature) && typeof feature['id'] === 'string' ? [{ id: feature['id'] }] : [],
      );
      return { id, file, data: { ...data, priced: isPriced(raw), features } };
    }),
    faqTopics: ordered('faqTopics'),
    faq: read(views.faq, 'faq').map((entry) => ({ ...entry, body: entry.body ?? '' })),
    comparison: read(views.comparison, 'comparison'),
    licenses: ordered('licenses'),
    team: ordered('team'),
    texts: list('texts').map(({ id, file }) => ({ id, file, data: undefined })),
    site: read(views.site, 'site')[0],
  };
}

/** "Use one of: a, b, c.", led by the likely intended one when the value looks like a typo. */
function useOneOf(value: string, known: readonly string[]): string {
  const meant = closestMatch(value, known);
  const list = `Use one of: ${known.join(', ')}.`;
  return meant === undefined ? list : `Did you mean "${meant}"? ${list}`;
}

function duplicateOrders(
  entries: readonly Located<{ order: number }>[],
  scope: string,
): ContentProblem[] {
  const byOrder = new Map<number, string>();
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    // An order that is not a whole number is the schema's to report.
    if (!Number.isInteger(entry.data.order)) continue;
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
  for (const plan of snapshot.plans) {
    const parent = plan.data.extends;
    if (parent !== undefined && !ids.has(parent)) {
      problems.push({
        file: plan.file,
        field: 'extends',
        value: parent,
        message: `There is no plan "${parent}".`,
        fix: useOneOf(parent, [...ids]),
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
  if (snapshot.plans.length > 0 && !snapshot.plans.some((plan) => plan.data.priced)) {
    problems.push({
      file: 'src/content/plans',
      field: 'pricePerMonth',
      message:
        'No plan has a list price, so the plan cards and the calculator have nothing to sell.',
      fix: 'Give at least one plan pricePerMonth with billedAnnually and billedMonthly.',
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
        fix: `${useOneOf(entry.data.topic, [...topics])} Or add the topic to faq-topics.yaml.`,
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
  const contact = snapshot.site?.data.contactQuestion;
  const questions = snapshot.faq.map((entry) => entry.id);
  if (snapshot.site && contact !== undefined && !questions.includes(contact)) {
    problems.push({
      file: snapshot.site.file,
      field: 'contactQuestion',
      value: contact,
      message: `There is no FAQ question "${contact}" (a question's id is its file name, without .mdx).`,
      fix: useOneOf(contact, questions),
    });
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
          fix: useOneOf(key, planIds),
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

/** The page texts: each one a page shows is there, and none is left over. */
function textProblems(snapshot: ContentSnapshot): ContentProblem[] {
  const wanted: readonly string[] = Object.values(pageTexts);
  const present = new Set(snapshot.texts.map((text) => text.id));
  return [
    ...wanted
      .filter((id) => !present.has(id))
      .map((id) => ({
        file: `${contentLayout.texts.folder}/${id}.mdx`,
        field: '(file)',
        message: 'The file is missing, and a page shows its text.',
        fix: 'Restore it from the main branch, then change its text.',
      })),
    ...snapshot.texts
      .filter((text) => !wanted.includes(text.id))
      .map((text) => ({
        file: text.file,
        field: '(file name)',
        value: text.id,
        message: 'No page shows a text by this name.',
        fix: `${useOneOf(text.id, wanted)} A new text needs a developer to place it on a page.`,
      })),
  ];
}

/** Every cross-entry problem in the content, not just the first. */
export function findContentProblems(snapshot: ContentSnapshot): ContentProblem[] {
  return [
    ...planProblems(snapshot),
    ...textProblems(snapshot),
    ...duplicateOrders(snapshot.plans, 'among the plans'),
    ...faqProblems(snapshot),
    ...duplicateOrders(snapshot.faqTopics, 'among the FAQ topics'),
    ...comparisonProblems(snapshot),
    ...duplicateOrders(snapshot.comparison, 'in the comparison table'),
    ...duplicateOrders(snapshot.licenses, 'among the licenses'),
    ...duplicateOrders(snapshot.team, 'in the team'),
  ];
}
