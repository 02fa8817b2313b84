import { diffArrays } from 'diff';
import type { Answer, BuiltPage } from './built-site';

/** Lines (or sentences) that changed together: what was there, what is there now. */
export interface Hunk {
  before: string[];
  after: string[];
}

export interface StructuredDataChange {
  /** Where the value is: "Service “Customer Care Plus” › offers › Offer “…” › price". */
  path: string;
  before?: string;
  after?: string;
}

export interface PageDiff {
  route: string;
  status: 'added' | 'removed' | 'changed';
  /** The page's title now, or its last title if removed. */
  title: string;
  titleChange?: { before: string; after: string };
  descriptionChange?: { before: string; after: string };
  structuredData: StructuredDataChange[];
  text: Hunk[];
}

export interface AnswerChange {
  id: string;
  question: string;
  sentences: Hunk[];
}

/** Runs of removed and added items, with the unchanged ones between them left out. */
export function hunks(before: readonly string[], after: readonly string[]): Hunk[] {
  const found: Hunk[] = [];
  let current: Hunk = { before: [], after: [] };
  for (const part of diffArrays([...before], [...after])) {
    if (part.added) current.after.push(...part.value);
    else if (part.removed) current.before.push(...part.value);
    else {
      if (current.before.length + current.after.length > 0) found.push(current);
      current = { before: [], after: [] };
    }
  }
  if (current.before.length + current.after.length > 0) found.push(current);
  return found;
}

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

export const sentencesOf = (text: string) =>
  [...sentenceSegmenter.segment(text)].map(({ segment }) => segment.trim()).filter(Boolean);

/** A readable name for an item of a list in structured data. */
function itemLabel(item: unknown, index: number): string {
  if (item && typeof item === 'object' && !Array.isArray(item)) {
    const record = item as Record<string, unknown>;
    const type = typeof record['@type'] === 'string' ? record['@type'] : '';
    const name = record['name'] ?? record['@id'];
    if (typeof name === 'string') return `${type} “${name}”`.trim();
  }
  return `item ${index + 1}`;
}

function flatten(value: unknown, at: string, into: Map<string, string>): void {
  if (Array.isArray(value)) {
    const seen = new Set<string>();
    value.forEach((item, index) => {
      let label = itemLabel(item, index);
      if (seen.has(label)) label = `${label} (${index + 1})`;
      seen.add(label);
      flatten(item, at ? `${at} › ${label}` : label, into);
    });
  } else if (value && typeof value === 'object') {
    for (const [name, inner] of Object.entries(value)) {
      if (name === '@context') continue;
      // A graph is a list of things, each named by itself: the word says nothing.
      if (name === '@graph') flatten(inner, at, into);
      else flatten(inner, at ? `${at} › ${name}` : name, into);
    }
  } else {
    into.set(at, String(value));
  }
}

export function structuredDataChanges(
  before: readonly unknown[],
  after: readonly unknown[],
): StructuredDataChange[] {
  const old = new Map<string, string>();
  const now = new Map<string, string>();
  // Most pages have one block of structured data: then it needs no number.
  const single = before.length <= 1 && after.length <= 1;
  flatten(single ? before[0] : before, '', old);
  flatten(single ? after[0] : after, '', now);
  const changes: StructuredDataChange[] = [];
  for (const path of new Set([...old.keys(), ...now.keys()])) {
    const was = old.get(path);
    const is = now.get(path);
    if (was === is) continue;
    changes.push({
      path,
      ...(was === undefined ? {} : { before: was }),
      ...(is === undefined ? {} : { after: is }),
    });
  }
  return changes;
}

const changed = (before: string, after: string) =>
  before === after ? undefined : { before, after };

/** Every page added, removed or changed, in route order. */
export function comparePages(
  before: ReadonlyMap<string, BuiltPage>,
  after: ReadonlyMap<string, BuiltPage>,
): PageDiff[] {
  const routes = [...new Set([...before.keys(), ...after.keys()])].sort();
  const diffs: PageDiff[] = [];
  for (const route of routes) {
    const old = before.get(route);
    const now = after.get(route);
    if (!old || !now) {
      const page = (now ?? old) as BuiltPage;
      diffs.push({
        route,
        status: now ? 'added' : 'removed',
        title: page.title,
        structuredData: [],
        text: [],
      });
      continue;
    }
    const titleChange = changed(old.title, now.title);
    const descriptionChange = changed(old.description, now.description);
    const diff: PageDiff = {
      route,
      status: 'changed',
      title: now.title,
      ...(titleChange ? { titleChange } : {}),
      ...(descriptionChange ? { descriptionChange } : {}),
      structuredData: structuredDataChanges(old.structuredData, now.structuredData),
      text: hunks(old.lines, now.lines),
    };
    if (
      titleChange ||
      descriptionChange ||
      diff.structuredData.length > 0 ||
      diff.text.length > 0
    ) {
      diffs.push(diff);
    }
  }
  return diffs;
}

/** Every FAQ answer on the site, by question id. */
export function answersOf(pages: ReadonlyMap<string, BuiltPage>): Map<string, Answer> {
  const answers = new Map<string, Answer>();
  for (const page of pages.values()) {
    for (const [id, answer] of page.answers) if (!answers.has(id)) answers.set(id, answer);
  }
  return answers;
}

/** The answers on both sides whose text changed, with the sentences that did. */
export function compareAnswers(
  before: ReadonlyMap<string, Answer>,
  after: ReadonlyMap<string, Answer>,
): AnswerChange[] {
  const changes: AnswerChange[] = [];
  for (const [id, now] of after) {
    const old = before.get(id);
    if (!old || old.text === now.text) continue;
    changes.push({
      id,
      question: now.question,
      sentences: hunks(sentencesOf(old.text), sentencesOf(now.text)),
    });
  }
  return changes;
}
