import { z } from 'astro/zod';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  cmsConfig,
  collectionJsonSchemas,
  fieldsOf,
  listKey,
  numberPattern,
  relations,
  type CmsCollection,
  type CmsField,
  type JsonSchema,
} from '../../src/cms';
import { contentLayout, type CollectionName } from '../../src/cms/content-model';
import { readContentFiles } from '../../src/content-model';

/**
 * Walks every collection's schema on its own and checks that the generated form
 * has a field for each property with the widget, required flag, limits, choices
 * and pattern the schema sets, and no field the schema does not know.
 */

const files = await readContentFiles(process.cwd());
const config = cmsConfig({ backend: 'github', repo: 'owner/site', content: files });
const schemas = collectionJsonSchemas();

const typeOf = (schema: JsonSchema) => (Array.isArray(schema.type) ? schema.type[0] : schema.type);
const SAFE = Number.MAX_SAFE_INTEGER;
/** Decap tests a pattern on the value as text: `RegExp(pattern).test(value)`. */
const accepts = (field: CmsField, value: unknown) =>
  field.pattern === undefined || new RegExp(field.pattern[0]).test(String(value));

/** Every way the fields differ from the schema, as "path: what". */
function mismatches(
  schema: JsonSchema,
  fields: readonly CmsField[],
  path = '',
  parentRequired = true,
): string[] {
  const problems: string[] = [];
  const properties = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  const byName = new Map(fields.map((field) => [field.name, field]));
  for (const name of byName.keys()) {
    if (!(name in properties)) problems.push(`${path}${name}: a field the schema does not have`);
  }
  for (const [name, property] of Object.entries(properties)) {
    const at = `${path}${name}`;
    const field = byName.get(name);
    if (!field) {
      problems.push(`${at}: no field in the form`);
      continue;
    }
    // Decap checks fields inside an absent optional object: they are optional in the form.
    problems.push(...fieldMismatches(property, field, parentRequired && required.has(name), at));
  }
  return problems;
}

