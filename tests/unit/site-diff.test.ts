import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readContent, type ContentFiles } from '../../src/content-model';
import { budgets, kilobytes, pageBudgets } from '../../tooling/budgets';
import { readPage, type BuiltPage } from '../../tooling/site-diff/built-site';
import { compareSites, siteReport, type SiteSide } from '../../tooling/site-diff';
import { escapeText } from '../../tooling/site-diff/escape';
import { formatFailure, formatSiteReport, REPORT_MARKER } from '../../tooling/site-diff/report';
import { WEIGHT_SHARE } from '../../tooling/site-diff/weights';
import { goodContent } from '../support/content-fixtures';

/**
 * The site diff on fixture pairs: the good content fixture before, the same with
 * one editor's change after. Expected wording is built from the values the test
 * writes into the fixture, never from today's site.
 */

const file = (name: string) => `src/content/${name}`;

/** The good fixture with each replacement made; a replacement that finds nothing fails the test. */
async function edited(...edits: [name: string, from: string | RegExp, to: string][]) {
  const files = new Map(await goodContent()) as Map<string, string | Uint8Array>;
  for (const [name, from, to] of edits) {
    const text = String(files.get(file(name)) ?? '');
    const changed = text.replace(from, to);
    if (changed === text) throw new Error(`${name} does not contain ${String(from)}`);
    files.set(file(name), changed);
  }
  return files;
}

function side(label: string, files: ContentFiles, pages: BuiltPage[] = []): SiteSide {
  const { model, problems } = readContent(files);
  if (!model) throw new Error(JSON.stringify(problems));
  return { label, model, pages: new Map(pages.map((page) => [page.route, page])) };
}

async function reportFor(after: ContentFiles, pages?: [BuiltPage[], BuiltPage[]]) {
  return siteReport(
    side('before', await goodContent(), pages?.[0]),
    side('after', after, pages?.[1]),
  );
}

/** A small built page, as the site's layout writes one. */
function page(
  route: string,
  {
    title = 'FAQ',
    description = 'Questions.',
    answers = {},
    data = {},
  }: {
    title?: string;
    description?: string;
    answers?: Record<string, [question: string, answer: string]>;
    data?: object;
  },
): BuiltPage {
  const articles = Object.entries(answers)
    .map(
      ([id, [question, answer]]) =>
        `<article aria-labelledby="${id}"><h3 id="${id}">${question}</h3><div><p>${answer}</p></div></article>`,
    )
    .join('');
  return readPage(
    route,
    `<!doctype html><html><head><title>${title}</title><meta name="description" content="${description}"><script type="application/ld+json">${JSON.stringify(data)}</script></head><body><main><h1>${title}</h1>${articles}</main><script>console.log("not text")</script></body></html>`,
  );
}

const euros = (cents: number) => `€${(cents / 100).toLocaleString('en-US')}`;

/** Pro's annual price a tenth lower, in whatever unit the fixture writes it. */
async function lowerProPrice() {
  const text = String((await goodContent()).get(file('plans/pro.mdx')));
  const written = /billedAnnually: (\d+)\n/.exec(text)?.[1];
  if (written === undefined) throw new Error('plans/pro.mdx gives no whole annual price');
  const lower = String(Math.round(Number(written) * 0.9));
  return edited(['plans/pro.mdx', `billedAnnually: ${written}\n`, `billedAnnually: ${lower}\n`]);
}

function proPrices(files: ContentFiles) {
  const pro = readContent(files).model?.plans.priced.find((plan) => plan.id === 'pro');
  if (!pro) throw new Error('The fixture has no priced plan "pro".');
  return pro.prices;
}

