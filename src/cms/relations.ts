import type { CollectionName } from './content-model';

/**
 * Which fields name an entry of another collection. The schemas hold an id as
 * plain text and the content model's rules check that it exists; the form offers
 * the existing entries instead (a relation widget). This table is the one thing
 * the schemas cannot say; the config test fails when a field named here leaves
 * its schema, so a rename in the content model cannot leave a stale relation.
 */
export interface Relation {
  /** The collection and the path of the field, dots between names. */
  collection: CollectionName;
  field: string;
  /** The collection whose entry ids the field holds. */
  target: CollectionName;
  /** `value` when the field holds an id; `keys` when an object's keys are ids. */
  holds: 'value' | 'keys';
}

export const relations: readonly Relation[] = [
  { collection: 'plans', field: 'extends', target: 'plans', holds: 'value' },
  { collection: 'faq', field: 'topic', target: 'faqTopics', holds: 'value' },
  { collection: 'site', field: 'contactQuestion', target: 'faq', holds: 'value' },
  { collection: 'comparison', field: 'values', target: 'plans', holds: 'keys' },
];
