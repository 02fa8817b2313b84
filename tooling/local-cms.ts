import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/**
 * The content editor's local git proxy (decap-server in git mode) on a clone of
 * its own. In git mode decap-server checks out branches in the folder it serves
 * and commits with `git add .`: pointed at a working checkout it would sweep
 * unsaved work into its commits and switch the branch under the editor's feet.
 * A clone of the last commit, in a temporary folder, has nothing to lose.
 * Used by `npm run edit` (scripts/edit-locally.ts) and tests/e2e/admin.spec.ts.
 */

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = promisify(execFile);

/** The branch the clone publishes to, whatever the source checkout is on. */
export const CLONE_BRANCH = 'main';

/** Where the browser tests run the proxy: E2E_CMS_PORT, else next to the site's E2E_PORT. */
export function e2eCmsProxyPort(): number {
  return Number(process.env['E2E_CMS_PORT'] ?? Number(process.env['E2E_PORT'] ?? 4391) + 1);
}

export async function git(cwd: string, ...args: string[]): Promise<string> {
  const { stdout } = await run('git', args, { cwd, maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}

/** A clone of `source`'s last commit, on a branch named main, with its own author. */
export async function createClone(source = repoRoot): Promise<string> {
  const clone = await mkdtemp(path.join(tmpdir(), 'customer-care-cms-'));
  await git(source, 'clone', '--quiet', '--no-hardlinks', source, clone);
  await git(clone, 'checkout', '--quiet', '-B', CLONE_BRANCH);
  await git(clone, 'config', 'user.name', 'Content editor (local)');
  await git(clone, 'config', 'user.email', 'editor@localhost');
  await git(clone, 'config', 'commit.gpgsign', 'false');
  return clone;
}

export async function removeClone(clone: string): Promise<void> {
  await rm(clone, { recursive: true, force: true });
}

export interface LocalProxy {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Starts decap-server in git mode on `clone`, listening on 127.0.0.1 only; resolves once it answers. */
export async function startProxy(clone: string, port: number): Promise<LocalProxy> {
  const server = path.join(repoRoot, 'node_modules', 'decap-server', 'dist', 'index.js');
  const child = spawn(process.execPath, [server], {
    // Its cwd is the clone: it reads a .env from there, and the clone has none.
    cwd: clone,
    env: {
      ...process.env,
      MODE: 'git',
      GIT_REPO_DIRECTORY: clone,
      PORT: String(port),
      BIND_HOST: '127.0.0.1',
      LOG_LEVEL: process.env['CMS_PROXY_LOG_LEVEL'] ?? 'warn',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}/api/v1`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`decap-server exited with code ${child.exitCode}`);
    const answer = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: 'info' }),
    }).catch(() => undefined);
    if (answer?.ok) return { url, process: child, stop };
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`decap-server did not answer at ${url} within 30 s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
