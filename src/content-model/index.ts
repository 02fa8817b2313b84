/**
 * The content model: the one place content enters the site. `readContent` turns
 * the files under src/content into `{ model, problems }`: every file read (YAML and
 * front matter with the line of each field), checked against its schema
 * (./schemas), checked by the rules across files (./rules.ts) and the fact
 * components in prose (./prose.ts), then resolved into the model pages use
 * (./model.ts). `npm run check`, the build's loaders (./collections.ts), the JSON
 * Schemas and the tests all go through it.
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