function fieldMismatches(
  property: JsonSchema,
  field: CmsField,
  required: boolean,
  at: string,
): string[] {
  const problems: string[] = [];
  const expect = (ok: boolean, what: string) => {
    if (!ok) problems.push(`${at}: ${what}`);
  };
  expect(field.required === required, `required should be ${required}`);
  if (property.description !== undefined) {
    expect(field.hint?.includes(property.description) === true, 'hint should be the description');
  }
  const type = typeOf(property);
  if (field.widget === 'relation') {
    expect(type === 'string', 'only a text can name another entry');
    expect(
      relations.some((relation) => at.endsWith(relation.field)),
      'a relation the table does not list',
    );
    return problems;
  }
  if (property.anyOf !== undefined) {
    expect(
      field.widget === 'string' && field.yaml_text === true,
      'a union is written as YAML text',
    );
    return problems;
  }
  if (property.enum !== undefined) {
    expect(field.widget === 'select', `widget should be select, is ${field.widget}`);
    expect(
      JSON.stringify(field.options?.map((option) => option.value)) ===
        JSON.stringify(property.enum.map(String)),
      'options should be the schema’s choices',
    );
    return problems;
  }
  if (type === 'integer' || type === 'number') {
    expect(field.widget === 'number', `widget should be number, is ${field.widget}`);
    // value_type int would store 12.5 as 12.
    expect(field.value_type === 'float', 'value_type should be float');
    const min =
      property.minimum ??
      (property.exclusiveMinimum === undefined
        ? undefined
        : property.exclusiveMinimum + (type === 'integer' ? 1 : (property.multipleOf ?? 0)));
    const max = property.maximum;
    expect(field.min === min, `min should be ${min}, is ${field.min}`);
    expect(
      field.max === (max !== undefined && max < SAFE ? max : undefined),
      `max should be ${max}`,
    );
    // Decap skips min and max on a field with a pattern: the pattern must hold them.
    const step = type === 'integer' ? 1 : (property.multipleOf ?? 0.5);
    const inside = min ?? (max === undefined ? 12 : max - step);
    expect(accepts(field, inside), `the pattern should accept ${inside}`);
    if (min !== undefined)
      expect(!accepts(field, min - step), `the pattern should refuse ${min - step}`);
    if (field.max !== undefined) {
      expect(accepts(field, field.max), `the pattern should accept ${field.max}`);
      expect(!accepts(field, field.max + step), `the pattern should refuse ${field.max + step}`);
    }
    if (type === 'integer') {
      expect(field.step === 1, 'step should be 1');
      expect(
        !accepts(field, inside + 0.5) && accepts(field, inside + 1),
        'the pattern should refuse a value with decimals, like 12.5',
      );
    }
    if (property.multipleOf !== undefined) {
      expect(field.step === property.multipleOf, `step should be ${property.multipleOf}`);
      expect(
        !accepts(field, 184 + property.multipleOf / 10) &&
          accepts(field, 184 + property.multipleOf),
        'the pattern should refuse a value between steps',
      );
    }
    return problems;
  }
  if (type === 'boolean') {
    expect(field.widget === 'boolean', `widget should be boolean, is ${field.widget}`);
    expect(
      (field.only_true === true) === (property.const === true),
      'only true when the schema says so',
    );
    return problems;
  }
  if (type === 'array') {
    const items = property.items ?? {};
    expect(field.min === property.minItems, `min should be ${property.minItems}`);
    if (items.enum !== undefined) {
      expect(
        field.widget === 'select' && field.multiple === true,
        'a list of choices should be a multiple select',
      );
      expect(
        JSON.stringify(field.options?.map((option) => option.value)) ===
          JSON.stringify(items.enum.map(String)),
        'options should be the schema’s choices',
      );
    } else if (items.properties !== undefined) {
      expect(field.widget === 'list', `widget should be list, is ${field.widget}`);
      problems.push(...mismatches(items, field.fields ?? [], `${at}[].`));
    } else {
      expect(
        field.widget === 'list' && field.field !== undefined,
        'a list of values should be a list of one field',
      );
      if (field.field) problems.push(...fieldMismatches(items, field.field, true, `${at}[]`));
    }
    return problems;
  }
  if (type === 'object' && property.properties !== undefined) {
    expect(field.widget === 'object', `widget should be object, is ${field.widget}`);
    problems.push(...mismatches(property, field.fields ?? [], `${at}.`, required));
    return problems;
  }
  if (type === 'object') {
    // An object keyed by ids: one field per id, each a cell of the schema's kind.
    const cell =
      typeof property.additionalProperties === 'object' ? property.additionalProperties : {};
    expect(field.widget === 'object', `widget should be object, is ${field.widget}`);
    for (const inner of field.fields ?? [])
      problems.push(...fieldMismatches(cell, inner, required, `${at}.${inner.name}`));
    return problems;
  }
  expect(type === 'string', `a ${type} field is not covered`);
  expect(
    ['string', 'text', 'image'].includes(field.widget),
    `widget should be string, text or image, is ${field.widget}`,
  );
  if (property.pattern !== undefined && field.widget !== 'image') {
    expect(field.pattern?.[0] === property.pattern, 'the pattern should be the schema’s');
    expect(
      field.pattern?.[1] === (property.patternErrorMessage ?? field.pattern?.[1]),
      'the pattern’s message should be the schema’s',
    );
  }
  if (field.widget === 'image') {
    expect(
      field.pattern !== undefined &&
        accepts(field, './team/marta.jpg') &&
        !accepts(field, './team/marta.exe'),
      'a photo should be an image file in the team folder',
    );
  }
  if (property.maxLength !== undefined && property.pattern === undefined) {
    const longest = 'a'.repeat(property.maxLength);
    expect(
      accepts(field, longest) && !accepts(field, `${longest}a`),
      `the pattern should hold ${property.maxLength} characters and no more`,
    );
  }
  if ((property.minLength ?? 0) > 0 && property.pattern === undefined) {
    expect(
      !accepts(field, '') && !accepts(field, '   '),
      'the pattern should refuse an empty text',
    );
  }
  return problems;
}

