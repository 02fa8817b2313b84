import type { z } from 'astro/zod';
import { closestMatch } from '../lib/spelling';
import { diagnose, type SchemaIssue } from './diagnose';
import {
  contentDir,
  contentLayout,
  decodeText,
  folderOf,
  nameOf,
  type CollectionFiles,
  type CollectionName,
  type ContentFiles,
} from './files';
import { frontMatterOf, readProse, treeProblems, type ProseFacts, type ProseNode } from './prose';
import type { ContentProblem } from './problem';
import type { CheckSummary } from './report';
import type { ValidContent } from './resolve';
import { findContentProblems, snapshotOf, type CheckedEntry } from './rules';
import { contentSchemas, entryList } from './schemas';
import { isMapping, readYaml } from './yaml';

/**
 * Every file against its collection's schema, then the rules across files
 * (./rules.ts) and the fact components in prose (./prose.ts), reporting every
 * problem in every file with the line it is on. Pure: it reads nothing itself,
 * so tests (and a browser) can hand it files.
 */

export interface CheckResult extends CheckSummary {
  problems: ContentProblem[];
  /** What the schemas made of every entry; the model is resolved from it when nothing is wrong. */
  valid: ValidContent;
}

type Path = readonly PropertyKey[];

const isSlug = (id: string) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id);

function fieldName(prefix: string, path: Path): string {
  let name = prefix;
  for (const segment of path) {
    if (typeof segment === 'number') name += `[${segment}]`;
    else name += name === '' ? String(segment) : `.${String(segment)}`;
  }
  return name === '' ? '(whole file)' : name;
}

function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const segment of path) {
    if (Array.isArray(value) && typeof segment === 'number') value = value[segment];
    else if (isMapping(value) && typeof segment === 'string') value = value[segment];
    else return undefined;
  }
  return value;
}

/** What an editor would call a file name: lowercase words joined by hyphens. */
function suggestedFileName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A misspelt field shows up twice: as an unknown field and as a missing one. The
 * unknown field's message already names the right spelling, so the missing one
 * is dropped.
 */
function withoutMisspeltMissing(issues: readonly SchemaIssue[], raw: unknown): SchemaIssue[] {
  const parentOf = (path: Path) => JSON.stringify(path.slice(0, -1));
  const unknownKeys = issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ parent: JSON.stringify(issue.path), key }))
      : [],
  );
  return issues.filter((issue) => {
    const missing = issue.path.at(-1);
    if (issue.code !== 'invalid_type' || typeof missing !== 'string') return true;
    if (valueAt(raw, issue.path) !== undefined) return true;
    return !unknownKeys.some(
      ({ parent, key }) =>
        parent === parentOf(issue.path) && closestMatch(key, [missing]) === missing,
    );
  });
}

/** How long each kind of prose may be: an answer fills a section, a description a card. */
const proseLimits: readonly (readonly [CollectionName, string, number])[] = [
  ['faq', 'answer', 3000],
  ['plans', 'description', 800],
  ['texts', 'text', 600],
];

/** A checked entry with what its schema made of it, and, for MDX, its tree and body line. */
interface Entry extends CheckedEntry {
  data?: unknown;
  tree?: ProseNode;
  bodyLine?: number;
}

class Checker {
  private readonly problems: ContentProblem[] = [];
  private readonly entries = new Map<CollectionName, Entry[]>();
  /** Per file: on which line a field is written. */
  private readonly lineFinders = new Map<string, (path: Path) => number>();
  private readonly claimedFiles = new Set<string>();
  /** Whether some file could not be read at all. */
  private unreadable = false;
  private readonly files: ContentFiles;
  private readonly schemas: Record<CollectionName, z.ZodType>;

  constructor(files: ContentFiles) {
    this.files = files;
    this.schemas = contentSchemas(contentLayout.team.file, (file) => files.has(file));
  }

  run(): CheckResult {
    for (const [name, layout] of Object.entries(contentLayout) as [
      CollectionName,
      CollectionFiles,
    ][]) {
      this.entries.set(name, this.readCollection(name, layout));
    }
    this.reportUnreadFiles();
    if (!this.unreadable) {
      // A field the schema already reported is not reported twice.
      const reported = new Set(this.problems.map((problem) => `${problem.file}\n${problem.field}`));
      const snapshot = snapshotOf(this.entries);
      for (const problem of findContentProblems(snapshot)) {
        if (reported.has(`${problem.file}\n${problem.field}`)) continue;
        this.problems.push({ ...problem, line: this.lineOfRuleProblem(problem) });
      }
      // What prose may hold is checked whatever else is wrong; the ids it names only
      // when every file could be read.
      this.checkProse(proseFactsOf(snapshot, this.entries));
    } else this.checkProse(undefined);
    this.problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
    const valid = Object.fromEntries(
      [...this.entries].map(([name, entries]) => {
        const found = entries.flatMap(({ id, file, data }) =>
          data === undefined ? [] : [{ id, file, data }],
        );
        // A single-record file is its one record.
        return [name, contentLayout[name].kind === 'yaml-record' ? found[0]?.data : found];
      }),
    );
    return {
      problems: this.problems,
      filesChecked: this.claimedFiles.size,
      crossFileRulesSkipped: this.unreadable,
      // Each entry's data is what its own collection's schema made of it.
      valid: valid as unknown as ValidContent,
    };
  }

