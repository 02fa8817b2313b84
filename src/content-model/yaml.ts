import { isMap, isScalar, isSeq, LineCounter, parseDocument, type YAMLError } from 'yaml';

/**
 * A group of "field: value" lines as parsed: an object, but not a list, nor a
 * date (front matter reads an unquoted 2027-01-01 as one).
 */
export const isMapping = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/** Each number's text as written, by the object that holds it and its key (see ./schemas/money.ts). */
const writtenNumbers = new WeakMap<object, Map<string, string>>();

/** How the number at `holder[key]` was written in its file, when a YAML file held it. */
export const numberAsWritten = (holder: object, key: string) =>
  writtenNumbers.get(holder)?.get(key);

/** Walks the parsed nodes beside the values made of them, noting each number's text. */
function noteWrittenNumbers(node: unknown, value: unknown) {
  if (isSeq(node) && Array.isArray(value)) {
    node.items.forEach((item, index) => noteWrittenNumbers(item, value[index]));
  } else if (isMap(node) && isMapping(value)) {
    for (const { key, value: child } of node.items) {
      if (!isScalar(key)) continue;
      const name = String(key.value);
      if (isScalar(child) && typeof child.value === 'number' && child.source !== undefined) {
        const noted = writtenNumbers.get(value) ?? new Map<string, string>();
        writtenNumbers.set(value, noted.set(name, child.source));
      } else noteWrittenNumbers(child, value[name]);
    }
  }
}

/** A YAML syntax mistake, at a line of the file. */
export interface SyntaxProblem {
  line: number;
  /** The text of that line, to quote back to the editor. */
  text: string;
  message: string;
  fix: string;
}

/** Parsed YAML that can say on which line any field was written. */
export interface YamlSource {
  data: unknown;
  syntaxProblems: SyntaxProblem[];
  /** The line of the deepest part of `path` that exists in the file. */
  lineOf(path: readonly PropertyKey[]): number;
}

/**
 * Aliases (*name) repeat an earlier part of a file. Editors have no need of them,
 * and a few nested ones can expand to millions of values: past this count, the
 * reader stops and the check says so.
 */
const MAX_ALIASES = 10;

/** Plain explanations for the YAML reader's error codes editors actually meet. */
const explanations: Record<string, { message: string; fix: string }> = {
  BLOCK_AS_IMPLICIT_KEY: {
    message: 'The line cannot be read: a value contains a colon, or the indentation is off.',
    fix: 'Put text that contains a colon in quotes ("…"), and indent the fields of one entry by the same number of spaces.',
  },
  MULTILINE_IMPLICIT_KEY: {
    message:
      'The line cannot be read: a field name is missing its colon, or the indentation is off.',
    fix: 'Write each field as "name: value" and indent the fields of one entry by the same number of spaces.',
  },
  BAD_INDENT: {
    message: 'The indentation (the spaces at the start of the line) does not line up.',
    fix: 'Start every "- " entry at the same column, and indent its fields by the same number of spaces.',
  },
  TAB_AS_INDENT: {
    message: 'The line is indented with a tab.',
    fix: 'Indent with spaces only.',
  },
  MISSING_CHAR: {
    message: 'A quote or bracket is opened but never closed.',
    fix: 'Close every quote (\' or ") and bracket ([ or {) on the line where it opens.',
  },
  DUPLICATE_KEY: {
    message: 'The same field is written twice in one group.',
    fix: 'Keep only one of the two lines.',
  },
  UNEXPECTED_TOKEN: {
    message: 'The line cannot be read.',
    fix: 'Check its indentation (spaces only), the space after "-" and ":", and quotes around text that contains a colon.',
  },
};

const otherError = {
  message: 'The file is not valid YAML here.',
  fix: 'Compare this line with the lines around it: indentation, a colon and a space after each field name, quotes around text with a colon.',
};

/**
 * Parses YAML once, keeping positions so that problems can name their line.
 * @param firstLine the file line the text starts on (front matter starts on 2).
 */
export function readYaml(text: string, firstLine = 1): YamlSource {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const lines = text.split(/\r?\n/);
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;

  const syntaxProblems: SyntaxProblem[] = [];
  const reported = new Set<number>();
  for (const error of document.errors as YAMLError[]) {
    const line = lineAt(error.pos[0]);
    // One mistake often trips several errors on the same line: report it once.
    if (reported.has(line)) continue;
    reported.add(line);
    const explained = explanations[error.code] ?? otherError;
    syntaxProblems.push({
      line,
      text: (lines[line - firstLine] ?? '').trim(),
      message: explained.message,
      fix: explained.fix,
    });
  }

  const lineOf = (path: readonly PropertyKey[]) => {
    let node: unknown = document.contents;
    let line = firstLine;
    const rangeStart = (value: unknown) =>
      (value as { range?: [number, number, number] } | null)?.range?.[0];
    const start = rangeStart(node);
    if (start !== undefined) line = lineAt(start);
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && item.key.value === segment);
        if (pair === undefined) break;
        const keyStart = rangeStart(pair.key);
        if (keyStart !== undefined) line = lineAt(keyStart);
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        node = node.items[segment];
        const itemStart = rangeStart(node);
        if (itemStart === undefined) break;
        line = lineAt(itemStart);
      } else {
        break;
      }
    }
    return line;
  };

  let data: unknown;
  if (syntaxProblems.length === 0) {
    try {
      data = document.toJS({ maxAliasCount: MAX_ALIASES });
      noteWrittenNumbers(document.contents, data);
    } catch (error) {
      // The yaml library refuses to expand aliases past the count: an alias bomb.
      if (!(error instanceof ReferenceError)) throw error;
      const alias = /(?:^|[\s,[{])\*[\w-]+/m.exec(text);
      const line = alias ? lineAt(alias.index) : firstLine;
      syntaxProblems.push({
        line,
        text: (lines[line - firstLine] ?? '').trim(),
        message: `The file repeats parts of itself with YAML aliases (*name) more than ${MAX_ALIASES} times.`,
        fix: 'Write each value out in full: content files need no & anchors or * aliases.',
      });
    }
  }
  return { data, syntaxProblems, lineOf };
}
