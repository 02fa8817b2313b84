import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBuiltSite, siteReport, compareSites, readModel } from '../../tooling/site-diff';
import type { SiteSide } from '../../tooling/site-diff';
import type { BuiltPage } from '../../tooling/site-diff/built-site';
import type { FactChange } from '../../tooling/site-diff/compare-facts';
import { subjectPage, type Part } from '../../tooling/site-diff/facts';
import { factLine } from '../../tooling/site-diff/report';
import { TempSite } from '../../tooling/temp-site';
import { fixturesRoot } from '../support/content-fixtures';

/**
 * The site diff quotes the site: two builds of the good content fixture, the
 * second with an editor's change to each kind of fact (a price, what a plan
 * adds, comparison cells, a license's kind and support, the days and hours, a
 * role, a topic), and every fact line of the report between them is found, word
 * for word, in the built page its section names: each side's reading in that
 * side's page, within one block of visible text as the site diff reads it
 * (markup stripped, entities decoded, whitespace collapsed). New values are the
 * fixture's own with a change, never today's site content.
 */

type Changed = Extract<FactChange, { kind: 'changed' }>;

let before: TempSite;
let after: TempSite;
let sides: [SiteSide, SiteSide];

async function sideOf(site: TempSite, label: string): Promise<SiteSide> {
  return {
    label,
    model: await readModel(site.root),
    pages: await readBuiltSite(path.join(site.root, 'dist')),
  };
}

/** Pro's annual price a tenth lower, in whatever unit the fixture writes it. */
async function lowerProPrice(site: TempSite) {
  const file = 'src/content/plans/pro.mdx';
  const written = /billedAnnually: (\d+)\n/.exec(await site.read(file))?.[1];
  if (written === undefined) throw new Error(`${file} gives no whole annual price`);
  const lower = Math.round(Number(written) * 0.9);
  await site.replace(file, `billedAnnually: ${written}\n`, `billedAnnually: ${lower}\n`);
}

/** A number in a file, made larger by `by`: "responseTimeHours: 10" → 12. */
async function raise(site: TempSite, file: string, field: string, by: number) {
  const pattern = new RegExp(`${field}: (\\d+)`);
  const found = pattern.exec(await site.read(file))?.[1];
  if (found === undefined) throw new Error(`${file} has no ${field}`);
  await site.replace(file, pattern, `${field}: ${Number(found) + by}`);
}

beforeAll(async () => {
  [before, after] = await Promise.all([TempSite.create(), TempSite.create()]);
  const good = path.join(fixturesRoot, 'good');
  await Promise.all([before.useContent(good), after.useContent(good)]);
  const content = (file: string) => `src/content/${file}`;
  await lowerProPrice(after);
  await raise(after, content('plans/pro.mdx'), 'minorModificationsPerMonth', 1);
  await raise(after, content('plans/pro.mdx'), 'responseTimeHours', 2);
  await raise(after, content('plans/basic.mdx'), 'perMonth', 5);
  await after.replace(content('comparison.yaml'), 'max: Quarterly', 'max: Every month');
  await after.replace(content('comparison.yaml'), 'basic: no, pro: no', 'basic: no, pro: yes');
  await after.replace(
    content('licenses.yaml'),
    /kind: lifetime(\s+order: \d+\s+includedSupport:\s+months: )(\d+)/,
    'kind: annual-subscription$1$2',
  );
  await raise(after, content('licenses.yaml'), 'months', 1);
  await after.replace(
    content('support-hours.yaml'),
    /businessDays: \[.*\]/,
    'businessDays: [wednesday, monday, tuesday]',
  );
  await after.replace(content('support-hours.yaml'), /opens: '0?8:30'/, "opens: '09:15'");
  await after.replace(content('team.yaml'), 'role: Support engineer', 'role: Team lead');
  await after.replace(content('faq/which-language.mdx'), 'topic: contact', 'topic: coverage');
  // One at a time: two builds at once only slow each other on a small machine.
  for (const site of [before, after]) {
    const build = await site.build();
    if (!build.ok) throw new Error(build.output);
  }
  sides = [await sideOf(before, 'before'), await sideOf(after, 'after')];
});

afterAll(async () => {
  await Promise.all([before?.remove(), after?.remove()]);
});

const reading = (part: Part) => `${part.prefix ?? ''}${part.value}${part.suffix ?? ''}`;

/** The visible lines (blocks) of a page that hold a reading word for word. */
const linesHolding = (page: BuiltPage | undefined, words: string) =>
  page?.lines.filter((line) => line.includes(words)).length ?? 0;

describe('the site diff quotes the built pages', () => {
  it('finds every fact line of the report, word for word, in the page it names', () => {
    const comparison = compareSites(...sides);
    const report = siteReport(...sides);
    const changed = comparison.facts.filter((fact): fact is Changed => fact.kind === 'changed');
    // Each kind of fact the edits touch is in the report; none is left to luck.
    expect(changed.map(({ key }) => key)).toEqual(
      expect.arrayContaining([
        'plan:pro:billed-annually',
        'plan:pro:adds',
        'plan:basic:adds',
        'plan:pro:response-time',
        'comparison:speed:max',
        'comparison:speed:pro',
        'comparison:requests:basic',
        'comparison:response-time:pro',
        'license:shop-lifetime:kind',
        'license:shop-lifetime:included-support',
        'hours:days',
        'hours:hours',
        'person:maria:role',
        'question:which-language:topic',
      ]),
    );
    const missing: string[] = [];
    const unmoved: string[] = [];
    let found = 0;
    for (const change of changed) {
      const route = subjectPage[change.subject];
      expect(route, `${change.label} names no page`).toBeDefined();
      const heading = `### ${change.subject} · \`${route}\``;
      const section = report.slice(report.indexOf(`${heading}\n`));
      expect(report).toContain(`${heading}\n`);
      expect(section.split('\n### ')[0]).toContain(`\n- ${factLine(change)}\n`);
      const [oldPage, newPage] = sides.map((side) => side.pages.get(route ?? ''));
      for (const [label, page, otherPage, parts, otherParts] of [
        ['before', oldPage, newPage, change.sides.before, change.sides.after],
        ['after', newPage, oldPage, change.sides.after, change.sides.before],
      ] as const) {
        expect(page, `${label} has no ${route}`).toBeDefined();
        const otherReadings = otherParts.map(reading);
        // The diff's own words ("none", "yes") are the one reading no page holds.
        for (const part of parts.filter(({ ownWords }) => !ownWords)) {
          const words = reading(part);
          const lines = linesHolding(page, words);
          if (lines === 0) missing.push(`${label} ${route}: “${words}” (${change.label})`);
          else found += 1;
          // Where the site words a changed figure, the page changed there too: a phrase
          // that also stands elsewhere on the page ("Included") is not found by chance.
          if (
            !part.text &&
            !otherReadings.includes(words) &&
            lines <= linesHolding(otherPage, words)
          ) {
            unmoved.push(`${label} ${route}: “${words}” (${change.label})`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
    expect(unmoved).toEqual([]);
    expect(found).toBeGreaterThanOrEqual(2 * changed.length);
  });
});
