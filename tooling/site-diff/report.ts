import type { Answer } from './built-site';
import type { FactChange } from './compare-facts';
import { hunks, sentencesOf, type AnswerChange, type Hunk, type PageDiff } from './compare-pages';
import { codeBlock, escapeText, quote } from './escape';
import { subjectPage, type Subject } from './facts';
import { kilobytes } from '../budgets';
import type { WeightChange } from './weights';

/**
 * The report in Markdown, for a terminal, a job summary and a pull-request
 * comment. Everything taken from content goes through ./escape.ts; the rest is
 * our own wording. Pure: the same comparison always gives the same text.
 */

/** Finds the pull-request comment that holds the report, to update it in place. */
export const REPORT_MARKER = '<!-- site-diff-report -->';
const HEADING = '## What visitors will see differently';

export interface SiteComparison {
  /** The two sides as a reader knows them: "`1a2b3c4` (origin/main)". */
  before: string;
  after: string;
  /** The date both builds were made as of, when the diff built them. */
  clock?: string;
  facts: FactChange[];
  /** Why the content models could not be compared, when they could not. */
  modelNote?: string;
  answers: AnswerChange[];
  /** The answers of questions added, by question id. */
  newAnswers: ReadonlyMap<string, Answer>;
  pages: PageDiff[];
  weights: WeightChange[];
  /** Why page weights were not compared, when they were not. */
  weightNote?: string;
}

const subjects: readonly Subject[] = [
  'Every page',
  'Plans',
  'Comparison table',
  'License types',
  'FAQ',
  'Team',
  'Support hours',
];

const MAX_LISTED = 30;
const MAX_ANSWER = 500;

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const clip = (text: string, length: number) =>
  text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;
const where = (context: string | undefined) => (context ? ` ${escapeText(context)}` : '');

/** One fact's line, without its list marker. */
export function factLine(change: FactChange): string {
  switch (change.kind) {
    case 'changed': {
      const parts = change.parts.map((part) => {
        const show = (value: string) => (part.text ? quote(value) : value);
        const value =
          part.before === part.after
            ? show(part.after)
            : `${show(part.before)} → ${show(part.after)}`;
        return `${part.prefix ?? ''}${value}${part.suffix ?? ''}`;
      });
      return `${escapeText(change.label)}: ${parts.join('; ')}`;
    }
    case 'added':
    case 'removed':
      return `${capitalize(change.thing)} ${change.kind}${where(change.context)}: ${quote(change.name)}`;
    case 'renamed':
      return `${capitalize(change.thing)} renamed${where(change.context)}: ${quote(change.before)} → ${quote(change.after)}`;
    case 'reordered': {
      const list = (names: string[]) => names.map(escapeText).join(', ');
      return `Order of the ${change.thing}s${where(change.context)}: ${list(change.before)} → ${list(change.after)}`;
    }
  }
}

/**
 * A hunk of lines or sentences: "“old” → “new”" when one replaced one; a
 * paragraph that changed is narrowed down to the sentences that did.
 */
function hunkLines(hunk: Hunk, indent: string): string[] {
  const [before] = hunk.before;
  const [after] = hunk.after;
  if (hunk.before.length === 1 && hunk.after.length === 1 && before && after) {
    const sentences = hunks(sentencesOf(before), sentencesOf(after));
    const [only] = sentences;
    if (sentences.length > 1 || (only && only.before.length + only.after.length > 2)) {
      return sentences.flatMap((each) => hunkLines(each, indent));
    }
    return [
      `${indent}- ${quote(only?.before.join(' ') || before)} → ${quote(only?.after.join(' ') || after)}`,
    ];
  }
  return [
    ...hunk.before.map((line) => `${indent}- No longer says: ${quote(line)}`),
    ...hunk.after.map((line) => `${indent}- Now says: ${quote(line)}`),
  ];
}

function capped(lines: string[], indent: string, what: string): string[] {
  if (lines.length <= MAX_LISTED) return lines;
  return [
    ...lines.slice(0, MAX_LISTED),
    `${indent}- …and ${lines.length - MAX_LISTED} more ${what}`,
  ];
}

