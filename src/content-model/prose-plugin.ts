import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin } from 'satteri';
import { formatProblem } from './problem';
import { treeProblems } from './prose';

/**
 * The MDX pipeline's own guard: every MDX file Astro compiles, in a build or in
 * `astro dev`, is held to what prose may hold (./prose.ts) on the tree the
 * compiler is about to turn into code, so an import, an expression or raw HTML
 * never reaches it even where the content check did not run. Ids are the
 * content check's to judge; this refuses only what is unsafe or malformed.
 */
export const proseGuard = defineMdastPlugin({
  name: 'content-prose-guard',
  options: { position: true },
  before(root, context) {
    const problems = treeProblems(root as Parameters<typeof treeProblems>[0]);
    if (problems.length === 0) return;
    const absolute = context.fileURL ? fileURLToPath(context.fileURL) : '(an MDX file)';
    const file = path.relative(process.cwd(), absolute).split(path.sep).join('/');
    const lines = problems.map((problem) => formatProblem({ file, ...problem }));
    throw new Error(
      `This MDX file holds what content may not (see CONTRIBUTING.md, "What an answer may hold"):\n${lines.join('\n')}`,
    );
  },
});