describe('site diff on fixture pairs', () => {
  it('a price change reads before → after in the card’s words: month, year, savings', async () => {
    const after = await lowerProPrice();
    const [old, now] = [proPrices(await goodContent()), proPrices(after)];
    const report = await reportFor(after);
    const saves = (annual: number) =>
      `${Math.floor(((old.billedMonthly - annual) * 100) / old.billedMonthly)}%`;
    expect(report).toContain(
      `- Care Pro, price: ${euros(old.billedAnnually)} → ${euros(now.billedAnnually)} per month, billed annually; ${euros(old.billedAnnually * 12)} → ${euros(now.billedAnnually * 12)} charged once a year; Save ${saves(old.billedAnnually)} → ${saves(now.billedAnnually)}\n`,
    );
    expect(report).toContain('### Plans · `/plans/`\n');
    expect(report).not.toContain('billed monthly');
  });

  it('a new question is named with its topic and its answer', async () => {
    const question = 'Do you answer on weekends?';
    const answer = 'No, only on working days.';
    const files = await edited();
    files.set(
      file('faq/weekends.mdx'),
      `---\nquestion: ${question}\ntopic: coverage\norder: 5\n---\n\n${answer}\n`,
    );
    const faq = (extra: Record<string, [string, string]>) =>
      page('/faq/', {
        answers: { 'what-is-covered': ['What does support cover?', 'Small fixes.'], ...extra },
      });
    const report = await reportFor(files, [[faq({})], [faq({ weekends: [question, answer] })]]);
    expect(report).toContain(`- Question added under What support covers: “${question}”\n`);
    expect(report).toContain(`  - Answer: “${escapeText(answer)}”\n`);
  });

  it('a removed team member is named', async () => {
    const report = await reportFor(
      await edited(['team.yaml', /- id: li\n\s+name: Li\n\s+order: 3\n/, '']),
    );
    expect(report).toContain('- Team member removed: “Li”\n');
  });

  it('changed hours read before → after with the offset', async () => {
    const report = await reportFor(
      await edited(
        ['support-hours.yaml', "opens: '08:30'", "opens: '10:00'"],
        ['support-hours.yaml', "closes: '17:30'", "closes: '19:00'"],
      ),
    );
    expect(report).toContain('- Support hours: 8:30 to 17:30 → 10:00 to 19:00 at GMT+3\n');
  });

  it('a comment and a reordered file that render the same are no visible change', async () => {
    const team = String((await goodContent()).get(file('team.yaml')));
    const entries = team.split(/\n(?=- id:)/);
    const files = await edited();
    files.set(file('team.yaml'), `# The team.\n${[...entries].reverse().join('\n')}\n`);
    const report = await reportFor(files, [[page('/faq/', {})], [page('/faq/', {})]]);
    expect(report).toContain('**No visible change.**');
    expect(report).not.toContain('###');
  });

  it('gives the same report for the same input', async () => {
    const after = await lowerProPrice();
    expect(await reportFor(after)).toBe(await reportFor(after));
  });

  it('renamed people and reordered questions are said as such', async () => {
    const report = await reportFor(
      await edited(
        ['team.yaml', 'name: Maria', 'name: Maria Rossi'],
        ['faq/which-language.mdx', 'order: 2', 'order: 1'],
        ['faq/opening-hours.mdx', 'order: 1', 'order: 2'],
      ),
    );
    expect(report).toContain('- Team member renamed: “Maria” → “Maria Rossi”\n');
    expect(report).toMatch(
      /- Order of the questions under Getting in touch: .+ → In which language/,
    );
  });
});