  private report(problem: ContentProblem) {
    this.problems.push(problem);
  }

  private readCollection(name: CollectionName, layout: CollectionFiles): Entry[] {
    if (layout.kind === 'mdx-folder') {
      return [...this.files.keys()]
        .filter((file) => folderOf(file) === layout.folder && file.endsWith('.mdx'))
        .sort()
        .flatMap((file) => this.readMdx(name, file));
    }
    const { file } = layout;
    const contents = this.files.get(file);
    this.claimedFiles.add(file);
    if (contents === undefined) {
      this.unreadable = true;
      this.report({
        file,
        field: '(whole file)',
        message: 'The file is missing.',
        fix: 'Restore it from the main branch; the site needs it.',
      });
      return [];
    }
    const text = this.textOf(file, contents);
    const data = text === undefined ? undefined : this.readYamlFile(file, text, 1, '(YAML)');
    if (data === undefined) return [];
    if (layout.kind === 'yaml-record') {
      if (isMapping(data.data))
        return [this.validate(name, { id: layout.id, file, raw: data.data })];
      this.unreadable = true;
      this.report({
        file,
        line: 1,
        field: '(whole file)',
        value: data.data,
        message: 'The file is not a group of fields.',
        fix: 'Write one "field: value" line per field, starting at the left margin.',
      });
      return [];
    }
    return this.readList(name, file, data.data);
  }

  /** The file's text; a file that is not text is reported, and read no further. */
  private textOf(file: string, contents: string | Uint8Array): string | undefined {
    const decoded = decodeText(contents);
    if ('text' in decoded) return decoded.text;
    this.unreadable = true;
    this.report({ file, ...decoded.notText });
    return undefined;
  }

  private readYamlFile(file: string, text: string, firstLine: number, field: string) {
    const source = readYaml(text, firstLine);
    this.lineFinders.set(file, source.lineOf);
    if (source.syntaxProblems.length === 0) return { data: source.data };
    this.unreadable = true;
    for (const { line, text: value, message, fix } of source.syntaxProblems) {
      this.report({ file, line, field, value, message, fix });
    }
    return undefined;
  }

  private readMdx(name: CollectionName, file: string): Entry[] {
    this.claimedFiles.add(file);
    const id = nameOf(file).replace(/\.mdx$/, '');
    const text = this.textOf(file, this.files.get(file) ?? '');
    if (text === undefined) return [];
    if (!isSlug(id)) {
      this.report({
        file,
        line: 1,
        field: '(file name)',
        value: nameOf(file),
        message:
          'The file name is also the entry id, and this one is not lowercase words joined by hyphens.',
        fix: `Rename the file to ${suggestedFileName(id) || 'new-entry'}.mdx.`,
      });
    }
    // One parse gives the prose and the front matter with its position.
    const read = readProse(text);
    const parts = 'tree' in read ? frontMatterOf(read.tree, text) : read;
    if ('problem' in parts || !('tree' in read)) {
      this.unreadable = true;
      if ('problem' in parts) this.report({ file, ...parts.problem });
      return [];
    }
    const source = this.readYamlFile(file, parts.yaml, parts.line, '(front matter)');
    if (source === undefined) return [];
    // An empty front matter reads as nothing: treat it as no fields.
    const raw = source.data ?? {};
    if (!isMapping(raw)) {
      this.report({
        file,
        line: parts.line - 1,
        field: '(front matter)',
        value: raw,
        message: 'The front matter is not a group of fields.',
        fix: 'Write one "field: value" line per field between the --- lines.',
      });
      return [];
    }
    const entry = { id, file, raw, body: parts.body, tree: read.tree, bodyLine: parts.bodyLine };
    return [this.validate(name, entry)];
  }

  /** A list file: the whole list against its schema (./schemas/fields.ts `entryList`), ids unique. */
  private readList(name: CollectionName, file: string, data: unknown): Entry[] {
    const items: unknown[] = Array.isArray(data) ? data : [];
    const idOf = (index: number) => {
      const item = items[index];
      const id = isMapping(item) ? item['id'] : undefined;
      return typeof id === 'string' && id !== '' ? id : undefined;
    };
    const result = entryList(this.schemas[name]).safeParse(data);
    if (!Array.isArray(data)) this.unreadable = true;
    if (!result.success) {
      this.reportIssues(file, data, result.error.issues, (path) => {
        const [index, ...rest] = path;
        if (typeof index !== 'number') return fieldName('', path);
        return fieldName(idOf(index) ?? `entry ${index + 1}`, rest);
      });
    }
    const seen = new Set<string>();
    return items.flatMap((item, index) => {
      const id = idOf(index);
      // A repeated id is refused; the first entry is the one a loader would keep.
      if (id === undefined || seen.has(id) || !isMapping(item)) return [];
      seen.add(id);
      const valid: unknown = result.success ? (result.data as unknown[])[index] : undefined;
      return [{ id, file, index, raw: item, data: valid }];
    });
  }