const collection = (name: CollectionName): CmsCollection => {
  const found = config.collections.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no collection ${name}`);
  return found;
};

/** The fields of an entry: a list file's item fields, an MDX file's front matter fields. */
function entryFields(name: CollectionName): CmsField[] {
  const found = collection(name);
  if (found.folder !== undefined)
    return (found.fields ?? []).filter((field) => field.name !== 'body');
  const fields = found.files?.[0]?.fields ?? [];
  return contentLayout[name].kind === 'yaml-list' ? (fields[0]?.fields ?? []) : fields;
}

describe('the generated configuration covers every content file', () => {
  test('one collection per collection of the content model, at its files', () => {
    expect(config.collections.map((found) => found.name).sort()).toEqual(
      Object.keys(contentLayout).sort(),
    );
    for (const [name, layout] of Object.entries(contentLayout) as [
      CollectionName,
      (typeof contentLayout)[CollectionName],
    ][]) {
      const found = collection(name);
      if (layout.kind === 'mdx-folder') {
        expect(found.folder).toBe(layout.folder);
        const body = found.fields?.find((field) => field.name === 'body');
        // A raw editor, so that fact components stay as written.
        expect(body?.widget).toMatch(/^(text|code)$/);
      } else {
        expect(found.files?.map((file) => file.file)).toEqual([layout.file]);
      }
      if (layout.kind === 'yaml-list') {
        expect(found.files?.[0]?.fields.map((field) => [field.name, field.widget])).toEqual([
          [listKey, 'list'],
        ]);
      }
    }
  });

  test.each(Object.keys(contentLayout) as CollectionName[])(
    '%s: every field as its schema says',
    (name) => {
      expect(mismatches(schemas[name], entryFields(name))).toEqual([]);
    },
  );

  test('production: GitHub with the editorial workflow', () => {
    expect(config.backend).toEqual({ name: 'github', repo: 'owner/site', branch: 'main' });
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.local_backend).toBeUndefined();
  });

  test('each relation names a field its schema has, and the form offers the entries', () => {
    for (const relation of relations) {
      let schema: JsonSchema | undefined = schemas[relation.collection];
      for (const part of relation.field.split('.')) schema = schema?.properties?.[part];
      expect(schema, `${relation.collection}.${relation.field}`).toBeDefined();
      const field = entryFields(relation.collection).find(
        (candidate) => candidate.name === relation.field,
      );
      if (relation.holds === 'value') {
        expect(field?.widget).toBe('relation');
        expect(field?.collection).toBe(relation.target);
      } else {
        expect(field?.fields?.map((inner) => inner.name).sort()).toEqual(
          [...files.keys()]
            .filter((file) => file.startsWith(`${contentLayout.plans.folder}/`))
            .map((file) => file.replace(/^.*\/|\.mdx$/g, ''))
            .sort(),
        );
      }
    }
  });
});

describe('the walk notices a field the form does not match', () => {
  const [name] = Object.keys(contentLayout) as CollectionName[];
  if (name === undefined) throw new Error('no collections');

  test('a field added to a copy of a schema', () => {
    const copy = structuredClone(schemas[name]);
    copy.properties = { ...copy.properties, extraCount: { type: 'integer', minimum: 1 } };
    copy.required = [...(copy.required ?? []), 'extraCount'];
    expect(mismatches(copy, entryFields(name))).toEqual(['extraCount: no field in the form']);
  });

  test('a limit changed in a copy of a schema', () => {
    const copy = structuredClone(schemas.faqTopics);
    const [first, property] = Object.entries(copy.properties ?? {})[0] ?? [];
    if (first === undefined || property === undefined) throw new Error('no property');
    const limited: JsonSchema = { ...property, type: 'string', maxLength: 3 };
    delete limited.pattern;
    copy.properties = { ...copy.properties, [first]: limited };
    expect(
      mismatches(copy, entryFields('faqTopics')).some((problem) => problem.startsWith(`${first}:`)),
    ).toBe(true);
  });

  test('a price in dollars with cents (the form of the coming content model) gets steps and two decimals', () => {
    const price = z.object({
      billedAnnually: z
        .number()
        .min(10)
        .max(5000)
        .multipleOf(0.01)
        .describe('Monthly price in dollars.'),
    });
    const json = z.toJSONSchema(price, { target: 'draft-7', io: 'input' }) as JsonSchema;
    const fields = fieldsOf(json, { collection: 'plans', path: '', content: undefined });
    expect(mismatches(json, fields)).toEqual([]);
    const [field] = fields;
    if (field === undefined) throw new Error('no field');
    expect(field).toMatchObject({ widget: 'number', min: 10, max: 5000, step: 0.01 });
    expect([184, 184.5, 184.55].every((value) => accepts(field, value))).toBe(true);
    expect(accepts(field, 184.555)).toBe(false);
    expect([9.99, 5000.01, -184].some((value) => accepts(field, value))).toBe(false);
    expect([10, 5000, 5000.0].every((value) => accepts(field, value))).toBe(true);
  });

  test('a number pattern accepts exactly the numbers within its limits', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 }),
        fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
        fc.constantFrom(0, 1, 2),
        fc.integer({ min: -50, max: 800 }),
        fc.integer({ min: 0, max: 999 }),
        (min, span, decimals, whole, thousandths) => {
          const max = span === undefined ? undefined : min + span;
          const pattern = numberPattern(min, max, decimals);
          if (pattern === undefined) throw new Error('no pattern');
          const value = whole + thousandths / 1000;
          const places = (String(value).split('.')[1] ?? '').length;
          const within = value >= min && (max === undefined || value <= max) && places <= decimals;
          expect(new RegExp(pattern).test(String(value))).toBe(within);
        },
      ),
      { numRuns: 2000, seed: 20 },
    );
  });
});
