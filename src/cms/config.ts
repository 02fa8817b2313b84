import { posix } from 'node:path';
import { z } from 'astro/zod';
import toRegexRange from 'to-regex-range';
import {
  contentLayout,
  contentSchemas,
  imageExtensions,
  photoPath,
  type CollectionFiles,
  type CollectionName,
  type ContentFiles,
} from './content-model';
import { formatNameOf, listKey, photoFolderName } from './names';
import { relations, type Relation } from './relations';

export { formatNameOf, listKey, photoFolderName };

/**
 * The Decap CMS configuration, generated from the content model's schemas: each
 * collection's schema is turned into JSON Schema (as the editor hints in schemas/
 * are) and each property into a form field, with its label, hint, required flag,
 * limits, pattern and choices. Nothing here names a content field except the
 * relations (./relations.ts), which the schemas cannot express.
 */

/** A JSON Schema node as `z.toJSONSchema` writes one (the parts the forms read). */
export interface JsonSchema {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  patternErrorMessage?: string;
  format?: string;
}

/** One Decap field (the options this generator writes). */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required: boolean;
  hint?: string;
  pattern?: [string, string];
  default?: unknown;
  // number
  value_type?: 'int' | 'float';
  min?: number;
  max?: number;
  step?: number;
  // select
  options?: { label: string; value: string }[];
  multiple?: boolean;
  // list and object
  fields?: CmsField[];
  field?: CmsField;
  summary?: string;
  collapsed?: boolean;
  // relation
  collection?: string;
  file?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  // image
  media_folder?: string;
  public_folder?: string;
  choose_url?: boolean;
  /**
   * Not a Decap option: the value is shown as the YAML it is written as (a union
   * such as `unlimited` or `{ perMonth: 15 }`, a cell that is yes, no or text),
   * and read back as YAML by the formats (./formats.ts).
   */
  yaml_text?: true;
  /**
   * Not a Decap option: the schema allows only true here, so the formats leave
   * the field out when the form's switch is off, as a hand edit would.
   */
  only_true?: true;
}

export interface CmsCollection {
  name: CollectionName;
  label: string;
  format: string;
  extension: string;
  // folder collections
  folder?: string;
  create?: boolean;
  delete?: boolean;
  slug?: string;
  identifier_field?: string;
  summary?: string;
  // file collections
  files?: { name: string; label: string; file: string; fields: CmsField[] }[];
  fields?: CmsField[];
}

export interface CmsConfigOptions {
  /** `local`: decap-server's proxy on this machine; `github`: the production repository. */
  backend: 'local' | 'github';
  /** owner/name of the GitHub repository (github backend). */
  repo?: string;
  /** The branch entries are published to. */
  branch?: string;
  /** The local proxy's API address (local backend). */
  proxyUrl?: string;
  /** The site's public address, for "view live" links. */
  siteUrl?: string;
  /**
   * The content as built: with it, an object whose keys are ids (a comparison
   * row's cells, one per plan) gets one field per existing id.
   */
  content?: ContentFiles;
}

export interface CmsConfig {
  load_config_file: false;
  backend: { name: 'github'; repo?: string; branch: string };
  local_backend?: { url: string };
  publish_mode: 'editorial_workflow';
  media_folder: string;
  public_folder: string;
  site_url?: string;
  slug: { encoding: 'ascii'; clean_accents: true; sanitize_replacement: '-' };
  collections: CmsCollection[];
}

/** Zod's safe-integer bounds say nothing to an editor. */
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** "billedAnnually" → "Billed annually". */
export function labelOf(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The pattern of a path to an image file, as the team schema writes it. */
function imagePathPattern(): string | undefined {
  return (z.toJSONSchema(photoPath(contentLayout.team.file)) as JsonSchema).pattern;
}

/** The JSON Schema of each collection's entries, as the content model checks them. */
export function collectionJsonSchemas(): Record<CollectionName, JsonSchema> {
  const schemas = contentSchemas(contentLayout.team.file, () => true);
  return Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => [
      name,
      z.toJSONSchema(schema as z.ZodType, {
        target: 'draft-7',
        io: 'input',
        unrepresentable: 'any',
      }) as JsonSchema,
    ]),
  ) as Record<CollectionName, JsonSchema>;
}

