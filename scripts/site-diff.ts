/**
 * npm run diff: what a visitor sees differently between a base revision and the
 * working tree, as a Markdown report (see tooling/site-diff).
 *
 *   npm run diff                          against the merge base with origin/main (or main)
 *   npm run diff -- --base <revision>     against any revision
 *   npm run diff -- --before-dist <dir> --after-dist <dir>
 *                                         two sites built already (each model read
 *                                         from the src/content beside its dist)
 *   --out <file>     also write the report there
 *   --no-weights     skip weighing the budgeted pages in a browser
 *
 * Builds the working tree in place (its dist/ is rebuilt). Exits 1, with a
 * report that says which build failed and why, when a side cannot be built.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { addWorktree, buildAt, clockFor, defaultBase, git, run } from '../tooling/site-diff/build';
import { readBuiltSite, readModel, siteReport, type SiteSide } from '../tooling/site-diff';
import { escapeText } from '../tooling/site-diff/escape';
import { formatFailure, type BuildFailure } from '../tooling/site-diff/report';
import { weighBudgetedPages } from '../tooling/site-diff/weights';

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    'before-dist': { type: 'string' },
    'after-dist': { type: 'string' },
    out: { type: 'string' },
    'no-weights': { type: 'boolean', default: false },
  },
});

const started = performance.now();

async function publish(report: string, failed: boolean) {
  process.stdout.write(report);
  if (values.out) await writeFile(values.out, report);
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  console.error(`Site diff ${failed ? 'failed' : 'done'} in ${seconds} s.`);
  if (failed) process.exitCode = 1;
}

class BuildFailed extends Error {
  readonly failures: BuildFailure[];

  constructor(failures: BuildFailure[]) {
    super(failures.map((failure) => `${failure.side}: ${failure.reason}`).join('; '));
    this.failures = failures;
  }
}

async function side(
  label: string,
  root: string,
  dist: string,
  weights: Map<string, number> | undefined,
): Promise<SiteSide> {
  const model = existsSync(path.join(root, 'src/content'))
    ? await readModel(root)
    : { problem: `no src/content beside ${dist}` };
  return { label, model, pages: await readBuiltSite(dist), weights };
}

async function weigh(dists: string[]) {
  if (values['no-weights']) return [undefined, undefined];
  return weighBudgetedPages(dists);
}

async function compareBuilt(beforeDist: string, afterDist: string) {
  const [before, after] = [path.resolve(beforeDist), path.resolve(afterDist)];
  const [oldWeights, newWeights] = await weigh([before, after]);
  return siteReport(
    await side(`\`${beforeDist}\``, path.dirname(before), before, oldWeights),
    await side(`\`${afterDist}\``, path.dirname(after), after, newWeights),
  );
}

async function compareWithBase(root: string) {
  const base = values.base
    ? {
        commit: await git(['rev-parse', '--verify', `${values.base}^{commit}`], root),
        name: values.base,
      }
    : await defaultBase(root);
  const short = (commit: string) => commit.slice(0, 7);
  const head = await git(['rev-parse', 'HEAD'], root);
  const dirty = (await git(['status', '--porcelain'], root)) !== '';
  const beforeLabel = `the base, \`${short(base.commit)}\` (${escapeText(base.name)})`;
  const afterLabel = `this branch, \`${short(head)}\`${dirty ? ' with uncommitted changes' : ''}`;
  const clock = await clockFor(root);
  const worktree = await addWorktree(root, base.commit);
  try {
    console.error(
      `Building this branch, and the base (${short(base.commit)}) in ${worktree.folder}, as of ${clock}…`,
    );
    // This branch builds while the base installs: most of an install is waiting.
    const [headBuild, baseInstall] = await Promise.all([buildAt(root, clock), worktree.install()]);
    const baseBuild = baseInstall.ok ? await buildAt(worktree.folder, clock) : undefined;
    const failures: BuildFailure[] = [];
    if (!baseInstall.ok) {
      failures.push({
        side: beforeLabel,
        reason: 'Its `npm ci` failed.',
        output: baseInstall.output,
      });
    } else if (baseBuild && !baseBuild.ok) {
      failures.push({ side: beforeLabel, reason: 'Its build failed.', output: baseBuild.output });
    }
    if (!headBuild.ok) {
      failures.push({ side: afterLabel, reason: 'Its build failed.', output: headBuild.output });
    }
    if (failures.length > 0) throw new BuildFailed(failures);
    const dists = [path.join(worktree.folder, 'dist'), path.join(root, 'dist')];
    const [oldWeights, newWeights] = await weigh(dists);
    return siteReport(
      await side(beforeLabel, worktree.folder, dists[0] as string, oldWeights),
      await side(afterLabel, root, dists[1] as string, newWeights),
      clock.slice(0, 10),
    );
  } finally {
    await worktree.remove();
  }
}

try {
  const root = (await run('git', ['rev-parse', '--show-toplevel'], process.cwd())).output.trim();
  const report =
    values['before-dist'] && values['after-dist']
      ? await compareBuilt(values['before-dist'], values['after-dist'])
      : await compareWithBase(root || process.cwd());
  await publish(report, false);
} catch (error) {
  if (!(error instanceof BuildFailed)) throw error;
  await publish(formatFailure(error.failures), true);
}
