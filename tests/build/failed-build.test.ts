import { access, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TempSite, type BuildResult } from '../../tooling/temp-site';

/**
 * `npm run build` is all or nothing: a build that fails after Astro has written
 * its pages (before the security headers and the search index, which come last)
 * leaves no half site in dist/. The failure is made by an integration that throws
 * at the end of the build when FAIL_LATE is set, ahead of the site's own
 * integrations, so the pages exist and _headers and the index do not yet.
 */
const failLate = `integrations: [
    {
      name: 'fails-late',
      hooks: {
        'astro:build:done': () => {
          if (process.env['FAIL_LATE']) throw new Error('Failing on purpose after the pages.');
        },
      },
    },`;

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

describe('a build that fails after writing its pages', () => {
  let site: TempSite;
  let dist: string;

  // One build per hook: each gets the whole hook timeout, however busy the machine.
  beforeAll(async () => {
    site = await TempSite.create();
    dist = path.join(site.root, 'dist');
    await site.replace('astro.config.mjs', 'integrations: [', failLate);
    await site.write('public/build-marker.txt', 'first\n');
  });

  afterAll(async () => {
    await site.remove();
  });

  const failedAsIntended = (failure: BuildResult) => {
    expect(failure.ok).toBe(false);
    expect(failure.output).toContain('Failing on purpose after the pages.');
    // Astro lists each page as it writes it: the failure came after the pages.
    expect(failure.output).toContain('/faq/index.html');
    expect(failure.output).toContain('The build failed: nothing was written to dist/');
  };

  const noHalfWrittenFolder = async (expected: string[]) => {
    expect((await readdir(site.root)).filter((name) => name.startsWith('dist'))).toEqual(expected);
  };

  describe('with no site built before', () => {
    let failure: BuildResult;

    beforeAll(async () => {
      failure = await site.build({ FAIL_LATE: '1' });
    });

    it('fails after Astro wrote the pages, and says so', () => {
      failedAsIntended(failure);
    });

    it('leaves no dist/ and no half-written folder', async () => {
      await noHalfWrittenFolder([]);
    });
  });

  describe('after a build that passed', () => {
    let good: BuildResult;
    let failure: BuildResult;

    beforeAll(async () => {
      good = await site.build();
    });

    beforeAll(async () => {
      await site.write('public/build-marker.txt', 'second\n');
      failure = await site.build({ FAIL_LATE: '1' });
    });

    it('fails after Astro wrote the pages, and says so', () => {
      expect(good.ok).toBe(true);
      failedAsIntended(failure);
    });

    it('leaves the last good site whole, none of the failed build in it', async () => {
      expect(await readFile(path.join(dist, 'build-marker.txt'), 'utf-8')).toBe('first\n');
      expect(await exists(path.join(dist, '_headers'))).toBe(true);
      expect(await exists(path.join(dist, 'pagefind', 'pagefind.js'))).toBe(true);
      expect(await exists(path.join(dist, 'faq', 'index.html'))).toBe(true);
    });

    it('leaves no half-written folder behind', async () => {
      await noHalfWrittenFolder(['dist']);
    });
  });
});

describe.each([
  { variable: 'BASE_PATH', value: '../' },
  { variable: 'BASE_PATH', value: '//evil.example/' },
  { variable: 'SITE_URL', value: 'javascript:alert(1)' },
])('a build with $variable=$value', ({ variable, value }) => {
  let site: TempSite;
  let build: BuildResult;

  beforeAll(async () => {
    site = await TempSite.create();
    build = await site.build({ [variable]: value });
  });

  afterAll(async () => {
    await site.remove();
  });

  it('stops at start, naming the variable and a good value, and builds nothing', async () => {
    expect(build.ok).toBe(false);
    expect(build.output).toContain(`${variable}=${JSON.stringify(value)}: `);
    expect(build.output).toContain(`like ${variable}=`);
    expect(await exists(path.join(site.root, 'dist'))).toBe(false);
  });
});