const typeOf = (schema: JsonSchema): string | undefined =>
  Array.isArray(schema.type) ? schema.type[0] : schema.type;

/** How many decimals a step such as 0.01 allows. */
function decimalsOf(step: number): number {
  const [, fraction = ''] = String(step).split('.');
  return fraction.length;
}

/** Whole numbers from `low` to `high` (or up, without `high`), as a regex. */
function wholeRange(low: number, high: number | undefined): string {
  if (high !== undefined) return toRegexRange(low, high, { capture: false });
  // No upper limit: the numbers with as many digits as `low`, from it, or any longer one.
  const digits = String(low).length;
  return `(?:${toRegexRange(low, 10 ** digits - 1, { capture: false })}|[1-9]\\d{${digits},})`;
}

/**
 * A pattern for numbers within the limits, with at most `decimals` decimals
 * (undefined: any); undefined when there is nothing to hold.
 */
export function numberPattern(
  min: number | undefined,
  max: number | undefined,
  decimals: number | undefined,
): string | undefined {
  const fraction =
    decimals === undefined ? '(?:\\.\\d+)?' : decimals === 0 ? '' : `(?:\\.\\d{1,${decimals}})?`;
  const low = min === undefined ? undefined : Math.ceil(min);
  const high = max === undefined ? undefined : Math.floor(max);
  // Below zero the digits alone cannot hold a limit: the content check does.
  if (low === undefined || low < 0 || (high !== undefined && high < low)) {
    return decimals === undefined ? undefined : `^-?\\d+${fraction}$`;
  }
  if (high === undefined || fraction === '') return `^${wholeRange(low, high)}${fraction}$`;
  // At the upper limit itself, only zero decimals stay within it.
  const below = high > low ? `${wholeRange(low, high - 1)}${fraction}|` : '';
  const atLimit = decimals === undefined ? '(?:\\.0+)?' : `(?:\\.0{1,${decimals}})?`;
  return `^(?:${below}${high}${atLimit})$`;
}

function numberMessage(label: string, field: CmsField, decimals: number | undefined): string {
  const kind = decimals === 0 ? 'a whole number' : 'a number';
  const range =
    field.min !== undefined && field.max !== undefined
      ? ` from ${field.min} to ${field.max}`
      : field.min !== undefined
        ? ` of ${field.min} or more`
        : field.max !== undefined
          ? ` up to ${field.max}`
          : '';
  const places =
    decimals === undefined || decimals === 0 ? '' : `, with at most ${decimals} decimals`;
  const example = decimals === 0 ? `, like ${field.min ?? 1}` : '';
  return `${label} must be ${kind}${range}${places}${example}.`;
}

function numberField(base: Omit<CmsField, 'widget'>, schema: JsonSchema, integer: boolean) {
  const field: CmsField = { ...base, widget: 'number', value_type: 'float' };
  const step = integer ? 1 : schema.multipleOf;
  const minimum =
    schema.minimum ??
    (schema.exclusiveMinimum === undefined
      ? undefined
      : schema.exclusiveMinimum + (integer ? 1 : (step ?? 0)));
  const maximum =
    schema.maximum ??
    (schema.exclusiveMaximum === undefined
      ? undefined
      : schema.exclusiveMaximum - (integer ? 1 : (step ?? 0)));
  if (minimum !== undefined && minimum > -MAX_SAFE) field.min = minimum;
  if (maximum !== undefined && maximum < MAX_SAFE) field.max = maximum;
  if (step !== undefined) field.step = step;
  // Decap's value_type int truncates 12.5 to 12 without a word, so the field is a
  // float and a pattern refuses what is not a whole number (or has too many
  // decimals). Decap skips min and max when a field has a pattern ("pattern
  // overrides min/max", decap-cms-widget-number), so the pattern holds the limits.
  const decimals = integer ? 0 : step === undefined ? undefined : decimalsOf(step);
  const pattern = numberPattern(field.min, field.max, decimals);
  if (pattern !== undefined) field.pattern = [pattern, numberMessage(base.label, field, decimals)];
  return field;
}

