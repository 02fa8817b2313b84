import type { ContentSnapshot, Located } from '../content-rules';
import type { CollectionName } from '../content-layout';

/** An entry as the content check read it. */
export interface CheckedEntry {
  id: string;
  file: string;
  /** Its position in a list file (from 0); absent for MDX and single-record files. */
  index?: number;
  /** Prefix of field names: the entry id in a list file, nothing otherwise. */
  prefix: string;
  /** What the editor wrote. */
  raw: Record<string, unknown>;
  /** What the schema made of it, when the entry is valid. */
  valid?: Record<string, unknown>;
  /** The prose below an MDX file's front matter. */
  body?: string;
}

export const isFields = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/**
 * The plain snapshot the cross-collection rules take. A valid entry contributes
 * exactly what the build would; an invalid one contributes what can be read of
 * it, so that one bad field does not hide a repeated order or a broken reference
 * elsewhere (a field that is not usable reads as absent).
 */
export function snapshotOf(entries: ReadonlyMap<CollectionName, CheckedEntry[]>): ContentSnapshot {
  const list = (name: CollectionName) => entries.get(name) ?? [];
  const data = (entry: CheckedEntry) => entry.valid ?? entry.raw;
  const located = <T>(entry: CheckedEntry, fields: T): Located<T> => ({
    id: entry.id,
    file: entry.file,
    data: fields,
  });
  const order = (entry: CheckedEntry) => {
    const value = data(entry)['order'];
    return typeof value === 'number' ? value : Number.NaN;
  };
  const ordered = (entry: CheckedEntry) => located(entry, { order: order(entry) });
  const featureIds = (features: unknown) =>
    Array.isArray(features)
      ? features.filter(isFields).flatMap((feature) => {
          const id = text(feature['id']);
          return id === undefined ? [] : [{ id }];
        })
      : [];

  return {
    plans: list('plans').map((entry) =>
      located(entry, {
        order: order(entry),
        extends: text(data(entry)['extends']),
        includedWithLicense: data(entry)['includedWithLicense'] === true ? true : undefined,
        features: featureIds(data(entry)['features']),
      }),
    ),
    faqTopics: list('faqTopics').map(ordered),
    faq: list('faq').map((entry) => ({
      ...located(entry, { topic: text(data(entry)['topic']) ?? '', order: order(entry) }),
      body: entry.body ?? '',
    })),
    comparison: list('comparison').map((entry) => {
      const values = data(entry)['values'];
      return located(entry, { order: order(entry), values: isFields(values) ? values : undefined });
    }),
    licenses: list('licenses').map(ordered),
    team: list('team').map(ordered),
  };
}
