import { readContent, readContentFiles, type SiteModel } from '../../src/content-model';
import { formatProblem } from '../../src/content-model/problem';
import { readBuiltSite, type Answer, type BuiltPage } from './built-site';
import { compareFacts } from './compare-facts';
import { answersOf, compareAnswers, comparePages } from './compare-pages';
import { siteFactsOf } from './facts';
import { formatSiteReport, type SiteComparison } from './report';
import { weightChanges, type PageWeights } from './weights';

/**
 * The site diff: what a visitor sees differently between two builds of the site.
 * Facts come from the content model (worded as pages word them), titles,
 * descriptions, structured data, answers and page text from the built HTML, page
 * weights from a browser. `npm run diff` (scripts/site-diff.ts) builds the two
 * sides; tests hand over models and small HTML pages directly.
 */

export interface SiteSide {
  /** How the report names this side: "`1a2b3c4` (origin/main)". */
  label: string;
  /** The content model, or why it could not be read. */
  model: SiteModel | { problem: string };
  pages: ReadonlyMap<string, BuiltPage>;
  weights?: PageWeights | undefined;
}

const modelOf = (side: SiteSide) => ('problem' in side.model ? undefined : side.model);

export function compareSites(before: SiteSide, after: SiteSide, clock?: string): SiteComparison {
  const oldModel = modelOf(before);
  const newModel = modelOf(after);
  const problems = [before, after]
    .filter((side) => 'problem' in side.model)
    .map((side) => `${side.label}: ${'problem' in side.model ? side.model.problem : ''}`);
  const facts =
    oldModel && newModel ? compareFacts(siteFactsOf(oldModel), siteFactsOf(newModel)) : [];
  // Plan cards are labelled articles too: keep the FAQ's, when the models say which.
  const questions = new Set(
    [oldModel, newModel].flatMap((model) =>
      model ? model.faq.topics.flatMap((topic) => topic.questions.map(({ id }) => id)) : [],
    ),
  );
  const faqOnly = (answers: Map<string, Answer>) =>
    questions.size === 0 ? answers : new Map([...answers].filter(([id]) => questions.has(id)));
  const oldAnswers = faqOnly(answersOf(before.pages));
  const newAnswers = faqOnly(answersOf(after.pages));
  const added = new Map<string, Answer>([...newAnswers].filter(([id]) => !oldAnswers.has(id)));
  return {
    before: before.label,
    after: after.label,
    ...(clock ? { clock } : {}),
    facts,
    ...(problems.length > 0
      ? {
          modelNote: `The content could not be compared fact by fact (${problems.join('; ')}); the pages still were.`,
        }
      : {}),
    answers: compareAnswers(oldAnswers, newAnswers),
    newAnswers: added,
    pages: comparePages(before.pages, after.pages),
    weights: before.weights && after.weights ? weightChanges(before.weights, after.weights) : [],
    ...(before.weights && after.weights
      ? {}
      : {
          weightNote: 'Page weights were not compared (run without --no-weights to compare them).',
        }),
  };
}

export const siteReport = (before: SiteSide, after: SiteSide, clock?: string) =>
  formatSiteReport(compareSites(before, after, clock));

/** The content model of the project at `root`, read as the build reads it. */
export async function readModel(root: string): Promise<SiteSide['model']> {
  const result = readContent(await readContentFiles(root));
  if (result.model) return result.model;
  const [first] = result.problems;
  return {
    problem: `${result.problems.length} content problem(s), the first: ${formatProblem(first)}`,
  };
}

export { readBuiltSite };