function lengthPattern(schema: JsonSchema, label: string): [string, string] | undefined {
  const { minLength, maxLength } = schema;
  if (minLength === undefined && maxLength === undefined) return undefined;
  // The schemas trim text before they count it: whitespace alone is empty.
  const nonEmpty = (minLength ?? 0) > 0 ? '(?=[\\s\\S]*\\S)' : '';
  const range = `{${minLength ?? 0},${maxLength ?? ''}}`;
  const message =
    maxLength === undefined
      ? `${label} must not be empty.`
      : `${label}: write between ${Math.max(minLength ?? 0, 1)} and ${maxLength} characters.`;
  return [`^${nonEmpty}[\\s\\S]${range}$`, message];
}

interface Context {
  collection: CollectionName;
  /** Path of the field from the entry, dots between names. */
  path: string;
  content: ContentFiles | undefined;
}

function relationFor(context: Context): Relation | undefined {
  return relations.find(
    (relation) => relation.collection === context.collection && relation.field === context.path,
  );
}

/** The ids of a collection's entries in the content as built. */
export function idsIn(content: ContentFiles, collection: CollectionName): string[] {
  const layout: CollectionFiles = contentLayout[collection];
  if (layout.kind !== 'mdx-folder') return [];
  return [...content.keys()]
    .filter((file) => posix.dirname(file) === layout.folder && file.endsWith('.mdx'))
    .map((file) => posix.basename(file, '.mdx'))
    .sort();
}

function relationField(base: Omit<CmsField, 'widget'>, relation: Relation): CmsField {
  const target: CollectionFiles = contentLayout[relation.target];
  const schema = collectionJsonSchemas()[relation.target];
  const display = identifierOf(schema) ?? 'id';
  if (target.kind === 'mdx-folder') {
    return {
      ...base,
      widget: 'relation',
      collection: relation.target,
      value_field: '{{slug}}',
      search_fields: [display],
      display_fields: [display],
    };
  }
  return {
    ...base,
    widget: 'relation',
    collection: relation.target,
    file: relation.target,
    value_field: `${listKey}.*.id`,
    search_fields: [`${listKey}.*.${display}`],
    display_fields: [`${listKey}.*.${display}`],
  };
}

function photoField(base: Omit<CmsField, 'widget'>, schema: JsonSchema): CmsField {
  const extensions = imageExtensions.map((extension) => extension.slice(1)).join('|');
  const folder = posix.join(posix.dirname(contentLayout.team.file), photoFolderName);
  return {
    ...base,
    widget: 'image',
    media_folder: `/${folder}`,
    public_folder: `./${photoFolderName}`,
    choose_url: false,
    pattern: [
      `^\\./${photoFolderName}/[^/]+\\.(${extensions})$`,
      `${schema.patternErrorMessage ?? 'Choose a photo.'} Use a photo ending in ${imageExtensions.join(', ')}.`,
    ],
  };
}

/** One alternative of a union, as an editor would write it. */
function describeChoice(choice: JsonSchema): string {
  if (choice.const !== undefined) return String(choice.const);
  if (choice.enum !== undefined) return choice.enum.map(String).join(' or ');
  if (choice.properties !== undefined) {
    return `{ ${Object.keys(choice.properties)
      .map((key) => `${key}: …`)
      .join(', ')} }`;
  }
  const type = typeOf(choice);
  if (type === 'boolean') return 'true or false';
  if (type === 'string') {
    return choice.maxLength === undefined
      ? 'a text'
      : `a text of up to ${choice.maxLength} characters`;
  }
  return type === 'integer' || type === 'number' ? 'a number' : 'a value';
}