function factSections(comparison: SiteComparison): string[] {
  const out: string[] = [];
  for (const subject of subjects) {
    const lines: string[] = [];
    for (const change of comparison.facts.filter((each) => each.subject === subject)) {
      lines.push(`- ${factLine(change)}`);
      const answer =
        change.kind === 'added' && change.thing === 'question'
          ? comparison.newAnswers.get(change.key.replace(/^question:/, ''))
          : undefined;
      if (answer) lines.push(`  - Answer: ${quote(clip(answer.text, MAX_ANSWER))}`);
    }
    if (subject === 'FAQ') {
      for (const answer of comparison.answers) {
        lines.push(`- Answer changed: ${quote(answer.question)}`);
        lines.push(
          ...capped(
            answer.sentences.flatMap((hunk) => hunkLines(hunk, '  ')),
            '  ',
            'sentences',
          ),
        );
      }
    }
    const page = subjectPage[subject];
    // The page named is where each fact line reads as the visitor reads it.
    const heading = page === undefined ? subject : `${subject} · \`${page}\``;
    if (lines.length > 0) out.push(`### ${heading}`, '', ...lines, '');
  }
  return out;
}

function pageSection(page: PageDiff | undefined, route: string, weight: WeightChange | undefined) {
  const name = `\`${route}\``;
  if (page?.status === 'added') return [`- ${name} added: ${quote(page.title)}`];
  if (page?.status === 'removed') return [`- ${name} removed (it was ${quote(page.title)})`];
  const lines = [`#### ${name}${page?.title ? ` · ${escapeText(page.title)}` : ''}`, ''];
  if (page?.titleChange) {
    lines.push(`- Title: ${quote(page.titleChange.before)} → ${quote(page.titleChange.after)}`);
  }
  if (page?.descriptionChange) {
    lines.push(
      `- Description: ${quote(page.descriptionChange.before)} → ${quote(page.descriptionChange.after)}`,
    );
  }
  if (page && page.structuredData.length > 0) {
    lines.push(`- Structured data (what search engines read):`);
    const show = (value: string | undefined) => (value === undefined ? 'none' : quote(value));
    lines.push(
      ...capped(
        page.structuredData.map(
          (change) =>
            `  - ${escapeText(change.path)}: ${show(change.before)} → ${show(change.after)}`,
        ),
        '  ',
        'values',
      ),
    );
  }
  if (weight) {
    const moved = weight.after - weight.before;
    const share = Math.round((Math.abs(moved) * 1000) / weight.budget) / 10;
    lines.push(
      `- Page weight: ${kilobytes(weight.before)} → ${kilobytes(weight.after)} of its ${kilobytes(weight.budget)} budget (${moved > 0 ? 'up' : 'down'} ${share}% of the budget${weight.after > weight.budget ? '; over budget' : ''})`,
    );
  }
  if (page && page.text.length > 0) {
    const places = page.text.length === 1 ? '1 place' : `${page.text.length} places`;
    lines.push(
      '',
      `<details><summary>Text on the page: changed in ${places}</summary>`,
      '',
      ...capped(
        page.text.flatMap((hunk) => hunkLines(hunk, '')),
        '',
        'lines',
      ),
      '',
      '</details>',
    );
  }
  lines.push('');
  return lines;
}

function pageSections(comparison: SiteComparison): string[] {
  const routes = [
    ...new Set([
      ...comparison.pages.map((page) => page.route),
      ...comparison.weights.map((weight) => weight.route),
    ]),
  ].sort();
  if (routes.length === 0) return [];
  return [
    '### Page by page',
    '',
    ...routes.flatMap((route) =>
      pageSection(
        comparison.pages.find((page) => page.route === route),
        route,
        comparison.weights.find((weight) => weight.route === route),
      ),
    ),
  ];
}

export function formatSiteReport(comparison: SiteComparison): string {
  const clock = comparison.clock ? `, both built as of ${comparison.clock}` : '';
  const notes = [comparison.modelNote, comparison.weightNote]
    .filter((note): note is string => note !== undefined)
    .map((note) => `> ${escapeText(note)}`);
  const body = [...factSections(comparison), ...pageSections(comparison)];
  return [
    REPORT_MARKER,
    HEADING,
    '',
    `Comparing ${comparison.before} with ${comparison.after}${clock}.`,
    '',
    ...(notes.length > 0 ? [...notes, ''] : []),
    ...(body.length > 0
      ? body
      : [
          '**No visible change.** Every page shows the same text, title, description and structured data, and no page changed weight against its budget.',
          '',
        ]),
  ]
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()
    .concat('\n');
}

/** One side that could not be built: which, why, and the end of what it printed. */
export interface BuildFailure {
  side: string;
  reason: string;
  output: string;
}

/** What to say instead of a partial report, when a build (or its install) fails. */
export function formatFailure(failures: readonly BuildFailure[]): string {
  return [
    REPORT_MARKER,
    HEADING,
    '',
    ...failures.flatMap(({ side, reason, output }) => [
      `**No report: ${side} could not be built.** ${escapeText(reason)} The last lines it printed:`,
      '',
      codeBlock(output.trimEnd().split('\n').slice(-40).join('\n')),
      '',
    ]),
  ].join('\n');
}
