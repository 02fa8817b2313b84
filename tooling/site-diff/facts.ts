import type { Plan, SiteModel } from '../../src/content-model';
import {
  capitalize,
  describeDays,
  describeOpeningHours,
  describeResponseTime,
} from '../../src/lib/describe';
import { formatUtcOffset, offsetMinutes } from '../../src/lib/support-hours';
import {
  additionItem,
  allowancesAdded,
  annualOnlyMark,
  comparisonCell,
  everythingIn,
  hostingOnlyMark,
  includedPrice,
  includedSupportCell,
  licenseKindName,
  offerWording,
  type Phrase,
} from '../../src/lib/plan-wording';
import type { Billing } from '../../src/lib/pricing';

/**
 * The content model as a visitor reads it: every fact a page shows, worded by
 * the same functions the pages call (src/lib/plan-wording.ts, describe.ts), so
 * each reading is text of the page its subject names; and the things that can be
 * added, removed or renamed. Two sites compare fact by fact and thing by thing,
 * by stable keys (ids), never by YAML lines, so a comment or a reordered file
 * that renders the same compares equal.
 */

export type Subject =
  'Plans' | 'Comparison table' | 'License types' | 'FAQ' | 'Team' | 'Support hours' | 'Every page';

/** The page whose text each subject's facts quote; site settings have none of their own. */
export const subjectPage: Record<Subject, string | undefined> = {
  Plans: '/plans/',
  'Comparison table': '/plans/',
  'License types': '/plans/',
  FAQ: '/faq/',
  Team: '/team/',
  'Support hours': '/support-hours/',
  'Every page': undefined,
};

/**
 * One part of a fact's reading: "$184" in "$184 per month, billed annually". A
 * fact with several parts reads "before → after" part by part.
 */
export interface Part {
  prefix?: string;
  value: string;
  suffix?: string;
  /** True when the value is content's own text, to be escaped in the report. */
  text?: boolean;
  /**
   * True when these are the diff's words for what the page says without words
   * ("none", a highlight, a photo): the one reading not found on the page.
   */
  ownWords?: boolean;
}

export interface Fact {
  /** Stable across renames: built from ids, never from names. */
  key: string;
  subject: Subject;
  /** What the fact is about, as the page names it: "Customer Care Plus, billed annually". */
  label: string;
  parts: Part[];
  /** The key of the thing the fact belongs to: its facts are not listed when it is added or removed. */
  owner?: string;
}

export type ThingKind =
  | 'plan'
  | 'feature'
  | 'comparison row'
  | 'license type'
  | 'FAQ topic'
  | 'question'
  | 'team member'
  | 'reference city';

/** Something a visitor can see appear, disappear or be renamed. */
export interface Thing {
  key: string;
  subject: Subject;
  kind: ThingKind;
  name: string;
  /** Where it is, for a reader who cannot see the page: "in Customer Care Plus", "under Coverage". */
  context?: string;
  /** The order it is shown in, among the things of the same list. */
  list: string;
}

export interface SiteFacts {
  facts: Fact[];
  things: Thing[];
}

const text = (value: string): Part => ({ value, text: true });
const word = (value: string): Part => ({ value });
const own = (value: string): Part => ({ value, ownWords: true });
/** A page's phrase as parts: its words around the figure that changes. */
const said = ({ prefix, value, suffix }: Phrase): Part => ({
  ...(prefix === undefined ? {} : { prefix: `${prefix} ` }),
  value,
  ...(suffix === undefined ? {} : { suffix: ` ${suffix}` }),
});
/** A mark the page shows, or says nothing of. */
const mark = (shown: boolean, words: string) => (shown ? word(words) : own('no mark'));

