import { closestMatch } from '../lib/spelling';
import {
  factComponentContracts,
  type AttributeContract,
  type FactComponentContract,
  type FactComponentName,
} from './fact-components';
import { parseMdx } from './mdx';
import { addressProblem, sitePathProblem } from './schemas/addresses';

/**
 * What MDX prose may hold: Markdown and the fact components, nothing that runs.
 * Checked on the syntax tree of Astro's own MDX parser (Sätteri), by the content
 * check with the ids the content defines, and by the MDX pipeline itself
 * (./prose-plugin.ts), so a file the check never saw is refused when it compiles.
 * Refused, with the line: import and export, any expression in braces, raw HTML
 * elements, and link targets other than https, mailto: and (through <PageLink>)
 * site paths; a misspelt component, attribute or id is caught too.
 */

/** The ids prose may name, read from the other content files. */
export interface ProseFacts {
  plans: readonly string[];
  pricedPlans: readonly string[];
  /** Feature ids of every plan. */
  features: readonly string[];
  licenses: readonly string[];
  siteLinks: readonly string[];
}

export interface ProseProblem {
  line: number;
  field: string;
  value?: string;
  message: string;
  fix: string;
}

/** The parts of a Sätteri mdast node the rules read. */
export interface ProseNode {
  type: string;
  children?: readonly ProseNode[];
  position?: { start: { line: number }; end: { line: number } } | undefined;
  name?: string | null;
  attributes?: readonly ProseAttribute[];
  url?: string;
  value?: unknown;
}

interface ProseAttribute {
  type: string;
  name?: string;
  value?: string | { type: string; value?: string } | null;
}

const componentNames = Object.keys(factComponentContracts) as FactComponentName[];
const contractOf = (name: string): FactComponentContract | undefined =>
  (factComponentContracts as Record<string, FactComponentContract>)[name];
const quoteList = (values: readonly string[]) => values.map((value) => `"${value}"`).join(', ');

/** @param what names the list, like "plans are" or "choices for billing are". */
function suggest(value: string, known: readonly string[], what: string): string {
  const meant = closestMatch(value, known);
  const list = `The ${what}: ${quoteList(known)}.`;
  return meant === undefined ? list : `Did you mean "${meant}"? ${list}`;
}

type Found = Pick<ProseProblem, 'message' | 'fix'>;

function idProblem(value: string, known: readonly string[], what: string, list: string) {
  return known.includes(value)
    ? undefined
    : { message: `There is no ${what} "${value}".`, fix: suggest(value, known, list) };
}

/** What is wrong with one literal attribute value, if anything. */
function valueProblem(
  component: string,
  attribute: string,
  value: string,
  contract: AttributeContract,
  facts: ProseFacts | undefined,
): Found | undefined {
  const rule = contract.rule;
  switch (rule.kind) {
    case 'page-path':
      return sitePathProblem(value, `<PageLink to="/plans/">`);
    case 'one-of':
      return rule.values.includes(value)
        ? undefined
        : {
            message: `It is not one of the words ${component} understands.`,
            fix: suggest(value, rule.values, `choices for ${attribute} are`),
          };
    case 'flag':
      return {
        message: `${attribute} is switched on by writing it alone, without a value.`,
        fix: `Write <${component} … ${attribute} /> to switch it on, or leave it out.`,
      };
    case 'text':
      return undefined;
  }
  // The rest name content: only the content check, which has read it, can tell.
  if (facts === undefined) return undefined;
  switch (rule.kind) {
    case 'plan':
      return idProblem(value, facts.plans, 'plan', 'plans are');
    case 'feature':
      return idProblem(value, facts.features, 'feature', 'features in the plan files are');
    case 'license':
      return idProblem(value, facts.licenses, 'license', 'licenses in licenses.yaml are');
    case 'site-link':
      return facts.siteLinks.includes(value)
        ? undefined
        : {
            message: `There is no link called "${value}" in site.yaml.`,
            fix: suggest(value, facts.siteLinks, 'links are'),
          };
    case 'priced-plan':
      if (facts.pricedPlans.includes(value)) return undefined;
      return facts.plans.includes(value)
        ? {
            message: `The plan "${value}" has no list price.`,
            fix: `Name a plan with a price: ${quoteList(facts.pricedPlans)}.`,
          }
        : idProblem(value, facts.pricedPlans, 'plan', 'plans with a price are');
  }
}

