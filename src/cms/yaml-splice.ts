import {
  CST,
  isCollection,
  isMap,
  isScalar,
  isSeq,
  parse,
  parseDocument,
  stringify,
  type Document,
  type Node as YamlNode,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';

/**
 * Writes a form's changes into a YAML text the way a careful hand edit would:
 * only the values that changed, in place, with their quoting, comments, key
 * order and blank lines around them untouched. The changes are the difference
 * between the data the editor opened and the data it saves, applied to the
 * file's current text, so a change made on main meanwhile is kept (a three-way
 * merge; where both changed one value, the editor's value is written).
 *
 * Values are rewritten through the yaml package's CST (`CST.setScalarValue` keeps
 * a scalar's style and its comment); a new entry or field is inserted as text
 * stringified by the yaml package at the indentation of its neighbours; anything
 * else falls back to the yaml Document API. Every result is read back and
 * compared with the data it must hold: a splice that would write anything else
 * is replaced by the Document API's output, and that is checked too.
 */

/** A list item is found by its id when the list's items have ids, else by its index. */
export type Step = string | number | { id: string };
export type Path = readonly Step[];

export type Change =
  | { op: 'set'; path: Path; value: unknown }
  | { op: 'delete'; path: Path }
  | { op: 'add'; path: Path; key: string; value: unknown }
  /** `byId`: the list's entries are told apart by their ids. */
  | { op: 'append'; path: Path; value: unknown; byId?: boolean };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => deepEqual(item, b[index]));
  }
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every((key) => Object.hasOwn(b, key) && deepEqual(a[key], b[key]))
    );
  }
  return false;
}

/** The ids of a list whose every item is a record with a unique string id. */
function idsOf(list: readonly unknown[]): string[] | undefined {
  const ids = list.map((item) => (isRecord(item) ? item['id'] : undefined));
  if (!ids.every((id): id is string => typeof id === 'string')) return undefined;
  return new Set(ids).size === ids.length ? ids : undefined;
}

function listChanges(base: unknown[], next: unknown[], path: Path): Change[] {
  const baseIds = idsOf(base);
  const nextIds = idsOf(next);
  if (baseIds && nextIds) {
    const kept = nextIds.filter((id) => baseIds.includes(id));
    const added = nextIds.filter((id) => !baseIds.includes(id));
    const keptInOrder = deepEqual(
      kept,
      baseIds.filter((id) => nextIds.includes(id)),
    );
    // New entries at the end, the others in their order: item by item.
    const addedAtEnd = nextIds.slice(kept.length).every((id) => added.includes(id));
    if (keptInOrder && addedAtEnd) {
      return [
        ...baseIds
          .filter((id) => !nextIds.includes(id))
          .map((id): Change => ({ op: 'delete', path: [...path, { id }] })),
        ...kept.flatMap((id) =>
          changesBetween(base[baseIds.indexOf(id)], next[nextIds.indexOf(id)], [...path, { id }]),
        ),
        ...added.map((id): Change => ({
          op: 'append',
          path,
          value: next[nextIds.indexOf(id)],
          byId: true,
        })),
      ];
    }
    // An id renamed, or entries moved: compared place by place instead.
  }
  const shared = Math.min(base.length, next.length);
  const changes: Change[] = [];
  for (let index = 0; index < shared; index++) {
    changes.push(...changesBetween(base[index], next[index], [...path, index]));
  }
  for (let index = base.length - 1; index >= shared; index--) {
    changes.push({ op: 'delete', path: [...path, index] });
  }
  for (const value of next.slice(shared)) changes.push({ op: 'append', path, value });
  return changes;
}

