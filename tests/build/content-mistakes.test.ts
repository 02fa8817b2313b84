import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContent, readContentFiles } from '../../src/content-model';
import { formatProblem } from '../../src/content-model/problem';
import { fixturesRoot } from '../support/content-fixtures';
import { TempSite, type BuildResult } from '../../tooling/temp-site';

/**
 * A content mistake fails `astro build` with the report of `npm run check`: the
 * same problems, worded the same, every one at once. The bad-edit suite
 * (tests/unit/content-check.test.ts) covers each kind of mistake through the
 * check itself; these builds prove the build runs that very check. They build
 * the good fixture's content, so the mistakes and the lines they are on are
 * written here, whatever editors do to the real content.
 */
async function buildWith(edit: (site: TempSite) => Promise<void>) {
  const site = await TempSite.create();
  await site.useContent(path.join(fixturesRoot, 'good'));
  await edit(site);
  const build = await site.build();
  const expected = readContent(await readContentFiles(site.root)).problems.map(formatProblem);
  return { site, build, expected };
}

describe.each([
  {
    mistake: 'broken front matter (a colon in unquoted text)',
    edit: (site: TempSite) =>
      site.replace(
        'src/content/plans/pro.mdx',
        'tagline: An expert beside you.',
        'tagline: For teams: an expert beside you.',
      ),
    names: ['src/content/plans/pro.mdx:6 — (front matter)'],
    problems: 1,
  },
  {
    mistake: 'broken YAML (a field without its colon)',
    edit: (site: TempSite) => site.replace('src/content/team.yaml', '  name: Li', '  name Li'),
    names: ['src/content/team.yaml:', '— (YAML) — "name Li"'],
    problems: 1,
  },
  {
    mistake: 'an answer that runs code, shows HTML and links to javascript:',
    edit: (site: TempSite) =>
      site.write(
        'src/content/faq/what-is-covered.mdx',
        [
          '---',
          'question: What does support cover?',
          'topic: coverage',
          'order: 1',
          '---',
          '',
          "export const user = require('node:child_process').execSync('id -un').toString()",
          '',
          'user: {user} <meta http-equiv="refresh" content="2;url=https://evil.example/" /> [x](javascript:alert(1))',
          '',
        ].join('\n'),
      ),
    names: [
      'src/content/faq/what-is-covered.mdx:7 — (import or export)',
      'src/content/faq/what-is-covered.mdx:9 — {…} — "{user}"',
      'src/content/faq/what-is-covered.mdx:9 — <meta>',
      'src/content/faq/what-is-covered.mdx:9 — (link) — "javascript:alert(1)"',
    ],
    problems: 4,
  },
  {
    mistake: 'the rest of what a hostile pull request tried, each in its own file',
    edit: async (site: TempSite) => {
      await site.write(
        'src/content/faq/what-is-covered.mdx',
        [
          '---',
          'question: What does support cover?',
          'topic: coverage',
          'order: 1',
          '---',
          '',
          "import fs from 'node:fs'",
          '',
          'Home: {process.env.HOME} <script>alert(1)</script> <iframe src="https://evil.example/" />',
          '',
          '<base href="https://evil.example/" /> <style>a</style> <img src="x" onerror="alert(1)" />',
          '',
          '<PageLink to="//evil.example/">the plans</PageLink>',
          '',
        ].join('\n'),
      );
      await site.replace(
        'src/content/faq/which-language.mdx',
        'In English,',
        'See <javascript:alert(1)>. In English,',
      );
      await site.replace(
        'src/content/faq/opening-hours.mdx',
        'We answer on <SupportHours />.',
        'Support covers a great deal. '.repeat(180_000),
      );
      await site.replace(
        'src/content/site.yaml',
        'helpDesk: https://help.example.com/',
        "helpDesk: 'javascript:alert(document.domain)'",
      );
      await site.replace(
        'src/content/site.yaml',
        'forum: https://forum.example.com/',
        'forum: data:text/html,x',
      );
      await site.replace(
        'src/content/site.yaml',
        'bugTracker: https://forum.example.com/bugs/',
        'bugTracker: file:///etc/passwd',
      );
      await site.replace(
        'src/content/team.yaml',
        'order: 2',
        'order: 2\n  role: &a [x, x, x, x, x, x]\n  photo: [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      );
      // "Café" saved in Latin-1: é is the single byte 0xE9.
      await writeFile(
        path.join(site.root, 'src/content/texts/home-intro.mdx'),
        Buffer.concat([
          Buffer.from('---\nshownOn: the overview page\n---\n\nSupport for your shop, Caf'),
          Buffer.from([0xe9]),
          Buffer.from('.\n'),
        ]),
      );
    },
    names: [
      'src/content/faq/what-is-covered.mdx:7 — (import or export) — "import fs from \'node:fs\'"',
      'src/content/faq/what-is-covered.mdx:9 — {…} — "{process.env.HOME}"',
      'src/content/faq/what-is-covered.mdx:9 — <script>',
      'src/content/faq/what-is-covered.mdx:9 — <iframe>',
      'src/content/faq/what-is-covered.mdx:11 — <base>',
      'src/content/faq/what-is-covered.mdx:11 — <style>',
      'src/content/faq/what-is-covered.mdx:11 — <img>',
      'src/content/faq/what-is-covered.mdx:13 — <PageLink> to — "//evil.example/"',
      'src/content/faq/which-language.mdx:7 — (MDX)',
      'src/content/faq/opening-hours.mdx:6 — answer — (none) — It is 5,219,999 characters long',
      'src/content/site.yaml:7 — links.helpDesk — "javascript:alert(document.domain)"',
      'src/content/site.yaml:12 — links.forum — "data:text/html,x"',
      'src/content/site.yaml:14 — links.bugTracker — "file:///etc/passwd"',
      // The alias bomb, one problem.
      'src/content/team.yaml:',
      'more than 10 times',
      'src/content/texts/home-intro.mdx:5 — (encoding)',
    ],
    problems: 15,
  },
  {
    mistake: 'five mistakes in five files',
    edit: async (site: TempSite) => {
      await site.replace(
        'src/content/plans/pro.mdx',
        'billedAnnually: 150',
        'billedAnnually: $177',
      );
      await site.replace('src/content/support-hours.yaml', 'Asia/Tokyo', 'Asia/Tokio');
      await site.replace('src/content/faq/what-is-covered.mdx', 'question:', 'qestion:');
      await site.replace(
        'src/content/licenses.yaml',
        'months: 6',
        'months: 6\n    entireSubscription: true',
      );
      await site.replace('src/content/team.yaml', /(id: li\n\s+name: Li\n\s+order:) 3/, '$1 1');
    },
    names: [
      'src/content/plans/pro.mdx:9 — pricePerMonth.billedAnnually — "$177"',
      'src/content/support-hours.yaml:11 — referenceCities[1].timeZone — "Asia/Tokio"',
      'src/content/faq/what-is-covered.mdx:2 — qestion',
      'src/content/licenses.yaml:13 — shop-lifetime.includedSupport',
      'src/content/team.yaml:11 — li.order — 1',
    ],
    problems: 5,
  },
])('a build with $mistake', ({ edit, names, problems }) => {
  let site: TempSite;
  let build: BuildResult;
  let expected: string[];

  beforeAll(async () => {
    ({ site, build, expected } = await buildWith(edit));
  });

  afterAll(async () => {
    await site.remove();
  });

  it('fails before building anything', async () => {
    expect(build.ok).toBe(false);
    expect(build.output).toContain('The build stopped here: nothing was built.');
    expect(build.output).not.toContain('Complete!');
    await expect(site.page('faq/')).rejects.toThrow(/ENOENT/);
  });

  it('names each file, line and field', () => {
    for (const name of names) expect(build.output).toContain(name);
  });

  it('prints exactly what npm run check prints, every problem at once', () => {
    expect(expected).toHaveLength(problems);
    for (const line of expected) expect(build.output).toContain(line);
  });
});
