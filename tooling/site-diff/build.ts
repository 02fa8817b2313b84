import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Builds the two sides of a site diff: the base revision in a git worktree of
 * its own (with its own `npm ci`, since its dependencies may differ), and the
 * working tree as it is. Both build with `npm run build` (whatever that does at
 * that revision) under one fixed clock (./fixed-clock.ts).
 */

export interface CommandResult {
  ok: boolean;
  /** stdout and stderr as printed, interleaved. */
  output: string;
}

export function run(
  command: string,
  args: readonly string[],
  cwd: string,
  env: Record<string, string> = {},
): Promise<CommandResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => resolve({ ok: false, output: `${output}\n${error.message}` }));
    child.on('close', (code) => resolve({ ok: code === 0, output }));
  });
}

export async function git(args: readonly string[], cwd: string): Promise<string> {
  const result = await run('git', args, cwd);
  if (!result.ok) throw new Error(`git ${args.join(' ')} failed: ${result.output.trim()}`);
  return result.output.trim();
}

/** The revision to compare with: the merge base with origin/main, else with main. */
export async function defaultBase(root: string): Promise<{ commit: string; name: string }> {
  for (const branch of ['origin/main', 'main']) {
    const found = await run('git', ['merge-base', 'HEAD', branch], root);
    if (found.ok) return { commit: found.output.trim(), name: `merge base with ${branch}` };
  }
  throw new Error('Found neither origin/main nor main to compare with: name one with --base.');
}

/**
 * The one moment both builds see: noon UTC on the day of the head commit, so the
 * same commits always give the same report.
 */
export async function clockFor(root: string): Promise<string> {
  const day = await git(['log', '-1', '--format=%cd', '--date=format-local:%Y-%m-%d'], root);
  return `${day}T12:00:00Z`;
}

const fixedClock = pathToFileURL(
  path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixed-clock.ts'),
).href;

/** `npm run build` in `root` as of `clock`; the site lands in `root`/dist. */
export function buildAt(root: string, clock: string): Promise<CommandResult> {
  const nodeOptions = [process.env['NODE_OPTIONS'], `--import=${fixedClock}`]
    .filter(Boolean)
    .join(' ');
  return run('npm', ['run', 'build'], root, {
    NODE_OPTIONS: nodeOptions,
    SITE_DIFF_CLOCK: clock,
    ASTRO_TELEMETRY_DISABLED: '1',
  });
}

/** A checkout of `commit` beside the repository, removed again by `remove()`. */
export async function addWorktree(root: string, commit: string) {
  const parent = await mkdtemp(path.join(tmpdir(), 'site-diff-base-'));
  const folder = path.join(parent, 'site');
  await git(['worktree', 'add', '--detach', folder, commit], root);
  return {
    folder,
    install: () => run('npm', ['ci', '--no-audit', '--no-fund'], folder),
    async remove() {
      await run('git', ['worktree', 'remove', '--force', folder], root);
      await rm(parent, { recursive: true, force: true });
    },
  };
}
