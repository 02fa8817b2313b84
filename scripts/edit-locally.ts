/**
 * `npm run edit`: the site and its content editor on this computer, to try a
 * change in the form before opening a pull request. It builds the site, clones
 * the last commit into a temporary folder, starts the editor's git proxy
 * (decap-server in git mode) on that clone and serves the build as the host
 * does, the editor included, at http://127.0.0.1:<port>/admin/.
 *
 * Never on this checkout: in git mode the proxy switches branches in the folder
 * it serves and commits with `git add .`, so it would sweep unsaved work into its
 * commits. The clone has nothing to lose; each save is a cms/... branch in it,
 * and Publish merges into its main. Bring the branches back with the command
 * printed at the start.
 *
 *   npm run edit [-- --port 8080 --proxy-port 8081 --no-build]
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createClone, git, startProxy } from '../tooling/local-cms.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8080' },
    'proxy-port': { type: 'string', default: '8081' },
    'no-build': { type: 'boolean', default: false },
  },
});

function runNode(args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: 'inherit' });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

const uncommitted = (await git(repoRoot, 'status', '--porcelain')).trim();
if (uncommitted !== '') {
  console.warn(
    'Note: this checkout has uncommitted changes; the editor works on a clone of the last commit, without them.',
  );
}
if (!values['no-build'] && (await runNode(['scripts/build.ts'])) !== 0) process.exit(1);

const clone = await createClone(repoRoot);
const proxy = await startProxy(clone, Number(values['proxy-port']));
const site = spawn(
  process.execPath,
  [
    'scripts/wrangler-serve.ts',
    '--port',
    values.port,
    '--cms-proxy',
    `http://127.0.0.1:${values['proxy-port']}`,
  ],
  { cwd: repoRoot, stdio: 'inherit' },
);

console.log(`
The editor: http://127.0.0.1:${values.port}/admin/ (Login needs no account here)
It saves into a clone of the last commit: ${clone}
Bring its branches here:  git fetch ${clone} 'refs/heads/cms/*:refs/heads/cms/*'
Stop with Ctrl+C; delete the clone when done:  rm -rf ${clone}
`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  site.kill('SIGTERM');
  await proxy.stop();
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop());
site.on('exit', () => void stop());
