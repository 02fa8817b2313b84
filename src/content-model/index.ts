/**
 * The content model: the one place content enters the site. `readContent` turns
 * the files under src/content into `{ model, problems }`; `npm run check`, the
 * build's loaders, the site diff and the tests all go through it. It is pure (no
 * Node module), so a browser can run it too; a file's way through it:
 *
 *   disk.ts         readContentFiles: every file under src/content, read once
 *   files.ts        where each collection's files live, the page texts, bytes to text
 *   check.ts        each file parsed once (yaml.ts for YAML; mdx.ts, Sätteri, for MDX
 *                   and its front matter) and checked against its schema, with lines
 *   schemas/        the Zod schemas (schemas/index.ts): a field's limits and forms;
 *                   money.ts turns prices as written into cents; entryList, unique ids
 *   diagnose.ts     a schema issue in an editor's words: what is wrong, how to fix it
 *   rules.ts        the rules across files: references, orders, one included plan
 *   prose.ts        what MDX prose may hold, fact components (fact-components.ts)
 *                   and their ids; prose-plugin.ts holds Astro's MDX compile to it
 *   resolve.ts      valid content → the model (model.ts: its types carry the rules)
 *   problem.ts, report.ts   a problem, the report, GitHub annotations
 *   collections.ts  the build's loaders: one pass for the four collections;
 *                   and siteModel(), renderProse(): how pages read what they stored
 *   json-schemas.ts the YAML files' JSON Schemas for editors (npm run schemas)
 */
import { checkContent } from './check';
import type { ContentFiles } from './files';
import type { SiteModel } from './model';
import type { ContentProblem } from './problem';
import type { CheckSummary } from './report';
import { resolveModel } from './resolve';

export type ContentResult = CheckSummary &
  (
    | { model: SiteModel; problems: readonly [] }
    | { model: undefined; problems: readonly [ContentProblem, ...ContentProblem[]] }
  );

export function readContent(files: ContentFiles): ContentResult {
  const { valid, problems, ...summary } = checkContent(files);
  const [first, ...more] = problems;
  if (first) return { ...summary, model: undefined, problems: [first, ...more] };
  return { ...summary, model: resolveModel(valid), problems: [] };
}

export { readContentFiles } from './disk';
export type { ContentFiles } from './files';
export type * from './model';
export type { ContentProblem } from './problem';
export { ContentCheckError, formatReport, githubAnnotation } from './report';