/** One form field for a property of a schema. */
export function fieldFor(
  name: string,
  schema: JsonSchema,
  required: boolean,
  context: Context,
): CmsField {
  const label = labelOf(name);
  const base: Omit<CmsField, 'widget'> = {
    name,
    label,
    required,
    ...(schema.description === undefined ? {} : { hint: schema.description }),
    ...(schema.default === undefined ? {} : { default: schema.default }),
  };
  const relation = relationFor(context);
  if (relation?.holds === 'value') return relationField(base, relation);
  if (schema.anyOf !== undefined) {
    // A union (one word or a group of fields; yes, no or a text) has no Decap
    // widget: the field holds the value as written in YAML.
    const choices = schema.anyOf.map(describeChoice).join(', or ');
    return {
      ...base,
      widget: 'string',
      yaml_text: true,
      hint: `${schema.description ?? ''} Write ${choices}, as in the YAML file.`.trim(),
    };
  }
  const type = typeOf(schema);
  if (schema.enum !== undefined) {
    return {
      ...base,
      widget: 'select',
      options: schema.enum.map((value) => ({ label: String(value), value: String(value) })),
    };
  }
  if (type === 'integer') return numberField(base, schema, true);
  if (type === 'number') return numberField(base, schema, false);
  if (type === 'boolean') {
    const field: CmsField = { ...base, widget: 'boolean' };
    if (schema.const === true) field.only_true = true;
    return field;
  }
  if (type === 'array') {
    const items = schema.items ?? {};
    const list: CmsField = { ...base, widget: 'list' };
    if (schema.minItems !== undefined) list.min = schema.minItems;
    if (schema.maxItems !== undefined) list.max = schema.maxItems;
    if (items.enum !== undefined) {
      return {
        ...fieldFor(name, items, required, context),
        ...list,
        widget: 'select',
        multiple: true,
      };
    }
    if (items.properties !== undefined) {
      list.fields = fieldsOf(items, { ...context, path: `${context.path}.*` });
      list.summary = summaryOf(items);
      list.collapsed = true;
      return list;
    }
    list.field = fieldFor(labelOf(name), items, true, { ...context, path: `${context.path}.*` });
    list.field.name = 'item';
    return list;
  }
  if (type === 'object' && schema.properties !== undefined) {
    const fields = fieldsOf(schema, context);
    // Decap checks the fields inside an object even when the object itself is
    // optional and absent (a plan with no price): inside an optional object they are
    // optional in the form, and the content check asks for them when it is there.
    return {
      ...base,
      widget: 'object',
      fields: required ? fields : fields.map(optional),
    };
  }
  if (type === 'object') {
    const values =
      typeof schema.additionalProperties === 'object' ? schema.additionalProperties : {};
    const ids =
      relation?.holds === 'keys' && context.content !== undefined
        ? idsIn(context.content, relation.target)
        : [];
    if (ids.length > 0) {
      return {
        ...base,
        widget: 'object',
        fields: ids.map((id) => ({
          ...fieldFor(id, values, required, { ...context, path: `${context.path}.${id}` }),
          label: id,
        })),
      };
    }
    return { ...base, widget: 'string', yaml_text: true };
  }
  if (schema.pattern !== undefined && schema.pattern === imagePathPattern()) {
    return photoField(base, schema);
  }
  const field: CmsField = {
    ...base,
    widget: (schema.maxLength ?? 0) > 160 ? 'text' : 'string',
  };
  if (schema.pattern !== undefined) {
    field.pattern = [
      schema.pattern,
      schema.patternErrorMessage ??
        (schema.format === 'date'
          ? `${label} must be a date written as YYYY-MM-DD, like 2027-01-01.`
          : `${label} is not in the expected form.`),
    ];
  } else {
    const length = lengthPattern(schema, label);
    if (length !== undefined) field.pattern = length;
  }
  return field;
}

/** The field and every field inside it, as optional. */
function optional(field: CmsField): CmsField {
  const result: CmsField = { ...field, required: false };
  if (field.widget === 'object' && field.fields) result.fields = field.fields.map(optional);
  return result;
}

/** The form fields of an object schema, in the schema's order. */
export function fieldsOf(schema: JsonSchema, context: Context): CmsField[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, property]) =>
    fieldFor(name, property, required.has(name), {
      ...context,
      path: context.path === '' ? name : `${context.path}.${name}`,
    }),
  );
}

