import { plural } from '../lib/describe';
import { formatProblem, quoteValue, type ContentProblem } from './problem';

/** What a report says: the problems found, and how much was checked. */
export interface CheckSummary {
  problems: readonly ContentProblem[];
  /** Content files that were read and checked. */
  filesChecked: number;
  /** True when a file could not be read, so rules across files were not checked. */
  crossFileRulesSkipped: boolean;
}

/** The whole report an editor reads, from `npm run check` and from a failed build. */
export function formatReport(result: CheckSummary): string {
  const { problems } = result;
  if (problems.length === 0) {
    return `Content check passed: ${plural(result.filesChecked, 'file')} checked, no problems.`;
  }
  const files = new Set(problems.map((problem) => problem.file)).size;
  const lines = [
    `Content check found ${plural(problems.length, 'problem')} in ${plural(files, 'file')}.`,
    'Each line reads: file:line — field — the value written — what is wrong — how to fix it.',
    '',
    ...problems.map(formatProblem),
  ];
  if (result.crossFileRulesSkipped) {
    lines.push(
      '',
      'Rules that compare files (references, repeated ids and orders) were not checked,',
      'because a file above could not be read. Fix it and run the check again.',
    );
  }
  return lines.join('\n');
}

const escapeData = (text: string) =>
  text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * A problem as a GitHub Actions annotation, which GitHub shows on the very line
 * of the file in a pull request's "Files changed" view.
 */
export function githubAnnotation(problem: ContentProblem): string {
  const properties = [
    `file=${escapeProperty(problem.file)}`,
    ...(problem.line === undefined ? [] : [`line=${problem.line}`]),
    `title=${escapeProperty(`${problem.field} — ${quoteValue(problem.value)}`)}`,
  ];
  return `::error ${properties.join(',')}::${escapeData(`${problem.message} ${problem.fix}`)}`;
}

/** Stops a build with the content check's whole report. */
export class ContentCheckError extends Error {
  readonly problems: readonly ContentProblem[];
  /** The report alone, without what it means for a build. */
  readonly report: string;

  constructor(result: CheckSummary) {
    const report = formatReport(result);
    super(`${report}\n\nThe build stopped here: nothing was built.`);
    this.name = 'ContentCheckError';
    this.problems = result.problems;
    this.report = report;
    // Where in our code the check ran means nothing to an editor; the report says it all.
    this.stack = '';
  }
}
