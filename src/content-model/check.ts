import type { z } from 'astro/zod';
import { closestMatch } from '../lib/spelling';
import { diagnose, type SchemaIssue } from './diagnose';
import { listShapeProblems } from './entry-list';
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
import type { ContentProblem } from './problem';
import { frontMatterOf, readProse, treeProblems, type ProseFacts, type ProseNode } from './prose';
import type { CheckSummary } from './report';
import type { ValidContent } from './resolve';
import { findContentProblems } from './rules';
import { contentSchemas } from './schemas';
import { dataOf, snapshotOf, type CheckedEntry } from './snapshot';
import { isMapping, readYaml } from './yaml';

/**
 * Every collection against its schema, then the rules across entries and
 * collections and the fact components in prose, reporting every problem in every
 * file with the line it is on. Pure: it reads nothing itself, so tests can hand
 * it fixtures.
 */

export interface CheckResult extends CheckSummary {
  problems: ContentProblem[];
  /** Every valid entry, by collection: what the model is resolved from. */
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

class Checker {
  private readonly problems: ContentProblem[] = [];
  private readonly entries = new Map<CollectionName, CheckedEntry[]>();
  /** Per file: on which line a field is written. */
  private readonly lineFinders = new Map<string, (path: Path) => number>();
  /** Per MDX file: its tree, from its one parse. */
  private readonly trees = new Map<string, ProseNode>();
  /** Per MDX file: the line its body starts on. */
  private readonly bodyLines = new Map<string, number>();
  private readonly claimedFiles = new Set<string>();
  /** Whether some file could not be read at all. */
  private unreadable = false;

  private readonly files: ContentFiles;
  private readonly schemas: ReturnType<typeof contentSchemas>;

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
    const schemaProblems = [...this.problems];
    if (!this.unreadable) this.applyCrossFileRules(schemaProblems);
    // What prose may hold is checked whatever else is wrong; the ids it names only
    // when every file could be read.
    this.checkProse(this.unreadable ? undefined : this.proseFacts());
    this.problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
    return {
      problems: this.problems,
      filesChecked: this.claimedFiles.size,
      crossFileRulesSkipped: this.unreadable,
      valid: this.validContent(),
    };
  }

  private validContent(): ValidContent {
    const valid = (name: CollectionName) =>
      (this.entries.get(name) ?? []).flatMap(({ id, file, valid: data }) =>
        data === undefined ? [] : [{ id, file, data }],
      );
    // Each entry's data is what its own collection's schema made of it.
    return Object.fromEntries(
      Object.keys(contentLayout).map((name) => [name, valid(name as CollectionName)]),
    ) as unknown as ValidContent;
  }

  private report(problem: ContentProblem) {
    this.problems.push(problem);
  }

  private readCollection(name: CollectionName, layout: CollectionFiles): CheckedEntry[] {
    if (layout.kind === 'mdx-folder') {
      return [...this.files.keys()]
        .filter((file) => folderOf(file) === layout.folder && file.endsWith('.mdx'))
        .sort()
        .flatMap((file) => this.readMdx(name, file));
    }
    const contents = this.files.get(layout.file);
    this.claimedFiles.add(layout.file);
    if (contents === undefined) {
      this.unreadable = true;
      this.report({
        file: layout.file,
        field: '(whole file)',
        message: 'The file is missing.',
        fix: 'Restore it from the main branch; the site needs it.',
      });
      return [];
    }
    const text = this.textOf(layout.file, contents);
    if (text === undefined) return [];
    const source = this.readYamlFile(layout.file, text, 1, '(YAML)');
    if (source === undefined) return [];
    return layout.kind === 'yaml-list'
      ? this.readList(name, layout.file, source)
      : this.readRecord(name, layout.file, layout.id, source);
  }

  /** The file's text; a file that is not text is reported, and read no further. */
  private textOf(file: string, contents: string | Uint8Array): string | undefined {
    const decoded = decodeText(contents);
    if ('text' in decoded) return decoded.text;
    this.unreadable = true;
    this.report({ file, ...decoded.notText });
    return undefined;
  }

  private readYamlFile(
    file: string,
    text: string,
    firstLine: number,
    field: '(YAML)' | '(front matter)',
  ): { data: unknown } | undefined {
    const source = readYaml(text, firstLine);
    this.lineFinders.set(file, source.lineOf);
    if (source.syntaxProblems.length === 0) return { data: source.data };
    this.unreadable = true;
    for (const problem of source.syntaxProblems) {
      this.report({
        file,
        line: problem.line,
        field,
        value: problem.text,
        message: problem.message,
        fix: problem.fix,
      });
    }
    return undefined;
  }

  private readMdx(name: CollectionName, file: string): CheckedEntry[] {
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
    if ('problem' in parts) {
      this.unreadable = true;
      this.report({ file, ...parts.problem });
      return [];
    }
    if ('tree' in read) this.trees.set(file, read.tree);
    this.bodyLines.set(file, parts.bodyLine);
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
    return [this.validate(name, { id, file, prefix: '', raw, body: parts.body }, [])];
  }

  private readList(name: CollectionName, file: string, source: { data: unknown }) {
    const lineOf = this.lineFinders.get(file) ?? (() => 1);
    const shapeProblems = listShapeProblems(source.data);
    const skipped = new Set<number>();
    for (const problem of shapeProblems) {
      if (problem.index === undefined) this.unreadable = true;
      else skipped.add(problem.index);
      this.report({
        file,
        line: lineOf(problem.index === undefined ? [] : [problem.index, 'id']),
        field: problem.field,
        value: problem.value,
        message: problem.message,
        fix: problem.fix,
      });
    }
    if (!Array.isArray(source.data)) return [];
    const entries: CheckedEntry[] = [];
    source.data.forEach((item: unknown, index) => {
      const id = isMapping(item) ? item['id'] : undefined;
      // An entry that is not a group of fields, or has no id, is reported above.
      if (!isMapping(item) || typeof id !== 'string' || id === '') return;
      const entry = this.validate(name, { id, file, index, prefix: id, raw: item }, [index]);
      // A repeated id is refused by the build; the first entry is the one it would keep.
      if (!skipped.has(index)) entries.push(entry);
    });
    return entries;
  }

