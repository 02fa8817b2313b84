import { parse } from 'yaml';

/**
 * What every GitHub Actions workflow of this project must hold to, as problems
 * found in one workflow file's text (none when it is fine):
 * - never pull_request_target, which runs with the base repository's secrets;
 * - the token gets `contents: read` at the top, and no write there;
 * - a job may add one write, `pull-requests: write` (a comment on the pull
 *   request), and only if it checks nothing out and runs no project code, so the
 *   pull request's code never runs with that power;
 * - checkouts keep no credentials (`persist-credentials: false`);
 * - every action is pinned to a full commit, its version in a comment;
 * - a built site (dist*) is uploaded only after its own build step passed, and
 *   right after it, so a later failing test does not stop the upload;
 * - secrets (other than the run's own GITHUB_TOKEN) only in a job that names an
 *   `environment`, whose protection rules (branches, reviewers) guard them, never
 *   in the workflow's env;
 * - on pull requests, such a job runs for this repository's branches only (forks
 *   get no secrets), checks out the target branch, not the pull request, and builds
 *   nothing: the pull request's code never runs where a secret is.
 */
interface Step {
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}
interface Job {
  permissions?: unknown;
  uses?: string;
  if?: string;
  environment?: unknown;
  steps?: Step[];
}
interface Workflow {
  on?: unknown;
  permissions?: unknown;
  env?: unknown;
  jobs?: Record<string, Job>;
}

const allowedJobWrites = new Set(['pull-requests']);
/** A run step that executes the workspace's code or fetches the pull request's. */
const runsProjectCode =
  /\b(npm|npx|pnpm|yarn|node|tsx|make|bash|sh)\b|\.\/|gh pr checkout|git (clone|fetch|checkout)/;
const pinnedAction = /^[\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/;

const triggers = (on: unknown): string[] =>
  typeof on === 'string'
    ? [on]
    : Array.isArray(on)
      ? on.map(String)
      : Object.keys((on ?? {}) as object);

/** The scopes given more than read; "write-all" and the like count as everything. */
function writes(permissions: unknown): string[] {
  if (permissions === undefined) return [];
  if (typeof permissions !== 'object' || permissions === null) return [`(${String(permissions)})`];
  return Object.entries(permissions)
    .filter(([, level]) => level !== 'read' && level !== 'none')
    .map(([scope]) => scope);
}

const isCheckout = (step: Step) => step.uses?.startsWith('actions/checkout@') ?? false;
/** `npm run build`, `npm run build:base-path`, `npm run build -- --outDir dist-head`… */
const isBuild = (step: Step) => /^npm run build(:[\w-]+)?(\s|$)/.test(step.run ?? '');
/** Status functions that let a step run after an earlier one failed. */
const runsAfterFailure = /\b(always|failure|cancelled)\(\)/;

/** `${{ secrets.NAME }}` anywhere in a part of the workflow, but the run's own token. */
const usesSecrets = (part: unknown) =>
  [...JSON.stringify(part ?? null).matchAll(/\bsecrets\.(\w+)/g)].some(
    ([, secret]) => secret !== 'GITHUB_TOKEN',
  );
const sameRepositoryOnly = 'github.event.pull_request.head.repo.full_name == github.repository';
const checksOutTarget = (step: Step) =>
  isCheckout(step) &&
  String(step.with?.['ref'] ?? '').includes('github.event.pull_request.base.sha');

function secretProblems(name: string, job: Job, onPullRequest: boolean): string[] {
  if (!usesSecrets(job)) return [];
  if (job.environment === undefined) return [`job ${name}: uses secrets outside an environment`];
  if (!onPullRequest) return [];
  const problems: string[] = [];
  const steps = job.steps ?? [];
  if (!(job.if ?? '').includes(sameRepositoryOnly)) {
    problems.push(`job ${name}: gives secrets to pull requests from forks`);
  }
  if (steps.some((step) => isCheckout(step) && !checksOutTarget(step))) {
    problems.push(`job ${name}: checks out the pull request where secrets are`);
  }
  if (steps.some(isBuild)) problems.push(`job ${name}: builds where secrets are`);
  return problems;
}

function jobProblems(name: string, job: Job): string[] {
  const problems: string[] = [];
  const steps = job.steps ?? [];
  const written = writes(job.permissions);
  for (const scope of written.filter((scope) => !allowedJobWrites.has(scope))) {
    problems.push(`job ${name}: gives ${scope} more than read`);
  }
  if (written.length > 0) {
    if (job.uses) problems.push(`job ${name}: writes and calls a reusable workflow`);
    if (steps.some(isCheckout)) problems.push(`job ${name}: writes and checks out code`);
    for (const step of steps.filter((step) => runsProjectCode.test(step.run ?? ''))) {
      problems.push(`job ${name}: writes and runs project code (${step.run})`);
    }
  }
  for (const step of steps.filter(isCheckout)) {
    if (step.with?.['persist-credentials'] !== false) {
      problems.push(`job ${name}: a checkout without persist-credentials: false`);
    }
  }
  steps.forEach((step, index) => {
    const uploaded = step.with?.['path'];
    if (!step.uses?.startsWith('actions/upload-artifact@')) return;
    if (typeof uploaded !== 'string' || !uploaded.startsWith('dist')) return;
    const build = steps.findLastIndex((earlier, at) => at < index && isBuild(earlier));
    if (build === -1) {
      problems.push(`job ${name}: uploads ${uploaded} with no build step before it`);
      return;
    }
    const condition = step.if ?? '';
    const buildPassed = `steps.${steps[build]?.id}.outcome == 'success'`;
    if (runsAfterFailure.test(condition) && !condition.includes(buildPassed)) {
      problems.push(`job ${name}: uploads ${uploaded} even when the build failed`);
    }
    if (!runsAfterFailure.test(condition) && index !== build + 1) {
      problems.push(`job ${name}: a failing step between the build and the upload stops it`);
    }
  });
  return problems;
}

export function workflowProblems(text: string): string[] {
  const workflow = parse(text) as Workflow;
  const problems: string[] = [];
  if (triggers(workflow.on).includes('pull_request_target')) {
    problems.push('runs on pull_request_target');
  }
  const top = workflow.permissions as Record<string, unknown> | undefined;
  if (typeof top !== 'object' || top?.['contents'] !== 'read') {
    problems.push('the top-level permissions are not contents: read');
  }
  for (const scope of writes(workflow.permissions)) {
    problems.push(`the top-level permissions give ${scope} more than read`);
  }
  if (usesSecrets(workflow.env)) problems.push('the workflow env holds secrets');
  const onPullRequest = triggers(workflow.on).includes('pull_request');
  for (const [name, job] of Object.entries(workflow.jobs ?? {})) {
    problems.push(...jobProblems(name, job), ...secretProblems(name, job, onPullRequest));
  }
  for (const line of text.split('\n')) {
    const action = /^\s*(?:-\s+)?uses:\s*(.*)$/.exec(line)?.[1];
    if (action === undefined || action.startsWith('./')) continue;
    if (!pinnedAction.test(action)) {
      problems.push(`${action} is not pinned to a full commit with "# vX.Y.Z" after it`);
    }
  }
  return problems;
}
