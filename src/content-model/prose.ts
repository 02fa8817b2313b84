import {
  factComponentContracts,
  type AttributeContract,
  type FactComponentContract,
  type FactComponentName,
} from './fact-components';
import { closestMatch } from '../lib/spelling';

/**
 * Checks the fact components in MDX prose (`<Price plan="plus" billing="annual" />`)
 * against what each accepts and against the content they name, so a misspelt
 * component, attribute or id is caught with its line instead of failing deep in a
 * page render, or worse, quietly showing a wrong fact.
 */

/** The ids prose may name, read from the other content files. */
export interface ProseFacts {
  plans: readonly string[];
  pricedPlans: readonly string[];
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

const componentNames = Object.keys(factComponentContracts) as FactComponentName[];
const contractOf = (name: string): FactComponentContract | undefined =>
  (factComponentContracts as Record<string, FactComponentContract>)[name];

const tagPattern =
  /<(\/?)([A-Za-z][\w.]*)((?:\s+[\w:-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|\{[^{}]*\}))?)*)\s*(\/?)>/g;
const attributePattern = /([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|(\{[^{}]*\})))?/g;

/** Blanks out code (fenced blocks and `inline`), keeping line breaks, so examples are not checked. */
function withoutCode(text: string): string {
  const blank = (code: string) => code.replace(/[^\n]/g, ' ');
  return text.replace(/```[\s\S]*?```/g, blank).replace(/`[^`\n]*`/g, blank);
}

const quoteList = (values: readonly string[]) => values.map((value) => `"${value}"`).join(', ');

/** @param what names the list, like "plans" or "choices for billing". */
function suggest(value: string, known: readonly string[], what: string): string {
  const meant = closestMatch(value, known);
  const list = `The ${what}: ${quoteList(known)}.`;
  return meant === undefined ? list : `Did you mean "${meant}"? ${list}`;
}

/** Checks one attribute value; returns what is wrong and the fix, or nothing. */
function valueProblem(
  name: string,
  attribute: string,
  value: string,
  contract: AttributeContract,
  facts: ProseFacts,
): Pick<ProseProblem, 'message' | 'fix'> | undefined {
  const rule = contract.rule;
  switch (rule.kind) {
    case 'plan':
      return facts.plans.includes(value)
        ? undefined
        : {
            message: `There is no plan "${value}".`,
            fix: suggest(value, facts.plans, 'plans are'),
          };
    case 'priced-plan':
      if (facts.pricedPlans.includes(value)) return undefined;
      if (facts.plans.includes(value)) {
        return {
          message: `The plan "${value}" has no list price.`,
          fix: `Name a plan with a price: ${quoteList(facts.pricedPlans)}.`,
        };
      }
      return {
        message: `There is no plan "${value}".`,
        fix: suggest(value, facts.pricedPlans, 'plans with a price are'),
      };
    case 'license':
      return facts.licenses.includes(value)
        ? undefined
        : {
            message: `There is no license "${value}".`,
            fix: suggest(value, facts.licenses, 'licenses in licenses.yaml are'),
          };
    case 'site-link':
      return facts.siteLinks.includes(value)
        ? undefined
        : {
            message: `There is no link called "${value}" in site.yaml.`,
            fix: suggest(value, facts.siteLinks, 'links are'),
          };
    case 'page-path':
      return value.startsWith('/')
        ? undefined
        : {
            message: 'It is not a path on this site.',
            fix: `Start it with /, like to="/plans/".`,
          };
    case 'one-of':
      return rule.values.includes(value)
        ? undefined
        : {
            message: `It is not one of the words ${name} understands.`,
            fix: suggest(value, rule.values, `choices for ${attribute} are`),
          };
    case 'flag':
      return {
        message: `${attribute} is switched on by writing it alone, without a value.`,
        fix: `Write <${name} … ${attribute} /> to switch it on, or leave it out.`,
      };
    case 'text':
      return undefined;
  }
}

function attributeProblems(
  name: string,
  contract: FactComponentContract,
  attributes: string,
  facts: ProseFacts,
): Omit<ProseProblem, 'line'>[] {
  const problems: Omit<ProseProblem, 'line'>[] = [];
  const known = Object.keys(contract.attributes);
  const given = new Set<string>();
  for (const [, attribute = '', double, single, expression] of attributes.matchAll(
    attributePattern,
  )) {
    given.add(attribute);
    const value = double ?? single;
    const attributeContract = contract.attributes[attribute];
    if (attributeContract === undefined) {
      problems.push({
        field: `<${name}> ${attribute}`,
        ...(value === undefined ? {} : { value }),
        message: `<${name}> has no attribute "${attribute}".`,
        fix:
          known.length === 0
            ? `Write <${name} /> on its own.`
            : suggest(attribute, known, `attributes of <${name}> are`),
      });
      continue;
    }
    // A value in {braces} is computed when the page renders: nothing to check here.
    if (expression !== undefined) continue;
    const problem =
      value === undefined
        ? attributeContract.rule.kind === 'flag'
          ? undefined
          : { message: `${attribute} has no value.`, fix: `Write ${attribute}="…".` }
        : valueProblem(name, attribute, value, attributeContract, facts);
    if (problem) {
      problems.push({
        field: `<${name}> ${attribute}`,
        ...(value === undefined ? {} : { value }),
        ...problem,
      });
    }
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
  return problems;
}

/** @param firstLine the file line the body starts on. */
export function proseProblems(body: string, firstLine: number, facts: ProseFacts): ProseProblem[] {
  const text = withoutCode(body);
  const lineAt = (index: number) => firstLine + (text.slice(0, index).match(/\n/g)?.length ?? 0);
  const problems: ProseProblem[] = [];
  const open: { name: string; line: number }[] = [];

  for (const match of text.matchAll(tagPattern)) {
    const [tag, closing, name = '', attributes = '', selfClosing] = match;
    const line = lineAt(match.index);
    const contract = contractOf(name);
    if (contract === undefined) {
      const meant = closestMatch(name, componentNames);
      // Lowercase tags are HTML (<br>, <abbr>) unless they look like a component.
      if (/^[a-z]/.test(name) && meant === undefined) continue;
      problems.push({
        line,
        field: `<${name}>`,
        value: tag,
        message: `There is no fact component <${name}>, so nothing would show here.`,
        fix:
          meant === undefined
            ? `Use one of: ${componentNames.map((known) => `<${known}>`).join(', ')}.`
            : `Did you mean <${meant}>? Component names start with a capital letter.`,
      });
      continue;
    }
    if (closing) {
      const last = open.at(-1);
      if (last?.name === name) open.pop();
      continue;
    }
    problems.push(
      ...attributeProblems(name, contract, attributes, facts).map((problem) => ({
        line,
        ...problem,
      })),
    );
    if (contract.wrapsText && selfClosing) {
      problems.push({
        line,
        field: `<${name}>`,
        value: tag,
        message: `<${name}> wraps the words it links, so it cannot stand alone.`,
        fix: `Write <${name} …>the words of the link</${name}>.`,
      });
    } else if (contract.wrapsText) {
      open.push({ name, line });
    } else if (!selfClosing) {
      problems.push({
        line,
        field: `<${name}>`,
        value: tag,
        message: `<${name}> is not closed.`,
        fix: `End the tag with />, like ${tag.replace(/\s*>$/, ' />')}.`,
      });
    }
  }
  for (const { name, line } of open) {
    problems.push({
      line,
      field: `<${name}>`,
      message: `<${name}> is opened but never closed.`,
      fix: `Put </${name}> after the words of the link.`,
    });
  }
  return problems;
}
