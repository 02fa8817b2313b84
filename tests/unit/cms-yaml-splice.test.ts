import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { spliceYaml } from '../../src/cms/yaml-splice';
import { readContentFiles } from '../../src/content-model';
import { changedLines } from '../support/cms-diff';

const files = await readContentFiles(process.cwd());
const yamlTexts = [...files]
  .filter(([file]) => file.endsWith('.yaml'))
  .map(([file, contents]) => [file, new TextDecoder().decode(contents as Uint8Array)] as const);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a number or a string in the data. */
function leaves(data: Json, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(data)) return data.flatMap((item, index) => leaves(item, [...path, index]));
  if (data !== null && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) => leaves(value, [...path, key]));
  }
  return typeof data === 'number' || typeof data === 'string' ? [path] : [];
}

function setAt(data: Json, path: readonly (string | number)[], value: Json): Json {
  const copy = structuredClone(data);
  let node = copy as Record<string | number, Json>;
  for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, Json>;
  node[path.at(-1) as string] = value;
  return copy;
}

describe('splicing changed values into the real YAML files', () => {
  test.each(yamlTexts)('%s: any one value changed writes the data, on one line', (_file, text) => {
    const base = parse(text) as Json;
    const paths = leaves(base);
    fc.assert(
      fc.property(
        fc.constantFrom(...paths),
        fc.oneof(fc.integer({ min: 1, max: 99999 }), fc.string({ minLength: 1, maxLength: 30 })),
        (path, value) => {
          const next = setAt(base, path, value);
          const { text: written } = spliceYaml(text, base, next);
          expect(parse(written)).toEqual(next);
          const { removed, added } = changedLines(text, written);
          // One value, one line (a value in a flow collection rewrites that one line).
          if (typeof value === 'number' || !/[\n\r]/.test(value)) {
            expect(removed.length).toBeLessThanOrEqual(1);
            expect(added.length).toBeLessThanOrEqual(1);
          }
        },
      ),
      { numRuns: 40, seed: 20 },
    );
  });
});

describe('structural changes', () => {
  const text = `# Plans.
name: Gold # the name
requests: unlimited
features:
  - id: chat
    label: Chat
  - id: phone
    label: Phone
price:
  annual: 100
`;

  test('a value becomes a group of fields', () => {
    const next = { ...parse(text), requests: { perMonth: 15 } };
    const { text: written } = spliceYaml(text, parse(text), next);
    expect(parse(written)).toEqual(next);
    expect(changedLines(text, written)).toEqual({
      removed: ['requests: unlimited'],
      added: ['requests: { perMonth: 15 }'],
    });
  });

  test('a field is removed with its line only', () => {
    const next = parse(text) as Record<string, unknown>;
    delete next['price'];
    const { text: written } = spliceYaml(text, parse(text), next);
    expect(changedLines(text, written)).toEqual({
      removed: ['price:', '  annual: 100'],
      added: [],
    });
  });

  test('an entry is removed by its id, with its lines only', () => {
    const base = parse(text) as { features: { id: string }[] };
    const next = { ...base, features: base.features.filter((feature) => feature.id !== 'chat') };
    const { text: written } = spliceYaml(text, base, next);
    expect(changedLines(text, written)).toEqual({
      removed: ['  - id: chat', '    label: Chat'],
      added: [],
    });
  });

  test('a field added to an entry goes under its last field', () => {
    const base = parse(text) as { features: Record<string, unknown>[] };
    const next = structuredClone(base);
    next.features[0] = { ...next.features[0], note: 'Weekdays' };
    const { text: written } = spliceYaml(text, base, next);
    expect(written).toBe(
      text.replace('    label: Chat\n', '    label: Chat\n    note: Weekdays\n'),
    );
  });

  test('an entry the editor changed but main deleted stays deleted', () => {
    const base = parse(text) as { features: Record<string, unknown>[] };
    const next = structuredClone(base);
    next.features[1] = { ...next.features[1], label: 'Telephone' };
    const onMain = text.replace('  - id: phone\n    label: Phone\n', '');
    const { text: written } = spliceYaml(onMain, base, next);
    expect(written).toBe(onMain);
  });

  test('entries reordered are written through the Document API, comments kept', () => {
    const base = parse(text) as { features: Record<string, unknown>[] };
    const next = { ...base, features: [...base.features].reverse() };
    const result = spliceYaml(text, base, next);
    expect(parse(result.text)).toEqual(next);
    expect(result.text).toContain('# Plans.');
    expect(result.text).toContain('# the name');
  });
});
