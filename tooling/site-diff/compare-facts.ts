import type { Fact, Part, SiteFacts, Subject, Thing, ThingKind } from './facts';

/** One difference in what the content model says, ready to be put in words. */
export type FactChange =
  | {
      kind: 'changed';
      /** The fact's stable key, as in ./facts.ts. */
      key: string;
      subject: Subject;
      label: string;
      parts: { prefix?: string; before: string; after: string; suffix?: string; text?: boolean }[];
      /** Each side's reading, as the page that the subject names says it. */
      sides: { before: Part[]; after: Part[] };
    }
  | {
      kind: 'added' | 'removed';
      subject: Subject;
      thing: ThingKind;
      key: string;
      name: string;
      context?: string;
    }
  | {
      kind: 'renamed';
      subject: Subject;
      thing: ThingKind;
      before: string;
      after: string;
      context?: string;
    }
  | {
      kind: 'reordered';
      subject: Subject;
      thing: ThingKind;
      context?: string;
      before: string[];
      after: string[];
    };

const byKey = <T extends { key: string }>(items: readonly T[]) =>
  new Map(items.map((item) => [item.key, item]));

const reading = (parts: Part[]) =>
  parts.map((part) => `${part.prefix ?? ''}${part.value}${part.suffix ?? ''}`).join('; ');

function factChange(before: Fact | undefined, after: Fact | undefined): FactChange | undefined {
  const fact = after ?? before;
  if (!fact) return undefined;
  const notShown: Part[] = [{ value: 'not shown', ownWords: true }];
  const beforeParts = before?.parts ?? notShown;
  const afterParts = after?.parts ?? notShown;
  if (reading(beforeParts) === reading(afterParts)) return undefined;
  const text = fact.parts.some((part) => part.text);
  const sameShape =
    beforeParts.length === afterParts.length &&
    beforeParts.every(
      (part, index) =>
        part.prefix === afterParts[index]?.prefix && part.suffix === afterParts[index]?.suffix,
    );
  return {
    kind: 'changed',
    key: fact.key,
    subject: fact.subject,
    label: fact.label,
    parts: sameShape
      ? afterParts.map(({ prefix, suffix, value, text: afterText }, index) => ({
          ...(prefix === undefined ? {} : { prefix }),
          ...(suffix === undefined ? {} : { suffix }),
          ...(afterText || beforeParts[index]?.text ? { text: true } : {}),
          before: beforeParts[index]?.value ?? '',
          after: value,
        }))
      : [{ before: reading(beforeParts), after: reading(afterParts), text }],
    sides: { before: beforeParts, after: afterParts },
  };
}

/** The things of one list in order, for those present on both sides. */
function reorders(before: readonly Thing[], after: readonly Thing[]): FactChange[] {
  const changes: FactChange[] = [];
  const lists = [...new Set(after.map((thing) => thing.list))];
  for (const list of lists) {
    const afterList = after.filter((thing) => thing.list === list);
    const beforeList = before.filter((thing) => thing.list === list);
    const kept = new Set(
      afterList
        .filter((thing) => beforeList.some(({ key }) => key === thing.key))
        .map(({ key }) => key),
    );
    const beforeOrder = beforeList.filter(({ key }) => kept.has(key));
    const afterOrder = afterList.filter(({ key }) => kept.has(key));
    const first = afterOrder[0];
    if (!first || beforeOrder.every((thing, index) => thing.key === afterOrder[index]?.key)) {
      continue;
    }
    changes.push({
      kind: 'reordered',
      subject: first.subject,
      thing: first.kind,
      ...(first.context ? { context: first.context } : {}),
      before: beforeOrder.map((thing) => thing.name),
      after: afterOrder.map((thing) => thing.name),
    });
  }
  return changes;
}

/**
 * What changed between two sites' facts: things added, removed, renamed or
 * reordered, then each fact whose reading changed. A fact of a thing that was
 * added or removed is left out: the thing's own line says it.
 */
export function compareFacts(before: SiteFacts, after: SiteFacts): FactChange[] {
  const beforeThings = byKey(before.things);
  const afterThings = byKey(after.things);
  const changes: FactChange[] = [];
  const withContext = (thing: Thing) => (thing.context ? { context: thing.context } : {});
  for (const thing of before.things) {
    if (!afterThings.has(thing.key)) {
      changes.push({
        kind: 'removed',
        subject: thing.subject,
        thing: thing.kind,
        key: thing.key,
        name: thing.name,
        ...withContext(thing),
      });
    }
  }
  for (const thing of after.things) {
    const old = beforeThings.get(thing.key);
    if (!old) {
      changes.push({
        kind: 'added',
        subject: thing.subject,
        thing: thing.kind,
        key: thing.key,
        name: thing.name,
        ...withContext(thing),
      });
    } else if (old.name !== thing.name) {
      changes.push({
        kind: 'renamed',
        subject: thing.subject,
        thing: thing.kind,
        before: old.name,
        after: thing.name,
        ...withContext(thing),
      });
    }
  }
  changes.push(...reorders(before.things, after.things));
  const beforeFacts = byKey(before.facts);
  const afterFacts = byKey(after.facts);
  const onBothSides = (fact: Fact) =>
    fact.owner === undefined || (beforeThings.has(fact.owner) && afterThings.has(fact.owner));
  for (const key of new Set([...beforeFacts.keys(), ...afterFacts.keys()])) {
    const old = beforeFacts.get(key);
    const now = afterFacts.get(key);
    const fact = now ?? old;
    if (!fact || !onBothSides(fact)) continue;
    const change = factChange(old, now);
    if (change) changes.push(change);
  }
  return changes;
}