function planFacts(plan: Plan, currency: string): Fact[] {
  const key = `plan:${plan.id}`;
  const fact = (name: string, label: string, parts: Part[]): Fact => ({
    key: `${key}:${name}`,
    subject: 'Plans',
    label: `${plan.name}, ${label}`,
    parts,
    owner: key,
  });
  const { parent } = plan;
  const additions = allowancesAdded(plan, parent);
  const facts: Fact[] = [
    fact('role', 'role', [text(plan.role)]),
    fact('tagline', 'tagline', [text(plan.tagline)]),
    fact('short-name', 'short name', [text(plan.shortName)]),
    fact('includes', 'builds on', [
      parent ? text(everythingIn(parent.shortName)) : own('no other plan'),
    ]),
    fact(
      'adds',
      'adds',
      additions.length > 0
        ? additions.map((addition) => word(additionItem(addition)))
        : [own('no allowance of its own')],
    ),
    fact('response-time', 'average response time', [
      word(describeResponseTime(plan.responseTimeHours)),
    ]),
    fact('highlighted', 'highlighted as the recommended plan', [
      own(plan.highlighted ? 'yes' : 'no'),
    ]),
  ];
  if (plan.kind === 'included') {
    facts.push(fact('price', 'price', [said(includedPrice)]));
    return facts;
  }
  const billed = (billing: Billing): Part[] => {
    const offer = offerWording(plan.prices, billing, currency);
    return [offer.rate, ...offer.charge, ...(offer.badge ? [offer.badge] : [])].map(said);
  };
  facts.push(
    fact('billed-annually', 'price', billed('annual')),
    fact('billed-monthly', 'price', billed('monthly')),
  );
  return facts;
}

function planThings(model: SiteModel): { facts: Fact[]; things: Thing[] } {
  const facts: Fact[] = [];
  const things: Thing[] = [];
  const provider = model.site.hostingTrial.provider;
  for (const plan of model.plans.all) {
    things.push({
      key: `plan:${plan.id}`,
      subject: 'Plans',
      kind: 'plan',
      name: plan.name,
      list: 'plans',
    });
    facts.push(...planFacts(plan, model.site.currency));
    for (const feature of plan.features) {
      const key = `feature:${feature.id}`;
      things.push({
        key,
        subject: 'Plans',
        kind: 'feature',
        name: feature.label,
        context: `in ${plan.name}`,
        list: `features:${plan.id}`,
      });
      const fact = (name: string, label: string, parts: Part[]): Fact => ({
        key: `${key}:${name}`,
        subject: 'Plans',
        label: `${plan.name}, “${feature.label}”, ${label}`,
        parts,
        owner: key,
      });
      facts.push(
        fact('plan', 'comes with', [text(plan.name)]),
        fact('explanation', 'explanation', [text(feature.explanation)]),
        fact('note', 'note', [feature.note ? text(feature.note) : own('none')]),
        fact('annual-only', 'marked', [mark(feature.annualOnly, annualOnlyMark)]),
        fact('hosting-only', 'marked', [
          mark(feature.hostingClientsOnly, hostingOnlyMark(provider)),
        ]),
      );
    }
  }
  return { facts, things };
}

function comparisonThings(model: SiteModel): { facts: Fact[]; things: Thing[] } {
  const facts: Fact[] = [];
  const things: Thing[] = [];
  for (const row of model.comparison) {
    const key = `comparison:${row.id}`;
    things.push({
      key,
      subject: 'Comparison table',
      kind: 'comparison row',
      name: row.label,
      list: 'comparison',
    });
    facts.push({
      key: `${key}:explanation`,
      subject: 'Comparison table',
      label: `“${row.label}”, explanation`,
      parts: [row.explanation ? text(row.explanation) : own('none')],
      owner: key,
    });
    for (const { plan, value, annualOnly } of row.cells) {
      const cell = comparisonCell(value);
      const reading = cell.kind === 'text' ? text(cell.text) : word(cell.text);
      facts.push({
        key: `${key}:${plan.id}`,
        subject: 'Comparison table',
        label: `“${row.label}” for ${plan.name}`,
        parts: annualOnly ? [reading, word(annualOnlyMark)] : [reading],
        owner: key,
      });
    }
  }
  return { facts, things };
}

function licenseThings(model: SiteModel): { facts: Fact[]; things: Thing[] } {
  const facts: Fact[] = [];
  const things: Thing[] = [];
  for (const license of model.licenses) {
    const key = `license:${license.id}`;
    things.push({
      key,
      subject: 'License types',
      kind: 'license type',
      name: license.name,
      list: 'licenses',
    });
    const fact = (name: string, label: string, parts: Part[]): Fact => ({
      key: `${key}:${name}`,
      subject: 'License types',
      label: `${license.name}, ${label}`,
      parts,
      owner: key,
    });
    // Its product is not listed: no page shows it.
    facts.push(
      fact('kind', 'kind', [word(licenseKindName[license.kind])]),
      fact('included-support', `${model.plans.included.name} included`, [
        word(includedSupportCell(license.includedSupport)),
      ]),
    );
  }
  return { facts, things };
}