/** The required texts of an entry, shortest first. */
function requiredTexts(schema: JsonSchema): string[] {
  const required = new Set(schema.required ?? []);
  const texts = Object.entries(schema.properties ?? {}).filter(
    ([name, property]) =>
      required.has(name) && typeOf(property) === 'string' && property.enum === undefined,
  );
  return texts
    .sort(([, a], [, b]) => (a.maxLength ?? Infinity) - (b.maxLength ?? Infinity))
    .map(([name]) => name);
}

/** What names an entry in lists: its name, else its shortest required text. */
function identifierOf(schema: JsonSchema): string | undefined {
  const texts = requiredTexts(schema);
  return texts.includes('name') ? 'name' : texts[0];
}

/** What a new file is named after: the shortest required text ("Plus" → plus.mdx). */
function fileNameFieldOf(schema: JsonSchema): string | undefined {
  return requiredTexts(schema)[0];
}

function summaryOf(schema: JsonSchema): string {
  const identifier = identifierOf(schema);
  return identifier === undefined ? '' : `{{fields.${identifier}}}`;
}

/** How an MDX file's prose is called in each collection, for its field. */
const bodyField = (collection: CollectionName): CmsField => ({
  name: 'body',
  label: 'Text',
  // A raw editor: the rich-text editor would rewrite fact components such as
  // <Price plan="plus" billing="annual" />, which must stay as written.
  widget: 'text',
  required: collection !== 'texts',
  hint: 'Markdown and fact components such as <Price plan="plus" billing="annual" />, as in the file.',
});

function collectionLabel(name: CollectionName): string {
  return labelOf(name).replace(/^Faq/, 'FAQ');
}

/** The whole Decap configuration for the content as the model defines it. */
export function cmsConfig(options: CmsConfigOptions): CmsConfig {
  const schemas = collectionJsonSchemas();
  const collections = (Object.entries(contentLayout) as [CollectionName, CollectionFiles][]).map(
    ([name, layout]): CmsCollection => {
      const schema = schemas[name];
      const context: Context = { collection: name, path: '', content: options.content };
      const label = collectionLabel(name);
      if (layout.kind === 'mdx-folder') {
        const identifier = fileNameFieldOf(schema);
        const summary = identifierOf(schema);
        return {
          name,
          label,
          format: formatNameOf(name),
          extension: 'mdx',
          folder: layout.folder,
          // Page texts are the passages the pages name; a new file would show nowhere.
          create: name !== 'texts',
          delete: false,
          slug: '{{slug}}',
          ...(identifier === undefined ? {} : { identifier_field: identifier }),
          ...(summary === undefined ? {} : { summary: `{{fields.${summary}}}` }),
          fields: [...fieldsOf(schema, context), bodyField(name)],
        };
      }
      const fields =
        layout.kind === 'yaml-list'
          ? [
              {
                name: listKey,
                label,
                widget: 'list',
                required: true,
                collapsed: true,
                summary: summaryOf(schema),
                fields: fieldsOf(schema, { ...context, path: '' }),
              } satisfies CmsField,
            ]
          : fieldsOf(schema, context);
      return {
        name,
        label,
        format: formatNameOf(name),
        extension: 'yaml',
        files: [{ name, label, file: layout.file, fields }],
      };
    },
  );
  const mediaFolder = posix.join(posix.dirname(contentLayout.team.file), photoFolderName);
  return {
    load_config_file: false,
    backend: {
      name: 'github',
      ...(options.repo === undefined ? {} : { repo: options.repo }),
      branch: options.branch ?? 'main',
    },
    ...(options.backend === 'local'
      ? { local_backend: { url: options.proxyUrl ?? 'http://127.0.0.1:8081/api/v1' } }
      : {}),
    publish_mode: 'editorial_workflow',
    media_folder: mediaFolder,
    public_folder: `./${photoFolderName}`,
    ...(options.siteUrl === undefined ? {} : { site_url: options.siteUrl }),
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections,
  };
}
