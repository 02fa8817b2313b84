import { isMapping } from './yaml';

/** A mistake in the shape of a YAML list of entries. */
export interface ListShapeProblem {
  /** The entry, counted from 0; absent when the file as a whole is wrong. */
  index?: number;
  field: string;
  value?: unknown;
  message: string;
  fix: string;
}

/**
 * Everything wrong with the shape of an entry list: not a list, an entry that is
 * not a group of fields, an entry without an id, and repeated ids (a loader would
 * let a repeated id silently replace the earlier entry).
 */
export function listShapeProblems(data: unknown): ListShapeProblem[] {
  if (!Array.isArray(data)) {
    return [
      {
        field: '(file)',
        message: 'The file is not a list of entries.',
        fix: 'Start each entry with "- id:" at the left margin, its other fields indented below it.',
      },
    ];
  }
  const problems: ListShapeProblem[] = [];
  const seen = new Map<string, number>();
  data.forEach((item: unknown, index) => {
    if (!isMapping(item)) {
      problems.push({
        index,
        field: `entry ${index + 1}`,
        value: item,
        message: 'This entry is not a group of fields.',
        fix: 'Write the entry as "- id: …" followed by its other "field: value" lines, indented.',
      });
      return;
    }
    const id = item['id'];
    if (typeof id !== 'string' || id === '') {
      problems.push({
        index,
        field: `entry ${index + 1}`,
        value: id,
        message: id === undefined ? 'The entry has no id.' : 'The id is not text.',
        fix: 'Start the entry with "- id:" and a short lowercase name, like "- id: new-entry".',
      });
      return;
    }
    const first = seen.get(id);
    if (first !== undefined) {
      problems.push({
        index,
        field: `${id}.id`,
        value: id,
        message: `Entries ${first + 1} and ${index + 1} both use this id.`,
        fix: 'Give each entry its own id.',
      });
      return;
    }
    seen.set(id, index);
  });
  return problems;
}