/** What turns `base` into `next`, value by value. */
export function changesBetween(base: unknown, next: unknown, path: Path = []): Change[] {
  if (deepEqual(base, next)) return [];
  if (isRecord(base) && isRecord(next)) {
    return [
      ...Object.keys(base)
        .filter((key) => !Object.hasOwn(next, key))
        .map((key): Change => ({ op: 'delete', path: [...path, key] })),
      ...Object.keys(next).flatMap((key) =>
        Object.hasOwn(base, key)
          ? changesBetween(base[key], next[key], [...path, key])
          : [{ op: 'add', path, key, value: next[key] } satisfies Change],
      ),
    ];
  }
  if (Array.isArray(base) && Array.isArray(next)) return listChanges(base, next, path);
  return [{ op: 'set', path, value: next }];
}

/** Index paths for the data as it is now; undefined when a step no longer exists. */
function resolvePath(data: unknown, path: Path): (string | number)[] | undefined {
  const resolved: (string | number)[] = [];
  let value = data;
  for (const step of path) {
    if (typeof step === 'object') {
      if (!Array.isArray(value)) return undefined;
      const index = value.findIndex((item) => isRecord(item) && item['id'] === step.id);
      if (index === -1) return undefined;
      resolved.push(index);
      value = value[index];
    } else if (typeof step === 'number') {
      if (!Array.isArray(value) || step >= value.length) return undefined;
      resolved.push(step);
      value = value[step];
    } else {
      if (!isRecord(value) || !Object.hasOwn(value, step)) return undefined;
      resolved.push(step);
      value = value[step];
    }
  }
  return resolved;
}

interface Resolved {
  change: Change;
  at: (string | number)[];
}

/**
 * The changes that still apply to the current data, by index. A change to an entry
 * deleted on main meanwhile is dropped (the deletion stands); a value added where
 * main added it too is set.
 */
function resolveChanges(current: unknown, changes: readonly Change[]): Resolved[] {
  return changes.flatMap((change): Resolved[] => {
    const at = resolvePath(current, change.path);
    if (at === undefined) return [];
    if (change.op === 'add') {
      const container = valueAt(current, at);
      if (isRecord(container) && Object.hasOwn(container, change.key)) {
        return [
          {
            change: { op: 'set', path: [...change.path, change.key], value: change.value },
            at: [...at, change.key],
          },
        ];
      }
    }
    if (change.op === 'append' && change.byId) {
      const id = isRecord(change.value) ? change.value['id'] : undefined;
      const list = valueAt(current, at);
      if (Array.isArray(list) && typeof id === 'string') {
        const index = list.findIndex((item) => isRecord(item) && item['id'] === id);
        if (index !== -1) {
          return [
            {
              change: { op: 'set', path: [...change.path, index], value: change.value },
              at: [...at, index],
            },
          ];
        }
      }
    }
    return [{ change, at }];
  });
}

function valueAt(data: unknown, at: readonly (string | number)[]): unknown {
  let value = data;
  for (const step of at) value = (value as Record<string | number, unknown>)[step];
  return value;
}

