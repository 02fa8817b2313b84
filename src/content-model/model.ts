import type { IncludedSupport } from '../lib/describe';
import type { ComparisonValue } from '../lib/plan-wording';
import type { PageText } from './files';
import type { EntryData } from './schemas';

/**
 * The site's content as pages use it: checked, sorted, with every reference
 * resolved. Its types carry what the content rules guarantee (one plan comes with
 * licenses, priced plans have prices, every parent and topic exists), so a page
 * or component never looks an entry up by id or checks a rule again.
 *
 * Plain data only (no functions, no cycles), so Astro's content store can hold it.
 * `Photo` is a photo's path as written in team.yaml, or what Astro's image
 * pipeline makes of it in the build.
 */
export interface SiteModel<Photo = string> {
  site: Site;
  /** The passages of prose the pages show (src/content/texts). */
  texts: Record<PageText, ProseRef>;
  supportHours: SupportHours;
  plans: Plans;
  faq: Faq;
  /** The comparison table's rows, top to bottom. */
  comparison: readonly ComparisonRow[];
  /** License types, in order. */
  licenses: readonly License[];
  /** The team, in page order. */
  team: readonly TeamMember<Photo>[];
}

export type Site = EntryData['site'];
export type SupportHours = EntryData['supportHours'];
export type Feature = EntryData['plans']['features'][number];
export type RequestAllowance = EntryData['plans']['requests'];

/** Where an entry's MDX prose is, for <Prose> to render. */
export interface ProseRef {
  collection: 'planDescriptions' | 'faqAnswers' | 'pageTexts';
  id: string;
}

/**
 * A plan as its schema made it (its kind, priced or included, decided there),
 * with `parent`, the plan this one includes everything of, in place of the id it
 * extends; `features` are what it adds to its parent; `description` is the
 * prose below its front matter.
 */
interface PlanLinks {
  id: string;
  parent?: Plan | undefined;
  description: ProseRef;
}
type PlanOf<Kind> = Omit<Extract<EntryData['plans'], { kind: Kind }>, 'extends'>;

/** The plan every license includes for a while: it has no list price. */
export interface IncludedPlan extends PlanLinks, PlanOf<'included'> {}
export interface PricedPlan extends PlanLinks, PlanOf<'priced'> {}
export type Plan = IncludedPlan | PricedPlan;

export interface Plans {
  /** Every plan, in page order. */
  all: readonly Plan[];
  included: IncludedPlan;
  /** The plans with a list price, in page order. */
  priced: readonly [PricedPlan, ...PricedPlan[]];
}

export interface FaqTopic {
  id: string;
  name: string;
  order: number;
  /** The site path of the page its answers are on (see src/lib/faq-layout.ts). */
  path: string;
  /** Its questions, in order; a topic without questions is left out of the model. */
  questions: readonly Question[];
}

export interface Question {
  /** Also the anchor of its answer on the page. */
  id: string;
  question: string;
  order: number;
  answer: ProseRef;
}

export interface Faq {
  /** Topics in order, each with its questions. */
  topics: readonly FaqTopic[];
  questionCount: number;
  /** True when the answers are on a page per topic rather than all on /faq/. */
  byTopic: boolean;
  /** The question that says how to reach us (site.yaml's contactQuestion). */
  contactQuestion: ContactQuestion;
}

export interface ContactQuestion {
  question: Question;
  /** The page its answer is on. */
  topicPath: string;
}

/** One plan's cell of a comparison row: the wording's own type, which words it. */
export type { ComparisonValue };

export interface ComparisonRow {
  id: string;
  label: string;
  explanation?: string | undefined;
  /**
   * One cell per plan, in the order of `plans.all`. `annualOnly`: the plan gives
   * it on annual billing only (the flag of the plan feature with the row's id).
   */
  cells: readonly { plan: Plan; value: ComparisonValue; annualOnly: boolean }[];
}

export interface License {
  id: string;
  name: string;
  product: string;
  kind: EntryData['licenses']['kind'];
  includedSupport: IncludedSupport;
}

export interface TeamMember<Photo = string> {
  id: string;
  name: string;
  role?: string | undefined;
  photo?: Photo | undefined;
}
