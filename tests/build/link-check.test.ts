import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);

// `npm test` runs linkinator over dist/ with linkinator.config.json; this runs the
// same command over a small site with known faults, to prove the check can fail.
describe('the link check', () => {
  let site: string;

  beforeAll(async () => {
    site = await mkdtemp(path.join(tmpdir(), 'links-'));
    await writeFile(
      path.join(site, 'index.html'),
      `<a href="/about.html#team">ok</a> <a href="/about.html#nobody">bad anchor</a>
       <a href="/gone.html">missing page</a> <a href="https://example.com/">external</a>`,
    );
    await writeFile(path.join(site, 'about.html'), '<h2 id="team">Team</h2>');
  });

  afterAll(() => rm(site, { recursive: true, force: true }));

  it('reports missing pages and anchors, and leaves external addresses alone', async () => {
    const linkinator = path.resolve('node_modules/linkinator/build/src/cli.js');
    const failure = await run(process.execPath, [linkinator, site, '--format', 'json'], {
      cwd: process.cwd(),
    }).then(
      () => undefined,
      (error: { code: number; stdout: string }) => error,
    );
    expect(failure?.code).toBe(1);
    const report = JSON.parse(failure?.stdout ?? '{}') as { links: { url: string }[] };
    const broken = report.links.map((link) => path.relative(site, link.url));
    expect(broken.sort()).toEqual(['about.html#nobody', 'gone.html']);
  });
});
