import { parse } from 'yaml';

/** A mistake in a content file that stops the build, naming the file. */
export class ContentFileError extends Error {
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'ContentFileError';
  }
}

function parseYaml(text: string, file: string): unknown {
  try {
    return parse(text, { prettyErrors: true });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ContentFileError(file, `this is not valid YAML. ${reason}`);
  }
}

/**
 * Parses a YAML list of entries keyed by `id`. Astro's file loader would let a
 * repeated id silently replace the earlier entry, so repeats are refused here.
 */
export function parseEntryList(text: string, file: string): Record<string, unknown>[] {
  const data = parseYaml(text, file);
  if (!Array.isArray(data)) {
    throw new ContentFileError(file, 'expected a list of entries, each starting with "- id:".');
  }
  const seen = new Map<string, number>();
  return data.map((item: unknown, index) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw new ContentFileError(file, `entry ${index + 1} is not a group of fields.`);
    }
    const entry = item as Record<string, unknown>;
    const id = entry['id'];
    if (typeof id !== 'string' || id === '') {
      throw new ContentFileError(file, `entry ${index + 1} has no id: add an "id:" line.`);
    }
    const first = seen.get(id);
    if (first !== undefined) {
      throw new ContentFileError(
        file,
        `id — "${id}" — entries ${first} and ${index + 1} share this id — give each entry its own id.`,
      );
    }
    seen.set(id, index + 1);
    return entry;
  });
}

/** Parses a YAML file that holds one record of fields. */
export function parseRecord(text: string, file: string): Record<string, unknown> {
  const data = parseYaml(text, file);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ContentFileError(file, 'expected fields (name: value lines) at the top level.');
  }
  return data as Record<string, unknown>;
}
