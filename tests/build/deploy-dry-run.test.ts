import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);

/**
 * What `wrangler deploy` (the deploy workflow's command) would send, offline: a
 * dry run of the repository's wrangler.json over a small built site, with a
 * half-finished `dist.building/` beside it as scripts/build.ts leaves one while
 * it builds. Wrangler's debug log names each file it reads from the assets folder.
 */
describe('a dry run of the deploy', () => {
  let work: string;
  let log: string;

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'deploy-dry-run-'));
    const site = path.join(work, 'dist');
    await mkdir(path.join(site, 'plans'), { recursive: true });
    await writeFile(path.join(site, 'index.html'), '<!doctype html><title>Home</title>');
    await writeFile(path.join(site, 'plans', 'index.html'), '<!doctype html><title>Plans</title>');
    await writeFile(path.join(site, '404.html'), '<!doctype html><title>Not found</title>');
    await writeFile(path.join(site, '_headers'), '/*\n  X-Content-Type-Options: nosniff\n');
    await mkdir(path.join(work, 'dist.building'));
    await writeFile(path.join(work, 'dist.building', 'half-built.html'), '<title>Half</title>');

    const deployed = JSON.parse(await readFile('wrangler.json', 'utf-8')) as {
      main: string;
      assets: Record<string, unknown>;
    };
    await writeFile(
      path.join(work, 'wrangler.json'),
      JSON.stringify({ ...deployed, $schema: undefined, main: path.resolve(deployed.main) }),
    );
    const { stdout, stderr } = await run(
      process.execPath,
      [
        path.resolve('node_modules/wrangler/bin/wrangler.js'),
        'deploy',
        '--dry-run',
        '--outdir',
        path.join(work, 'out'),
      ],
      {
        cwd: work,
        env: {
          ...process.env,
          WRANGLER_LOG: 'debug',
          WRANGLER_SEND_METRICS: 'false',
          WRANGLER_HIDE_BANNER: 'true',
        },
      },
    );
    log = stdout + stderr;
  });

  afterAll(() => rm(work, { recursive: true, force: true }));

  it('sends the built pages and the 404 page, and reads _headers as header rules', () => {
    const files = log
      .split('\n')
      .filter((line) => line.startsWith('/'))
      .sort();
    expect(files).toEqual(['/404.html', '/_headers', '/index.html', '/plans', '/plans/index.html']);
    // Read, then kept out of the public files: Cloudflare applies it instead.
    expect(log).toContain('Ignoring asset: _headers');
  });

  it('sends nothing from a build in progress', () => {
    expect(log).toContain(`files from the assets directory ${path.join(work, 'dist')}\n`);
    expect(log).not.toContain('dist.building');
    expect(log).not.toContain('half-built');
  });

  it('bundles the editor-login Worker', async () => {
    expect(log).toMatch(/Total Upload: [\d.]+ KiB \/ gzip: [\d.]+ KiB/);
    const bundle = await stat(path.join(work, 'out', 'editor-login.js'));
    expect(bundle.size).toBeGreaterThan(0);
  });
});