  private readRecord(
    name: CollectionName,
    file: string,
    id: string,
    source: { data: unknown },
  ): CheckedEntry[] {
    if (!isMapping(source.data)) {
      this.unreadable = true;
      this.report({
        file,
        line: 1,
        field: '(whole file)',
        value: source.data,
        message: 'The file is not a group of fields.',
        fix: 'Write one "field: value" line per field, starting at the left margin.',
      });
      return [];
    }
    return [this.validate(name, { id, file, prefix: '', raw: source.data }, [])];
  }

  /** @param at where the entry sits in its file (its index in a list file). */
  private validate(name: CollectionName, entry: CheckedEntry, at: Path): CheckedEntry {
    const schema: z.ZodType = this.schemas[name];
    const result = schema.safeParse(entry.raw);
    if (result.success) return { ...entry, valid: result.data };
    const lineOf = this.lineFinders.get(entry.file) ?? (() => 1);
    for (const issue of withoutMisspeltMissing(result.error.issues, entry.raw)) {
      const paths =
        issue.code === 'unrecognized_keys'
          ? issue.keys.map((key) => [...issue.path, key])
          : [issue.path];
      for (const path of paths) {
        const value = valueAt(entry.raw, path);
        const { message, fix } = diagnose(issue, value);
        this.report({
          file: entry.file,
          line: lineOf([...at, ...path]),
          field: fieldName(entry.prefix, path),
          value,
          message,
          fix,
        });
      }
    }
    return entry;
  }

  /** Files in src/content that no collection reads: likely a misnamed or misplaced file. */
  private reportUnreadFiles() {
    const textFile = /\.(mdx?|ya?ml|json)$/i;
    for (const file of this.files.keys()) {
      if (this.claimedFiles.has(file) || !textFile.test(file)) continue;
      const folder = folderOf(file);
      const mdxFolder =
        folder === contentLayout.faq.folder ||
        folder === contentLayout.plans.folder ||
        folder === contentLayout.texts.folder;
      const renamed = `${suggestedFileName(nameOf(file).replace(/\.[^.]+$/, ''))}.mdx`;
      this.report({
        file,
        field: '(file name)',
        value: nameOf(file),
        message: 'The site does not read this file.',
        fix: mdxFolder
          ? `Name it ${renamed}: questions and plans are .mdx files, named in lowercase words joined by hyphens.`
          : `Content files live in ${contentDir} under the names listed in CONTRIBUTING.md; move or rename it.`,
      });
    }
  }

  private applyCrossFileRules(schemaProblems: readonly ContentProblem[]) {
    // A field the schema already reported is not reported twice.
    const reported = new Set(schemaProblems.map((problem) => `${problem.file}\n${problem.field}`));
    for (const problem of findContentProblems(snapshotOf(this.entries))) {
      if (reported.has(`${problem.file}\n${problem.field}`)) continue;
      this.report({ ...problem, line: this.lineOfRuleProblem(problem) });
    }
  }

  /** The ids prose may name, from the other content files. */
  private proseFacts(): ProseFacts {
    const list = (name: CollectionName) => this.entries.get(name) ?? [];
    const links = list('site').map((entry) => dataOf(entry)['links'])[0];
    return {
      plans: list('plans').map((entry) => entry.id),
      pricedPlans: list('plans')
        .filter((entry) => isMapping(dataOf(entry)['pricePerMonth']))
        .map((entry) => entry.id),
      features: list('plans').flatMap((entry) => {
        const features = dataOf(entry)['features'];
        return Array.isArray(features)
          ? features.flatMap((feature: unknown) =>
              isMapping(feature) && typeof feature['id'] === 'string' ? [feature['id']] : [],
            )
          : [];
      }),
      licenses: list('licenses').map((entry) => entry.id),
      siteLinks: isMapping(links) ? Object.keys(links) : [],
    };
  }

  /** The prose of every MDX file: what it holds, how long it is, and the ids it names. */
  private checkProse(facts: ProseFacts | undefined) {
    for (const [name, what, limit] of proseLimits) {
      for (const entry of this.entries.get(name) ?? []) {
        const tree = this.trees.get(entry.file);
        if (tree === undefined) continue;
        for (const problem of treeProblems(tree, facts))
          this.report({ file: entry.file, ...problem });
        const length = entry.body?.trim().length ?? 0;
        if (length > limit) {
          this.report({
            file: entry.file,
            line: this.bodyLines.get(entry.file),
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
    if (problem.field === 'answer') return this.bodyLines.get(problem.file);
    const lineOf = this.lineFinders.get(problem.file);
    if (lineOf === undefined) return undefined;
    const path: PropertyKey[] = problem.field
      .split(/\.|(?=\[)/)
      .map((part) => (/^\[\d+\]$/.test(part) ? Number(part.slice(1, -1)) : part));
    const inList = [...this.entries.values()]
      .flat()
      .find(
        (entry) => entry.file === problem.file && entry.index !== undefined && entry.id === path[0],
      );
    if (inList?.index !== undefined) return lineOf([inList.index, ...path.slice(1)]);
    return lineOf(path);
  }
}

/** Checks all content files; see {@link CheckResult}. */
export function checkContent(files: ContentFiles): CheckResult {
  return new Checker(files).run();
}