function componentProblems(
  node: ProseNode,
  name: string,
  contract: FactComponentContract,
  facts: ProseFacts | undefined,
): Omit<ProseProblem, 'line'>[] {
  const problems: Omit<ProseProblem, 'line'>[] = [];
  const known = Object.keys(contract.attributes);
  const given = new Set<string>();
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) {
      problems.push({
        field: `<${name}>`,
        message: 'An attribute in braces, like {...props}, runs as code when the page is built.',
        fix: `Write each attribute as name="value", like <${name} ${known[0] ?? ''}="…" />.`,
      });
      continue;
    }
    const attributeName = attribute.name;
    given.add(attributeName);
    const field = `<${name}> ${attributeName}`;
    const attributeContract = contract.attributes[attributeName];
    const { value } = attribute;
    if (value !== null && typeof value === 'object') {
      problems.push({
        field,
        value: `{${value.value ?? ''}}`,
        message: 'A value in braces runs as code when the page is built.',
        fix: `Write the value in quotes, like ${attributeName}="…".`,
      });
      continue;
    }
    if (attributeContract === undefined) {
      problems.push({
        field,
        ...(typeof value === 'string' ? { value } : {}),
        message: `<${name}> has no attribute "${attributeName}".`,
        fix:
          known.length === 0
            ? `Write <${name} /> on its own.`
            : suggest(attributeName, known, `attributes of <${name}> are`),
      });
      continue;
    }
    const problem =
      typeof value === 'string'
        ? valueProblem(name, attributeName, value, attributeContract, facts)
        : attributeContract.rule.kind === 'flag'
          ? undefined
          : { message: `${attributeName} has no value.`, fix: `Write ${attributeName}="…".` };
    if (problem)
      problems.push({ field, ...(typeof value === 'string' ? { value } : {}), ...problem });
  }
  for (const [attribute, attributeContract] of Object.entries(contract.attributes)) {
    if (!attributeContract.required || given.has(attribute)) continue;
    const rule = attributeContract.rule;
    const example = rule.kind === 'one-of' ? (rule.values[0] ?? '…') : '…';
    problems.push({
      field: `<${name}> ${attribute}`,
      message: `<${name}> needs a ${attribute} attribute.`,
      fix: `Add ${attribute}="${example}" inside the tag.`,
    });
  }
  const words = (node.children ?? []).length > 0;
  if (contract.wrapsText && !words) {
    problems.push({
      field: `<${name}>`,
      message: `<${name}> wraps the words it links, so it cannot stand alone.`,
      fix: `Write <${name} …>the words of the link</${name}>.`,
    });
  } else if (!contract.wrapsText && words) {
    problems.push({
      field: `<${name}>`,
      message: `<${name}> stands alone: it takes no words inside.`,
      fix: `Write it as one tag ending in />, like <${name} … />.`,
    });
  }
  return problems;
}

/** How to write in Markdown what an HTML element means. */
const markdownForElement: Record<string, string> = {
  b: 'Write **bold** in Markdown instead.',
  i: 'Write _italic_ in Markdown instead.',
  a: 'Write a link as [the words](https://example.com/), or <PageLink to="/plans/">the words</PageLink> for a page of this site.',
  p: 'Leave an empty line between paragraphs instead.',
  li: 'Start each item of a list with "- " on its own line instead.',
};
const sameAs: Record<string, string> = { strong: 'b', em: 'i', br: 'p', ul: 'li', ol: 'li' };
const markdownFor = (element: string) => {
  const name = element.toLowerCase();
  return (
    markdownForElement[sameAs[name] ?? name] ??
    'Write it in Markdown: **bold**, _italic_, [a link](https://example.com/), lists with "- "; or ask a developer for a fact component.'
  );
};

function elementProblems(
  node: ProseNode,
  facts: ProseFacts | undefined,
): Omit<ProseProblem, 'line'>[] {
  const name = node.name ?? '';
  const contract = contractOf(name);
  if (contract) return componentProblems(node, name, contract, facts);
  const meant = closestMatch(name, componentNames);
  // A capitalised name is meant as a component; anything else is raw HTML.
  if (/^[A-Z]/.test(name) || meant !== undefined) {
    return [
      {
        field: `<${name}>`,
        value: `<${name}>`,
        message: `There is no fact component <${name}>, so nothing would show here.`,
        fix:
          meant === undefined
            ? `Use one of: ${componentNames.map((known) => `<${known}>`).join(', ')}.`
            : `Did you mean <${meant}>? Component names start with a capital letter.`,
      },
    ];
  }
  return [
    {
      field: name === '' ? '<>' : `<${name}>`,
      value: name === '' ? '<>' : `<${name}>`,
      message: 'Content files hold Markdown and fact components, not HTML elements.',
      fix: markdownFor(name),
    },
  ];
}