describe('site diff on built pages', () => {
  it('names changed titles, descriptions, structured data and answer sentences', async () => {
    const files = await goodContent();
    const before = page('/faq/', {
      title: 'Old title',
      description: 'Old description.',
      data: {
        '@type': 'FAQPage',
        name: 'FAQ',
        mainEntity: [{ '@type': 'Question', name: 'Why?', text: 'Because.' }],
      },
      answers: {
        'what-is-covered': [
          'What does support cover?',
          'First sentence. Second sentence. Third sentence.',
        ],
        // Labelled like an answer, but no question of the FAQ.
        'plan-card': ['A plan card', '€10 a month.'],
      },
    });
    const after = page('/faq/', {
      title: 'New title',
      description: 'New description.',
      data: {
        '@type': 'FAQPage',
        name: 'FAQ',
        mainEntity: [{ '@type': 'Question', name: 'Why?', text: 'Since.' }],
      },
      answers: {
        'what-is-covered': [
          'What does support cover?',
          'First sentence. Second sentence, reworded. Third sentence.',
        ],
        'plan-card': ['A plan card', '€12 a month.'],
      },
    });
    const report = siteReport(
      side('before', files, [before]),
      side('after', files, [after, page('/new/', { title: 'New page' })]),
    );
    expect(report).toContain('- Title: “Old title” → “New title”\n');
    expect(report).toContain('- Description: “Old description.” → “New description.”\n');
    expect(report).toContain('  - mainEntity › Question “Why?” › text: “Because.” → “Since.”\n');
    expect(report).toContain(
      '- Answer changed: “What does support cover?”\n  - “Second sentence.” → “Second sentence, reworded.”\n',
    );
    expect(report).not.toContain('First sentence');
    expect(report).not.toContain('Answer changed: “A plan card”');
    expect(report).toContain('- `/new/` added: “New page”\n');
  });

  it('names a page weight that moved by more than the set share of its budget', () => {
    const [route, name] = Object.entries(pageBudgets)[0] as [string, keyof typeof budgets];
    const budget = budgets[name];
    const small = Math.floor(budget * WEIGHT_SHARE) - 1;
    const large = Math.ceil(budget * WEIGHT_SHARE) + 1;
    const sides = (before: number, after: number) =>
      compareSites(
        {
          label: 'a',
          model: { problem: 'none' },
          pages: new Map(),
          weights: new Map([[route, before]]),
        },
        {
          label: 'b',
          model: { problem: 'none' },
          pages: new Map(),
          weights: new Map([[route, after]]),
        },
      );
    expect(sides(1000, 1000 + small).weights).toEqual([]);
    const report = formatSiteReport(sides(1000, 1000 + large));
    expect(report).toContain(
      `- Page weight: ${kilobytes(1000)} → ${kilobytes(1000 + large)} of its ${kilobytes(budget)} budget (up`,
    );
  });
});

describe('site diff report safety', () => {
  it('cannot mention, link or embed anything from content', async () => {
    // Each within the 60 characters a name may have.
    const hostile = [
      'Ask @octocat, #12 or https://evil.example/x',
      '![pic](https://e.example/p.png) <img src=x>',
      '[l](javascript:x) $x$ www.evil.example',
    ];
    const report = await reportFor(
      await edited(
        ['team.yaml', 'name: Li', `name: "${hostile[0]}"`],
        ['team.yaml', 'name: Maria', `name: "${hostile[1]}"`],
        ['team.yaml', 'name: Tomás Ortega', `name: "${hostile[2]}"`],
      ),
    );
    expect(report.match(/Team member renamed/g)).toHaveLength(3);
    for (const unsafe of ['@octocat', '#12', 'https://', 'www.evil', '![', '<img', '$x$']) {
      expect(report).not.toContain(unsafe);
    }
    // A link needs "](" with the bracket unescaped.
    expect(report).not.toMatch(/(?<!\\)\]\(/);
  });

  it('says which build failed and why, and nothing else', () => {
    const report = formatFailure([
      {
        side: 'the base, `abc1234`',
        reason: 'Its build failed.',
        output: 'line 1\n```\nError: boom',
      },
    ]);
    expect(report.startsWith(REPORT_MARKER)).toBe(true);
    expect(report).toContain(
      '**No report: the base, `abc1234` could not be built.** Its build failed.',
    );
    expect(report).toContain('Error: boom');
    expect(report).toMatch(/````text\n[\s\S]*\n````/);
    expect(report).not.toContain('No visible change');
  });
});

describe('fixed build clock', () => {
  it('makes the build see the given date, and time still runs', async () => {
    const clock = path.resolve('tooling/site-diff/fixed-clock.ts');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        '--import',
        clock,
        '-e',
        'const a = Date.now(); console.log(new Date().toISOString(), new Date(0).getUTCFullYear(), Date.now() >= a)',
      ],
      { env: { ...process.env, SITE_DIFF_CLOCK: '2031-02-03T12:00:00Z' } },
    );
    expect(stdout).toMatch(/^2031-02-03T12:00:0\d\.\d{3}Z 1970 true\n$/);
  });
});
