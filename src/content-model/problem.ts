/** One mistake in the content, as the content check reports it. */
export interface ContentProblem {
  /** Path of the file, from the project root. */
  file: string;
  /** The line the field is written on, when known. */
  line?: number | undefined;
  /** The field, as written in the file (nested with dots). */
  field: string;
  /** The offending value, when there is one to quote. */
  value?: unknown;
  /** What is wrong, in a sentence. */
  message: string;
  /** How to put it right. */
  fix: string;
}

/** Quotes a value as the editor wrote it, shortened when long. */
export function quoteValue(value: unknown): string {
  if (value === undefined) return '(none)';
  if (value === null) return '(empty)';
  // Strings are quoted as written (quotes inside left alone, so a quoted tag stays readable).
  const quoted =
    value instanceof Date
      ? value.toISOString().slice(0, 10)
      : typeof value === 'string'
        ? `"${value.replace(/\n/g, '\\n')}"`
        : JSON.stringify(value);
  return quoted.length > 80 ? `${quoted.slice(0, 79)}…` : quoted;
}

/** One problem on one line: `file:line — field — value — what is wrong — how to fix`. */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return [where, problem.field, quoteValue(problem.value), problem.message, problem.fix].join(
    ' — ',
  );
}