function faqThings(model: SiteModel): { facts: Fact[]; things: Thing[] } {
  const facts: Fact[] = [];
  const things: Thing[] = [];
  for (const topic of model.faq.topics) {
    things.push({
      key: `topic:${topic.id}`,
      subject: 'FAQ',
      kind: 'FAQ topic',
      name: topic.name,
      list: 'topics',
    });
    for (const question of topic.questions) {
      const key = `question:${question.id}`;
      things.push({
        key,
        subject: 'FAQ',
        kind: 'question',
        name: question.question,
        context: `under ${topic.name}`,
        list: `questions:${topic.id}`,
      });
      facts.push({
        key: `${key}:topic`,
        subject: 'FAQ',
        label: `“${question.question}”, topic`,
        parts: [text(topic.name)],
        owner: key,
      });
    }
  }
  return { facts, things };
}

function teamThings(model: SiteModel): { facts: Fact[]; things: Thing[] } {
  const facts: Fact[] = [];
  const things: Thing[] = [];
  for (const member of model.team) {
    const key = `person:${member.id}`;
    things.push({ key, subject: 'Team', kind: 'team member', name: member.name, list: 'team' });
    facts.push(
      {
        key: `${key}:role`,
        subject: 'Team',
        label: `${member.name}, role`,
        parts: [member.role ? text(member.role) : own('none shown')],
        owner: key,
      },
      {
        key: `${key}:photo`,
        subject: 'Team',
        label: `${member.name}, photo`,
        parts: [own(member.photo ? 'shown' : 'none (initials instead)')],
        owner: key,
      },
    );
  }
  return { facts, things };
}

function hoursFacts(model: SiteModel): { facts: Fact[]; things: Thing[] } {
  const hours = model.supportHours;
  const fact = (name: string, label: string, parts: Part[]): Fact => ({
    key: `hours:${name}`,
    subject: 'Support hours',
    label,
    parts,
  });
  const facts = [
    fact('hours', 'Support hours', [
      { value: describeOpeningHours(hours), suffix: ` at ${hours.offsetLabel}` },
    ]),
    fact('days', 'Support days', [word(describeDays(hours.businessDays))]),
    fact('offset', 'Offset from UTC', [word(formatUtcOffset(offsetMinutes(hours.utcOffset)))]),
    // The page lists days off only in the visitor's time, with JavaScript.
    fact('closures', 'Days off', [
      own(hours.closures.length > 0 ? hours.closures.join(', ') : 'none'),
    ]),
  ];
  const things: Thing[] = hours.referenceCities.map((city) => ({
    key: `city:${city.timeZone}:${city.name}`,
    subject: 'Support hours',
    kind: 'reference city',
    name: city.name,
    list: 'cities',
  }));
  return { facts, things };
}

/** "links.helpDesk" → "Links, help desk". */
const labelOf = (path: string) =>
  capitalize(
    path
      .split('.')
      .map((segment) => segment.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase())
      .join(', '),
  );

function leaves(value: unknown, path: string[] = []): [string, string][] {
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([name, inner]) => leaves(inner, [...path, name]));
  }
  return [[path.join('.'), String(value)]];
}

/** Site-wide settings (site.yaml): names, links and glossary shown on every page. */
function siteFacts(model: SiteModel): Fact[] {
  return leaves(model.site).map(([path, value]) => ({
    key: `site:${path}`,
    subject: 'Every page',
    label: labelOf(path),
    parts: [text(value)],
  }));
}

export function siteFactsOf(model: SiteModel): SiteFacts {
  const groups = [
    planThings(model),
    comparisonThings(model),
    licenseThings(model),
    faqThings(model),
    teamThings(model),
    hoursFacts(model),
  ];
  return {
    facts: [...groups.flatMap((group) => group.facts), ...siteFacts(model)],
    things: groups.flatMap((group) => group.things),
  };
}
