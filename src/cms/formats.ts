import { parse, parseDocument, stringify } from 'yaml';
import type { CmsCollection, CmsConfig, CmsField } from './config';
import { formatNameOf, listKey } from './names';
import { spliceYaml } from './yaml-splice';

/**
 * Decap's custom formats for the content files: what the form reads from a file
 * and how a save writes it back. Stock Decap re-serialises the whole file (front
 * matter reordered, comments dropped) and cannot edit a file that is a YAML list
 * (decap-cms#531); these keep the file's text and splice only what changed
 * (./yaml-splice.ts), and present a list under `entries`.
 *
 * Decap hands `fromFile` the text and `toFile` the data, nothing else. So the data
 * carries two keys of its own, never fields: the text the editor opened
 * (`sourceKey`, set by `fromFile`) and the file's text when the save starts
 * (`currentKey`, set by the save check's preSave handler, ./save-check.ts). The
 * changes from the first to the form's data are written into the second, so an
 * edit made on main after the editor opened the entry is kept.
 */

export const sourceKey = '__fileAsOpened';
export const currentKey = '__fileNow';

export interface ContentFormat {
  fromFile(text: string): Record<string, unknown>;
  toFile(data: Record<string, unknown>): string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/** As Astro reads front matter (js-yaml: dates, merge keys) and YAML data files. */
const readFrontMatter = (text: string): unknown =>
  parseDocument(text, { customTags: ['timestamp'], merge: true }).toJS() ?? {};
const readData = (text: string): unknown => parse(text) ?? null;

const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

/**
 * The form's values as the file holds them, or (`toForm`) the other way: a field
 * shown as YAML text is parsed back, and an optional field left empty is left out,
 * as CONTRIBUTING asks of a hand edit.
 */
function convert(value: unknown, fields: readonly CmsField[], toForm: boolean): unknown {
  if (!isRecord(value)) return value;
  const byName = new Map(fields.map((field) => [field.name, field]));
  const position = (name: string) => {
    const index = fields.findIndex((field) => field.name === name);
    return index === -1 ? fields.length : index;
  };
  // Into the file, fields go in the schema's order (Decap keeps them in the order
  // they were filled in); only a new entry or field shows it, since a splice
  // leaves the lines already there where they are.
  const entries = Object.entries(value);
  if (!toForm) entries.sort(([a], [b]) => position(a) - position(b));
  return Object.fromEntries(
    entries.flatMap(([name, inner]): [string, unknown][] => {
      const field = byName.get(name);
      if (field === undefined) return [[name, inner]];
      if (!toForm && !field.required && isEmpty(inner)) return [];
      if (!toForm && field.only_true && inner === false) return [];
      if (field.yaml_text) {
        if (toForm) {
          const text =
            typeof inner === 'string'
              ? inner
              : stringify(inner, { lineWidth: 0, collectionStyle: 'flow' }).trimEnd();
          return [[name, text]];
        }
        return [[name, typeof inner === 'string' ? parse(inner) : inner]];
      }
      const itemFields = field.fields;
      if (itemFields === undefined) return [[name, inner]];
      return [
        [
          name,
          Array.isArray(inner)
            ? inner.map((item) => convert(item, itemFields, toForm))
            : convert(inner, itemFields, toForm),
        ],
      ];
    }),
  );
}

function withoutOwnKeys(data: Record<string, unknown>) {
  const { [sourceKey]: opened, [currentKey]: now, ...fields } = data;
  return {
    opened: typeof opened === 'string' ? opened : undefined,
    now: typeof now === 'string' ? now : undefined,
    fields,
  };
}

/** The parts of an MDX file, so that the text around the front matter stays as it was. */
interface MdxText {
  opening: string;
  frontMatter: string;
  closing: string;
  /** Everything after the closing fence: a blank line, then the body. */
  rest: string;
}

const mdxPattern =
  /^(\uFEFF?(?:[ \t]*\r?\n)*---[ \t]*\r?\n)([\s\S]*?)(^---[ \t]*(?:\r?\n|$))([\s\S]*)$/m;

function splitMdxText(text: string): MdxText | undefined {
  const match = mdxPattern.exec(text);
  if (!match) return undefined;
  const [, opening = '', frontMatter = '', closing = '', rest = ''] = match;
  return { opening, frontMatter, closing, rest };
}

const bodyOf = (rest: string) => rest.replace(/^\r?\n/, '');
const withFinalNewline = (text: string) => (text.endsWith('\n') ? text : `${text}\n`);

function mdxFormat(fields: readonly CmsField[]): ContentFormat {
  const frontMatterFields = fields.filter((field) => field.name !== 'body');
  return {
    fromFile(text) {
      const parts = splitMdxText(text);
      if (parts === undefined) return { body: text, [sourceKey]: text };
      const data = readFrontMatter(parts.frontMatter);
      return {
        ...(convert(isRecord(data) ? data : {}, frontMatterFields, true) as object),
        body: bodyOf(parts.rest),
        [sourceKey]: text,
      };
    },
    toFile(data) {
      const { opened, now, fields: values } = withoutOwnKeys(data);
      const { body: rawBody, ...rest } = values;
      const body = typeof rawBody === 'string' ? rawBody : '';
      const next = convert(rest, frontMatterFields, false);
      const current = now ?? opened;
      const currentParts = current === undefined ? undefined : splitMdxText(current);
      if (current === undefined || currentParts === undefined) {
        // A new entry, written as CONTRIBUTING's recipe shows one.
        return `---\n${stringify(next, { lineWidth: 0 })}---\n\n${withFinalNewline(body)}`;
      }
      const openedParts = opened === undefined ? undefined : splitMdxText(opened);
      const base = openedParts ? readFrontMatter(openedParts.frontMatter) : {};
      const frontMatter = spliceYaml(currentParts.frontMatter, base, next, readFrontMatter).text;
      const bodyChanged = openedParts === undefined || bodyOf(openedParts.rest) !== body;
      const leading = /^\r?\n/.exec(currentParts.rest)?.[0] ?? '\n';
      const restText = bodyChanged ? leading + withFinalNewline(body) : currentParts.rest;
      return currentParts.opening + frontMatter + currentParts.closing + restText;
    },
  };
}

function yamlFormat(fields: readonly CmsField[], list: boolean): ContentFormat {
  const listFields = list ? (fields.find((field) => field.name === listKey)?.fields ?? []) : [];
  const toForm = (data: unknown) =>
    list
      ? {
          [listKey]: (Array.isArray(data) ? data : []).map((item) =>
            convert(item, listFields, true),
          ),
        }
      : (convert(isRecord(data) ? data : {}, fields, true) as Record<string, unknown>);
  const fromForm = (values: Record<string, unknown>) => {
    if (!list) return convert(values, fields, false);
    const items = values[listKey];
    return (Array.isArray(items) ? items : []).map((item) => convert(item, listFields, false));
  };
  return {
    fromFile(text) {
      return { ...toForm(readData(text)), [sourceKey]: text };
    },
    toFile(data) {
      const { opened, now, fields: values } = withoutOwnKeys(data);
      const next = fromForm(values);
      const current = now ?? opened;
      if (current === undefined) return stringify(next, { lineWidth: 0 });
      const base = opened === undefined ? null : readData(opened);
      return spliceYaml(current, base, next, readData).text;
    },
  };
}

/** The format of one collection of the generated configuration. */
export function formatFor(collection: CmsCollection): ContentFormat {
  if (collection.folder !== undefined) return mdxFormat(collection.fields ?? []);
  const fields = collection.files?.[0]?.fields ?? [];
  return yamlFormat(fields, fields.length === 1 && fields[0]?.name === listKey);
}

/** The part of Decap's CMS object the formats need. */
export interface FormatRegistry {
  registerCustomFormat(name: string, extension: string, format: ContentFormat): void;
}

/** Registers the format of every collection in `config` (call before `CMS.init`). */
export function registerFormats(CMS: FormatRegistry, config: Pick<CmsConfig, 'collections'>) {
  for (const collection of config.collections) {
    CMS.registerCustomFormat(
      formatNameOf(collection.name),
      collection.extension,
      formatFor(collection),
    );
  }
}
