import { z } from 'astro/zod';
import { contentLayout } from './files';
import { contentSchemas, entryList } from './schemas';

/**
 * JSON Schemas of the YAML content files, generated from the build's Zod schemas,
 * so that an editor with a YAML language server (VS Code's YAML extension and
 * others) sees field hints, completion and red squiggles while typing. Rules that
 * span fields or files are beyond JSON Schema: `npm run check` reports those.
 */

/** Where the generated schemas are committed, from the project root. */
export const jsonSchemaDir = 'schemas';

/** The YAML files, by collection, with the title of their schema. */
const titles = {
  faqTopics: 'FAQ topics',
  comparison: 'Rows of the plan comparison table',
  licenses: 'License types and the support each includes',
  team: 'The team, in page order',
  supportHours: 'Support hours',
  site: 'Facts shared by every page',
} as const;

const schemas = contentSchemas(contentLayout.team.file);
const dataFiles = Object.entries(titles).map(([name, title]) => {
  const layout = contentLayout[name as keyof typeof titles];
  const schema: z.ZodType = schemas[name as keyof typeof titles];
  return {
    file: layout.file,
    title,
    schema: layout.kind === 'yaml-list' ? entryList(schema) : schema,
  };
});

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** Drops Zod's safe-integer bound, which only clutters an editor's hints. */
function withoutSafeIntegerBounds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSafeIntegerBounds);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key, inner]) => !(key === 'maximum' && inner === MAX_SAFE))
      .filter(([key, inner]) => !(key === 'minimum' && inner === -MAX_SAFE))
      .map(([key, inner]) => [key, withoutSafeIntegerBounds(inner)]),
  );
}

export interface GeneratedSchema {
  /** The YAML file it describes, from the project root. */
  yamlFile: string;
  /** Where the schema is committed, from the project root. */
  schemaFile: string;
  /** The file's text: formatted JSON with a final newline. */
  text: string;
}

export function schemaFileFor(yamlFile: string): string {
  const name =
    yamlFile
      .split('/')
      .at(-1)
      ?.replace(/\.ya?ml$/, '') ?? yamlFile;
  return `${jsonSchemaDir}/${name}.schema.json`;
}

export function generateJsonSchemas(): GeneratedSchema[] {
  return dataFiles.map(({ file, title, schema }) => {
    const { $schema, ...json } = z.toJSONSchema(schema, { target: 'draft-7', io: 'input' });
    const described = {
      $schema,
      title,
      description: `${file}. Generated from src/content-model/schemas by npm run schemas: do not edit by hand.`,
      ...(withoutSafeIntegerBounds(json) as object),
    };
    return {
      yamlFile: file,
      schemaFile: schemaFileFor(file),
      text: `${JSON.stringify(described, null, 2)}\n`,
    };
  });
}
