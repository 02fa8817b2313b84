import type { CollectionName } from './files';
import type { ContentSnapshot, Located } from './rules';
import { isMapping } from './yaml';

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
  valid?: unknown;
  /** The prose below an MDX file's front matter. */
  body?: string;
}

/** What the schema made of an entry when it is valid, else what the editor wrote. */
export const dataOf = (entry: CheckedEntry): Record<string, unknown> =>
  isMapping(entry.valid) ? entry.valid : entry.raw;

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/**
 * The plain snapshot the cross-collection rules take. A valid entry contributes
 * exactly what the build would; an invalid one contributes what can be read of
 * it, so that one bad field does not hide a repeated order or a broken reference
 * elsewhere (a field that is not usable reads as absent).
 */
export function snapshotOf(entries: ReadonlyMap<CollectionName, CheckedEntry[]>): ContentSnapshot {
  const list = (name: CollectionName) => entries.get(name) ?? [];
  const located = <T>(entry: CheckedEntry, fields: T): Located<T> => ({
    id: entry.id,
    file: entry.file,
    data: fields,
  });
  const order = (entry: CheckedEntry) => {
    const value = dataOf(entry)['order'];
    return typeof value === 'number' ? value : Number.NaN;
  };
  const ordered = (entry: CheckedEntry) => located(entry, { order: order(entry) });
  const featureIds = (features: unknown) =>
    Array.isArray(features)
      ? features.filter(isMapping).flatMap((feature) => {
          const id = text(feature['id']);
          return id === undefined ? [] : [{ id }];
        })
      : [];

  return {
    plans: list('plans').map((entry) =>
      located(entry, {
        order: order(entry),
        extends: text(dataOf(entry)['extends']),
        includedWithLicense: dataOf(entry)['includedWithLicense'] === true ? true : undefined,
        priced: dataOf(entry)['pricePerMonth'] !== undefined,
        features: featureIds(dataOf(entry)['features']),
      }),
    ),
    faqTopics: list('faqTopics').map(ordered),
    faq: list('faq').map((entry) => ({
      ...located(entry, { topic: text(dataOf(entry)['topic']) ?? '', order: order(entry) }),
      body: entry.body ?? '',
    })),
    comparison: list('comparison').map((entry) => {
      const values = dataOf(entry)['values'];
      return located(entry, {
        order: order(entry),
        values: isMapping(values) ? values : undefined,
      });
    }),
    texts: list('texts').map((entry) => located(entry, undefined)),
    licenses: list('licenses').map(ordered),
    team: list('team').map(ordered),
    site: list('site')
      .map((entry) => located(entry, { contactQuestion: text(dataOf(entry)['contactQuestion']) }))
      .at(0),
  };
}
