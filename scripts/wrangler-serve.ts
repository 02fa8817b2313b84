/**
 * Serves a built site with Cloudflare's own runtime, Wrangler's local workerd,
 * as a Workers static-assets site: `_headers`, `_redirects`, 404.html and the
 * trailing-slash redirects behave as on Cloudflare (whose Pages reads the same
 * files), so local runs, the bench and the browser tests see what production
 * sends. Offline and quiet: no telemetry, no update check, no download of the
 * `request.cf` sample; it listens on 127.0.0.1 only. Not a server of our own:
 * it starts Wrangler with the deploy configuration, wrangler.json (the editor-login
 * Worker on /oauth/* and the static-assets settings), pointed at the given folder.
 *
 *   node scripts/wrangler-serve.ts [--port 4321] [--dir dist] [--cms-proxy http://127.0.0.1:8081]
 *     [-- --var NAME:value ...]
 *   (BASE_PATH sets the base; arguments after -- go to `wrangler dev` as they are)
 *
 * --cms-proxy, for editing on this machine (scripts/edit-locally.ts, tests/e2e/admin.spec.ts):
 * the content editor finds the local git proxy (decap-server) at its own address,
 * <base>admin/api/v1, and a few lines in front of the deployed Worker forward that one
 * path to the proxy. So the editor's policy needs no loopback address, and is
 * the same here as in production; every other request is as deployed.
 *
 * Measured against sirv with a small `_headers` adapter (issue 13, 2 shared cores
 * under load 15-20): Wrangler adds 196 MB to node_modules against sirv's 0.2 MB,
 * and starts in a median 21.6 s (about 3.7 CPU-seconds) against 1.3 s. Chosen
 * anyway: it is the host's code, not our copy of the host's rules (detaching
 * headers, trailing-slash redirects, nearest 404.html, path decoding), and it reads
 * `_headers` with the host's limits. `wrangler pages dev` was tried first: its
 * local file lookup answers 502 to a path with a NUL byte or to `/_headers`,
 * where the static-assets runtime answers 400 or 404.
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseBasePath } from '../src/settings.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** What production runs: the same Worker, runtime date and asset handling. */
const deployed = JSON.parse(await readFile(path.join(repoRoot, 'wrangler.json'), 'utf-8')) as {
  main: string;
  assets: { run_worker_first: string[] } & Record<string, unknown>;
};

const offlineEnv = {
  WRANGLER_SEND_METRICS: 'false',
  // The banner is where Wrangler asks the registry for a newer version.
  WRANGLER_HIDE_BANNER: 'true',
  // Otherwise each start tries to download a sample of the request.cf object.
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
};

const { values, positionals: passedOn } = parseArgs({
  options: {
    port: { type: 'string', default: '4321' },
    dir: { type: 'string', default: 'dist' },
    'cms-proxy': { type: 'string' },
  },
  allowPositionals: true,
});
const base = parseBasePath(process.env['BASE_PATH']);
const built = path.resolve(values.dir);

// Wrangler's configuration and state live in a temporary folder, not the project.
const work = await mkdtemp(path.join(tmpdir(), 'customer-care-serve-'));
let assets = built;
const segments = base.split('/').filter(Boolean);
if (segments.length > 0) {
  // Under a base path the host serves the build from a folder of that name,
  // with `_headers` (whose rules already carry the base) at the root.
  assets = path.join(work, 'site');
  const nested = path.join(assets, ...segments);
  await cp(built, nested, { recursive: true });
  await rename(path.join(nested, '_headers'), path.join(assets, '_headers'));
}
// The config lives in a temporary folder: paths from the repository's root.
let main = path.join(repoRoot, deployed.main);
const workerFirst = [...deployed.assets.run_worker_first];
const proxy = values['cms-proxy'];
if (proxy !== undefined) {
  const target = new URL('/api/v1', proxy);
  if (!['127.0.0.1', 'localhost'].includes(target.hostname)) {
    throw new Error(`--cms-proxy ${proxy}: the proxy must run on this machine (127.0.0.1).`);
  }
  const proxyPath = `${base}admin/api/v1`;
  workerFirst.push(proxyPath);
  const deployedMain = main;
  main = path.join(work, 'worker.js');
  await writeFile(
    main,
    `import deployed from ${JSON.stringify(deployedMain)};
export default {
  fetch(request, env, context) {
    const url = new URL(request.url);
    if (url.pathname !== ${JSON.stringify(proxyPath)}) return deployed.fetch(request, env, context);
    return fetch(${JSON.stringify(target.href)}, {
      method: request.method,
      headers: { 'Content-Type': request.headers.get('Content-Type') ?? 'application/json' },
      body: request.method === 'GET' || request.method === 'HEAD' ? undefined : request.body,
    }).catch(() => Response.json({ error: 'The local proxy (decap-server) is not running.' }, { status: 502 }));
  },
};
`,
  );
}
const config = path.join(work, 'wrangler.json');
await writeFile(
  config,
  JSON.stringify({
    ...deployed,
    // Relative to the repository, not the temporary folder.
    $schema: undefined,
    main,
    assets: { ...deployed.assets, directory: assets, run_worker_first: workerFirst },
  }),
);

const wrangler = spawn(
  process.execPath,
  [
    path.join(repoRoot, 'node_modules', 'wrangler', 'bin', 'wrangler.js'),
    'dev',
    '--config',
    config,
    '--ip',
    '127.0.0.1',
    '--port',
    values.port,
    // Port 0: the system picks a free one, so parallel servers never collide on
    // the default 9229 (Wrangler probes it, and two starting at once both pick it).
    '--inspector-port',
    '0',
    // Warnings and errors only, not a line per request.
    '--log-level',
    'warn',
    '--show-interactive-dev-session=false',
    ...passedOn,
  ],
  { cwd: work, stdio: 'inherit', env: { ...process.env, ...offlineEnv } },
);
console.log(`Serving ${values.dir} with Wrangler at http://127.0.0.1:${values.port}${base}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => wrangler.kill(signal));
}
wrangler.on('exit', (code) => {
  void rm(work, { recursive: true, force: true }).finally(() => {
    process.exitCode = code ?? 0;
  });
});