function nodeProblems(
  node: ProseNode,
  facts: ProseFacts | undefined,
): Omit<ProseProblem, 'line'>[] {
  switch (node.type) {
    case 'mdxjsEsm':
      return [
        {
          field: '(import or export)',
          value: String(node.value ?? '').split('\n')[0] ?? '',
          message: 'An import or export line runs code when the site is built.',
          fix: 'Remove the line. Fact components, like <Price plan="plus" billing="annual" />, need no import.',
        },
      ];
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return [
        {
          field: '{…}',
          value: `{${String(node.value ?? '')}}`,
          message: 'Text in braces runs as code when the page is built.',
          fix: 'To show a fact, use a fact component such as <SupportHours />; to show a brace itself, write \\{ or \\}.',
        },
      ];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return elementProblems(node, facts);
    case 'html':
      return [
        {
          field: '(HTML)',
          value: String(node.value ?? ''),
          message: 'Content files hold Markdown and fact components, not HTML.',
          fix: markdownFor(''),
        },
      ];
    case 'link':
    case 'definition': {
      const url = node.url ?? '';
      const problem = url.startsWith('/')
        ? {
            message: 'A Markdown link cannot add the base path a page of this site may need.',
            fix: `Write <PageLink to="${url}">the words</PageLink> instead.`,
          }
        : addressProblem(url, 'link');
      return problem ? [{ field: '(link)', value: url, ...problem }] : [];
    }
    case 'image':
      return [
        {
          field: '(image)',
          value: node.url ?? '',
          message:
            'Pictures cannot be placed in prose: the page would not be allowed to load one from elsewhere.',
          fix: 'Remove it, or ask a developer to add the picture to the site.',
        },
      ];
    default:
      return [];
  }
}

/** Every problem in a parsed MDX tree; the ids are checked only when `facts` are given. */
export function treeProblems(root: ProseNode, facts?: ProseFacts): ProseProblem[] {
  const problems: ProseProblem[] = [];
  const visit = (node: ProseNode) => {
    const line = node.position?.start.line ?? 1;
    for (const problem of nodeProblems(node, facts)) problems.push({ line, ...problem });
    for (const child of node.children ?? []) visit(child);
  };
  visit(root);
  return problems;
}

/**
 * The line a Sätteri syntax error names ("14:57: Unexpected …") and its words;
 * undefined for any other failure, which is the parser's, not the editor's.
 */
function syntaxProblem(error: unknown): ProseProblem | undefined {
  const text = error instanceof Error ? error.message : String(error);
  const match = /^(\d+):\d+:\s*(.*?)(?:\s*\([\w:-]+\))?$/s.exec(text);
  if (!match) return undefined;
  const [, line = '1', reason = text] = match;
  return {
    line: Number(line),
    field: '(MDX)',
    message: `The text cannot be read here: ${reason.replace(/\.?$/, '.')}`,
    fix: 'Close each fact component (<Price … /> alone, or <SiteLink …>words</SiteLink>), write a link as [words](https://…), and write {, }, < and > in text as \\{, \\}, &lt; and &gt;.',
  };
}

/** An MDX file's tree, from its one parse, or the syntax mistake that stops it. */
export function readProse(source: string): { tree: ProseNode } | { problem: ProseProblem } {
  try {
    return { tree: parseMdx(source) as ProseNode };
  } catch (error) {
    const problem = syntaxProblem(error);
    if (!problem) throw error;
    return { problem };
  }
}

/** Every problem in an MDX file's text (front matter included, so lines are the file's). */
export function proseProblems(source: string, facts?: ProseFacts): ProseProblem[] {
  const read = readProse(source);
  return 'tree' in read ? treeProblems(read.tree, facts) : [read.problem];
}

/** An MDX file's front matter, as the parse found it at the top, or why it is not there. */
export type FrontMatter =
  { yaml: string; line: number; body: string; bodyLine: number } | { problem: ProseProblem };

export function frontMatterOf(tree: ProseNode, source: string): FrontMatter {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  const [first] = tree.children ?? [];
  if (first?.type === 'yaml' && first.position) {
    const { start, end } = first.position;
    const body = lines.slice(end.line).join('\n');
    return { yaml: String(first.value ?? ''), line: start.line + 1, body, bodyLine: end.line + 1 };
  }
  const open = Math.max(
    0,
    lines.findIndex((line) => line.trim() !== ''),
  );
  const opened = lines[open]?.trimEnd() === '---';
  const [message, fix] = !opened
    ? [
        'The file does not start with front matter.',
        'Begin the file with a line of three dashes (---), then the fields, then another --- line, then the text.',
      ]
    : open > 0
      ? [
          'The front matter does not start on the first line.',
          'Delete the empty lines above the first ---.',
        ]
      : [
          'The front matter is opened with --- but never closed.',
          'Add a line with just --- after the last field, before the text.',
        ];
  const text = (lines[open] ?? '').trim();
  return { problem: { line: open + 1, field: '(front matter)', value: text, message, fix } };
}
