import { describe, expect, it } from 'vitest';
import { parseEntryList, parseRecord } from '../../src/lib/yaml-entries';

const file = 'src/content/team.yaml';

describe('YAML content files', () => {
  it('parse a list of entries with ids', () => {
    expect(parseEntryList('- id: ann\n  name: Ann\n- id: bob\n  name: Bob\n', file)).toEqual([
      { id: 'ann', name: 'Ann' },
      { id: 'bob', name: 'Bob' },
    ]);
  });

  it('refuse a repeated id, naming the file, the id and both entries', () => {
    expect(() => parseEntryList('- id: ann\n- id: bob\n- id: ann\n', file)).toThrow(
      'src/content/team.yaml: ann.id — "ann" — Entries 1 and 3 both use this id. Give each entry its own id.',
    );
  });

  it('refuse an entry without an id, or a file that is not a list', () => {
    expect(() => parseEntryList('- name: Ann\n', file)).toThrow(
      'src/content/team.yaml: entry 1 — The entry has no id. Start the entry with "- id:"',
    );
    expect(() => parseEntryList('name: Ann\n', file)).toThrow('The file is not a list of entries.');
  });

  it('report broken YAML with the file and the position', () => {
    expect(() => parseEntryList('- id: ann\n  name: [Ann\n', file)).toThrow(
      /^src\/content\/team\.yaml: this is not valid YAML\..*line 3/s,
    );
  });

  it('parse a single record, refusing a list', () => {
    expect(parseRecord('opens: "08:30"\n', 'hours.yaml')).toEqual({ opens: '08:30' });
    expect(() => parseRecord('- a\n', 'hours.yaml')).toThrow('hours.yaml: expected fields');
  });
});