  private validate(name: CollectionName, entry: Entry): Entry {
    const result = this.schemas[name].safeParse(entry.raw);
    if (result.success) return { ...entry, data: result.data };
    this.reportIssues(entry.file, entry.raw, result.error.issues, (path) => fieldName('', path));
    return entry;
  }

  private reportIssues(
    file: string,
    raw: unknown,
    issues: readonly SchemaIssue[],
    nameOfField: (path: Path) => string,
  ) {
    const lineOf = this.lineFinders.get(file) ?? (() => 1);
    for (const issue of withoutMisspeltMissing(issues, raw)) {
      const paths =
        issue.code === 'unrecognized_keys'
          ? issue.keys.map((key) => [...issue.path, key])
          : [issue.path];
      for (const path of paths) {
        const value = valueAt(raw, path);
        const { message, fix } = diagnose(issue, value);
        this.report({ file, line: lineOf(path), field: nameOfField(path), value, message, fix });
      }
    }
  }

  /** Files in src/content that no collection reads: likely a misnamed or misplaced file. */
  private reportUnreadFiles() {
    const textFile = /\.(mdx?|ya?ml|json)$/i;
    const mdxFolders: string[] = [
      contentLayout.faq.folder,
      contentLayout.plans.folder,
      contentLayout.texts.folder,
    ];
    for (const file of this.files.keys()) {
      if (this.claimedFiles.has(file) || !textFile.test(file)) continue;
      const renamed = `${suggestedFileName(nameOf(file).replace(/\.[^.]+$/, ''))}.mdx`;
      this.report({
        file,
        field: '(file name)',
        value: nameOf(file),
        message: 'The site does not read this file.',
        fix: mdxFolders.includes(folderOf(file))
          ? `Name it ${renamed}: questions and plans are .mdx files, named in lowercase words joined by hyphens.`
          : `Content files live in ${contentDir} under the names listed in CONTRIBUTING.md; move or rename it.`,
      });
    }
  }

  /** The prose of every MDX file: what it holds, how long it is, and the ids it names. */
  private checkProse(facts: ProseFacts | undefined) {
    for (const [name, what, limit] of proseLimits) {
      for (const { file, tree, body, bodyLine } of this.entries.get(name) ?? []) {
        if (tree === undefined) continue;
        for (const problem of treeProblems(tree, facts)) this.report({ file, ...problem });
        const length = body?.trim().length ?? 0;
        if (length > limit) {
          this.report({
            file,
            line: bodyLine,
            field: what,
            message: `It is ${length.toLocaleString('en-US')} characters long, more than its place on the page holds.`,
            fix: `Shorten it to at most ${limit} characters, or split it into two questions.`,
          });
        }
      }
    }
  }

  /** Rules name fields as in the file: "answer", "features[2].id", or "entry-id.order" in a list. */
  private lineOfRuleProblem(problem: ContentProblem): number | undefined {
    const entries = [...this.entries.values()].flat().filter(({ file }) => file === problem.file);
    if (problem.field === 'answer') return entries[0]?.bodyLine;
    const lineOf = this.lineFinders.get(problem.file);
    if (lineOf === undefined) return undefined;
    const path: PropertyKey[] = problem.field
      .split(/\.|(?=\[)/)
      .map((part) => (/^\[\d+\]$/.test(part) ? Number(part.slice(1, -1)) : part));
    const inList = entries.find((entry) => entry.index !== undefined && entry.id === path[0]);
    if (inList?.index !== undefined) return lineOf([inList.index, ...path.slice(1)]);
    return lineOf(path);
  }
}

/** The ids prose may name, from the other content files. */
function proseFactsOf(
  snapshot: ReturnType<typeof snapshotOf>,
  entries: ReadonlyMap<CollectionName, Entry[]>,
): ProseFacts {
  const links = snapshot.site === undefined ? undefined : entries.get('site')?.[0]?.raw['links'];
  return {
    plans: snapshot.plans.map((plan) => plan.id),
    pricedPlans: snapshot.plans.filter((plan) => plan.data.priced).map((plan) => plan.id),
    features: snapshot.plans.flatMap((plan) => plan.data.features.map((feature) => feature.id)),
    licenses: snapshot.licenses.map((license) => license.id),
    siteLinks: isMapping(links) ? Object.keys(links) : [],
  };
}

/** Checks all content files; see {@link CheckResult}. */
export function checkContent(files: ContentFiles): CheckResult {
  return new Checker(files).run();
}