/** The data the result must hold: the current data with the changes applied. */
export function applyToData(current: unknown, changes: readonly Change[]): unknown {
  let result = structuredClone(current);
  for (const { change, at } of resolveChanges(current, changes)) {
    if (change.op === 'set' && at.length === 0) {
      result = structuredClone(change.value);
      continue;
    }
    const parent = valueAt(
      result,
      change.op === 'set' || change.op === 'delete' ? at.slice(0, -1) : at,
    );
    const last = at.at(-1);
    if (change.op === 'set')
      (parent as Record<string | number, unknown>)[last as string] = structuredClone(change.value);
    if (change.op === 'delete') {
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else Reflect.deleteProperty(parent as object, last as string);
    }
    if (change.op === 'add')
      (parent as Record<string, unknown>)[change.key] = structuredClone(change.value);
    if (change.op === 'append') (parent as unknown[]).push(structuredClone(change.value));
  }
  return result;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

function nodeAt(document: Document, at: readonly (string | number)[]): unknown {
  return at.length === 0 ? document.contents : document.getIn(at, true);
}

const lineStart = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1;

/** The offset just past the line break that ends the line holding `offset - 1`. */
function lineEnd(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline + 1;
}

const columnOf = (text: string, offset: number) => offset - lineStart(text, offset);

const indent = (block: string, spaces: number) =>
  block
    .split('\n')
    .map((line) => (line === '' ? line : ' '.repeat(spaces) + line))
    .join('\n');

const options = { lineWidth: 0 } as const;

/** A value written in flow style, spaced like the collection it replaces. */
function flowText(value: unknown, padded: boolean): string {
  return stringify(value, {
    ...options,
    collectionStyle: 'flow',
    flowCollectionPadding: padded,
  }).trimEnd();
}

/** A string in the style the old scalar had, or plain when that reads back as the same string. */
function scalarText(token: CST.Token, value: unknown, original: string): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean')
    return undefined;
  const clone = structuredClone(token);
  if (clone.type === 'block-scalar') {
    if (typeof value !== 'string') return undefined;
    // Keep the block's own indentation, not the one the CST would pick.
    const contentIndent = /\n( +)\S/.exec(clone.source)?.[1]?.length;
    if (contentIndent !== undefined) clone.indent = contentIndent;
    CST.setScalarValue(clone, value);
    return CST.stringify(clone);
  }
  if (typeof value !== 'string') {
    CST.setScalarValue(clone, String(value), { type: 'PLAIN' });
    return CST.stringify(clone);
  }
  if (clone.type === 'scalar' && original !== undefined) {
    const plain = structuredClone(token);
    CST.setScalarValue(plain, value, { type: 'PLAIN' });
    const written = CST.stringify(plain);
    // A plain word that would read as a number, true or a date is quoted.
    if (
      written.startsWith('"') ||
      written.startsWith("'") ||
      parse(written.split(/\s#/)[0] ?? '') === value
    ) {
      return written;
    }
    CST.setScalarValue(clone, value, { type: 'QUOTE_SINGLE' });
    return CST.stringify(clone);
  }
  CST.setScalarValue(clone, value);
  return CST.stringify(clone);
}

/** The edit that writes one change into the text, or undefined when only the Document API can. */
function editFor(text: string, document: Document, { change, at }: Resolved): Edit | undefined {
  if (change.op === 'set') {
    const node = nodeAt(document, at) as YamlNode | undefined;
    if (node === undefined || node.range === undefined || node.range === null) return undefined;
    const [start, end] = node.range;
    if (isScalar(node) && node.srcToken !== undefined) {
      const source = CST.stringify(node.srcToken);
      const written = scalarText(node.srcToken, change.value, source);
      if (written !== undefined) return { start, end: start + source.length, text: written };
      if (isRecord(change.value) || Array.isArray(change.value)) {
        return { start, end, text: flowText(change.value, true) };
      }
      return undefined;
    }
    if (isCollection(node) && node.flow) {
      return { start, end, text: flowText(change.value, text[start + 1] === ' ') };
    }
    return undefined;
  }
  if (change.op === 'delete') {
    const parent = nodeAt(document, at.slice(0, -1));
    if (!isCollection(parent) || parent.flow) return undefined;
    const last = at.at(-1);
    if (isMap(parent)) {
      const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === last);
      const keyRange = (pair?.key as YamlNode | undefined)?.range;
      const valueRange = (pair?.value as YamlNode | undefined)?.range;
      if (!keyRange) return undefined;
      return {
        start: lineStart(text, keyRange[0]),
        end: lineEnd(text, valueRange?.[1] ?? keyRange[1]),
        text: '',
      };
    }
    const item = (parent as YAMLSeq).items[last as number] as YamlNode | undefined;
    if (!item?.range) return undefined;
    return { start: lineStart(text, item.range[0]), end: lineEnd(text, item.range[1]), text: '' };
  }
  const container = nodeAt(document, at) as YAMLMap | YAMLSeq | undefined;
  if (!isCollection(container) || !container.range) return undefined;
  if (container.flow) return undefined;
  const entry = change.op === 'add' ? { [change.key]: change.value } : [change.value];
  const first = container.items[0] as { key?: YamlNode } | YamlNode | undefined;
  const firstStart = isMap(container)
    ? (first as { key?: YamlNode } | undefined)?.key?.range?.[0]
    : (first as YamlNode | undefined)?.range?.[0];
  if (firstStart === undefined) return undefined;
  // A list item's column is that of its "- ", two before its first field.
  const column = columnOf(text, firstStart) - (isSeq(container) ? 2 : 0);
  const position = lineEnd(text, container.range[1]);
  const written = indent(stringify(entry, options), column);
  const before = position > 0 && text[position - 1] !== '\n' ? '\n' : '';
  return { start: position, end: position, text: before + written };
}

function applyEdits(text: string, edits: Edit[]): string | undefined {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  for (let index = 1; index < sorted.length; index++) {
    const later = sorted[index - 1];
    const earlier = sorted[index];
    if (later && earlier && earlier.end > later.start) return undefined;
  }
  let result = text;
  for (const edit of sorted)
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}

/** The changes written with the yaml Document API: always right, not always minimal. */
function throughDocument(current: string, resolved: readonly Resolved[]): string {
  const document = parseDocument(current);
  for (const { change, at } of resolved) {
    if (change.op === 'set') {
      // A new node keeps the comments and blank line of the one it replaces.
      const old = nodeAt(document, at) as YamlNode | undefined;
      const node = document.createNode(change.value);
      if (old?.commentBefore) node.commentBefore = old.commentBefore;
      if (old?.comment) node.comment = old.comment;
      if (old?.spaceBefore) node.spaceBefore = old.spaceBefore;
      if (at.length === 0) document.contents = node as typeof document.contents;
      else document.setIn(at, node);
    } else if (change.op === 'delete') document.deleteIn(at);
    else if (change.op === 'add') document.setIn([...at, change.key], change.value);
    else document.addIn(at, change.value);
  }
  return document.toString(options);
}

/**
 * A change inside a flow collection (`[monday, friday]`, `{ plus: yes }`) rewrites
 * that collection on its line, as a hand edit would; its other changes go with it.
 */
function inFlowCollections(document: Document, resolved: readonly Resolved[], expected: unknown) {
  const flowAt = (at: readonly (string | number)[]) => {
    for (let length = 0; length <= at.length; length++) {
      const prefix = at.slice(0, length);
      const node = nodeAt(document, prefix);
      if (isCollection(node) && node.flow) return prefix;
    }
    return undefined;
  };
  const result: Resolved[] = [];
  const rewritten = new Set<string>();
  for (const item of resolved) {
    const prefix = flowAt(item.at);
    if (prefix === undefined) {
      result.push(item);
      continue;
    }
    const key = JSON.stringify(prefix);
    if (rewritten.has(key)) continue;
    rewritten.add(key);
    result.push({
      change: { op: 'set', path: prefix, value: valueAt(expected, prefix) },
      at: prefix,
    });
  }
  return result;
}

export interface SpliceResult {
  text: string;
  /** Whether every change could be spliced in place (false: the Document API wrote it). */
  spliced: boolean;
}

/**
 * `current` with the changes from `base` to `next` written into it.
 * @param read how the text is turned into data, as the content model reads it.
 */
export function spliceYaml(
  current: string,
  base: unknown,
  next: unknown,
  read: (text: string) => unknown = (text) => parse(text),
): SpliceResult {
  const changes = changesBetween(base, next);
  if (changes.length === 0) return { text: current, spliced: true };
  const currentData = read(current);
  const expected = applyToData(currentData, changes);
  const resolved = resolveChanges(currentData, changes);
  const document = parseDocument(current, { keepSourceTokens: true });
  const edits = inFlowCollections(document, resolved, expected).map((item) =>
    editFor(current, document, item),
  );
  if (edits.every((edit): edit is Edit => edit !== undefined)) {
    const text = applyEdits(current, edits);
    if (text !== undefined && deepEqual(read(text), expected)) return { text, spliced: true };
  }
  const text = throughDocument(current, resolved);
  if (!deepEqual(read(text), expected)) {
    throw new Error('The change could not be written into the file without changing other values.');
  }
  return { text, spliced: false };
}
