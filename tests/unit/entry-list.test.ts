import { describe, expect, it } from 'vitest';
import { listShapeProblems } from '../../src/content-model/entry-list';

describe('the shape of a YAML list of entries', () => {
  it('is fine as a list of entries with ids', () => {
    expect(listShapeProblems([{ id: 'ann', name: 'Ann' }, { id: 'bob' }])).toEqual([]);
  });

  it('refuses a repeated id, naming the id and both entries', () => {
    expect(listShapeProblems([{ id: 'ann' }, { id: 'bob' }, { id: 'ann' }])).toEqual([
      {
        index: 2,
        field: 'ann.id',
        value: 'ann',
        message: 'Entries 1 and 3 both use this id.',
        fix: 'Give each entry its own id.',
      },
    ]);
  });

  it('refuses an entry without an id, an entry that is not fields, or a file that is not a list', () => {
    expect(
      listShapeProblems([{ name: 'Ann' }, 'Bob']).map(({ field, message }) => [field, message]),
    ).toEqual([
      ['entry 1', 'The entry has no id.'],
      ['entry 2', 'This entry is not a group of fields.'],
    ]);
    expect(listShapeProblems({ name: 'Ann' })).toEqual([
      expect.objectContaining({ message: 'The file is not a list of entries.' }),
    ]);
  });
});
