import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/check';
import { readContentFiles } from '../../src/lib/content-check/read-files';
import { formatProblem } from '../../src/lib/content-rules';
import { TempSite, type BuildResult } from '../support/temp-site';

/**
 * A content mistake fails `astro build` with the report of `npm run check`: the
 * same problems, worded the same, every one at once. The bad-edit suite
 * (tests/unit/content-check.test.ts) covers each kind of mistake through the
 * check itself; these builds prove the build runs that very check.
 */
async function buildWith(edit: (site: TempSite) => Promise<void>) {
  const site = await TempSite.create();
  await edit(site);
  const build = await site.build();
  const expected = checkContent(await readContentFiles(site.root)).problems.map(formatProblem);
  return { site, build, expected };
}

describe.each([
  {
    mistake: 'broken front matter (a colon in unquoted text)',
    edit: (site: TempSite) =>
      site.replace(
        'src/content/plans/plus.mdx',
        /^tagline: .*$/m,
        'tagline: For teams: an expert on call.',
      ),
    names: ['src/content/plans/plus.mdx:6 — (front matter)'],
  },
  {
    mistake: 'broken YAML (a field without its colon)',
    edit: (site: TempSite) =>
      site.replace('src/content/team.yaml', '  name: Daniil', '  name Daniil'),
    names: ['src/content/team.yaml:', '— (YAML) — "name Daniil"'],
  },
  {
    mistake: 'five mistakes in five files',
    edit: async (site: TempSite) => {
      await site.replace(
        'src/content/plans/plus.mdx',
        /billedAnnually: \d+/,
        'billedAnnually: $177',
      );
      await site.replace('src/content/support-hours.yaml', 'Europe/Berlin', 'Europe/Berlni');
      await site.replace('src/content/faq/priority.mdx', /^question:/m, 'qestion:');
      await site.replace(
        'src/content/licenses.yaml',
        /(id: store-builder-plus-lifetime[\s\S]*?)\n {4}months: (\d+)/,
        '$1\n    months: $2\n    entireSubscription: true',
      );
      await site.replace(
        'src/content/team.yaml',
        /(id: kate\n\s+name: Kate\n\s+order:) \d+/,
        '$1 1',
      );
    },
    names: [
      'src/content/plans/plus.mdx:9 — pricePerMonthInCents.billedAnnually — "$177"',
      'src/content/support-hours.yaml:',
      'referenceCities[3].timeZone — "Europe/Berlni"',
      'src/content/faq/priority.mdx:2 — qestion',
      'src/content/licenses.yaml:',
      'store-builder-plus-lifetime.includedSupport',
      'src/content/team.yaml:',
      'kate.order — 1',
    ],
  },
])('a build with $mistake', ({ edit, names }) => {
  let site: TempSite;
  let build: BuildResult;
  let expected: string[];

  beforeAll(async () => {
    ({ site, build, expected } = await buildWith(edit));
  });

  afterAll(async () => {
    await site.remove();
  });

  it('fails before building anything', () => {
    expect(build.ok).toBe(false);
    expect(build.output).toContain('The build stopped here: nothing was built.');
    expect(build.output).not.toContain('Complete!');
  });

  it('names each file, line and field', () => {
    for (const name of names) expect(build.output).toContain(name);
  });

  it('prints exactly what npm run check prints, every problem at once', () => {
    expect(expected.length).toBeGreaterThanOrEqual(names.length > 2 ? 5 : 1);
    for (const line of expected) expect(build.output).toContain(line);
  });
});
