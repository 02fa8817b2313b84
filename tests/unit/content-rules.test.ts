import { describe, expect, it } from 'vitest';
import { ContentCheckError } from '../../src/content-model';
import { pageTexts } from '../../src/content-model/files';
import { formatProblem } from '../../src/content-model/problem';
import { findContentProblems, type ContentSnapshot } from '../../src/content-model/rules';

interface PlanExtra {
  includedWithLicense?: true;
  priced?: boolean;
  extends?: string;
  features?: { id: string }[];
}

const plan = (id: string, order: number, extra: PlanExtra = {}) => ({
  id,
  file: `src/content/plans/${id}.mdx`,
  data: { order, features: [], priced: !extra.includedWithLicense, ...extra },
});

function validSnapshot(): ContentSnapshot {
  return {
    plans: [
      plan('standard', 1, { includedWithLicense: true }),
      plan('plus', 2, { extends: 'standard', features: [{ id: 'chat' }] }),
    ],
    faqTopics: [{ id: 'help', file: 'src/content/faq-topics.yaml', data: { order: 1 } }],
    faq: [
      {
        id: 'hours',
        file: 'src/content/faq/hours.mdx',
        data: { topic: 'help', order: 1 },
        body: 'We answer on weekdays.',
      },
    ],
    comparison: [
      {
        id: 'advice',
        file: 'src/content/comparison.yaml',
        data: { order: 1, values: { standard: 'yes', plus: 'yes' } },
      },
    ],
    licenses: [{ id: 'lifetime', file: 'src/content/licenses.yaml', data: { order: 1 } }],
    team: [{ id: 'ann', file: 'src/content/team.yaml', data: { order: 1 } }],
    texts: Object.values(pageTexts).map((id) => ({
      id,
      file: `src/content/texts/${id}.mdx`,
      data: undefined,
    })),
    site: { id: 'site', file: 'src/content/site.yaml', data: { contactQuestion: 'hours' } },
  };
}

describe('cross-collection content rules', () => {
  it('find nothing wrong in consistent content', () => {
    expect(findContentProblems(validSnapshot())).toEqual([]);
  });

  it('report a plan extending a plan that does not exist, naming file and field', () => {
    const snapshot = validSnapshot();
    snapshot.plans[1] = plan('plus', 2, { extends: 'standart' });
    expect(findContentProblems(snapshot).map(formatProblem)).toEqual([
      'src/content/plans/plus.mdx — extends — "standart" — There is no plan "standart". — Did you mean "standard"? Use one of: standard, plus.',
    ]);
  });

  it('report plans that extend each other in a circle', () => {
    const snapshot = validSnapshot();
    snapshot.plans = [
      plan('standard', 1, { includedWithLicense: true, extends: 'plus' }),
      plan('plus', 2, { extends: 'standard' }),
    ];
    const fields = findContentProblems(snapshot).map(
      (problem) => `${problem.file} ${problem.field}`,
    );
    expect(fields).toEqual([
      'src/content/plans/standard.mdx extends',
      'src/content/plans/plus.mdx extends',
    ]);
  });

  it('require exactly one plan to come with licenses', () => {
    const snapshot = validSnapshot();
    snapshot.plans[1] = plan('plus', 2, {
      extends: 'standard',
      includedWithLicense: true,
      priced: true,
    });
    expect(findContentProblems(snapshot)).toEqual([
      expect.objectContaining({
        file: 'src/content/plans/plus.mdx',
        field: 'includedWithLicense',
        message: 'Exactly one plan must come with licenses; 2 do.',
      }),
    ]);
  });

  it('require every text a page shows, and no text no page shows', () => {
    const snapshot = validSnapshot();
    snapshot.texts = [
      ...snapshot.texts.filter((text) => text.id !== 'team-intro'),
      { id: 'team-intr', file: 'src/content/texts/team-intr.mdx', data: undefined },
    ];
    expect(findContentProblems(snapshot).map(formatProblem)).toEqual([
      'src/content/texts/team-intro.mdx — (file) — (none) — The file is missing, and a page shows its text. — Restore it from the main branch, then change its text.',
      `src/content/texts/team-intr.mdx — (file name) — "team-intr" — No page shows a text by this name. — Did you mean "team-intro"? Use one of: ${Object.values(pageTexts).join(', ')}. A new text needs a developer to place it on a page.`,
    ]);
  });

  it('require at least one plan with a list price', () => {
    const snapshot = validSnapshot();
    snapshot.plans[1] = plan('plus', 2, { extends: 'standard', priced: false });
    expect(findContentProblems(snapshot).map(formatProblem)).toEqual([
      'src/content/plans — pricePerMonth — (none) — No plan has a list price, so the plan cards and the calculator have nothing to sell. — Give at least one plan pricePerMonth with billedAnnually and billedMonthly.',
    ]);
  });

  it('require the contact question in site.yaml to be a question', () => {
    const snapshot = validSnapshot();
    snapshot.site = {
      id: 'site',
      file: 'src/content/site.yaml',
      data: { contactQuestion: 'hour' },
    };
    expect(findContentProblems(snapshot).map(formatProblem)).toEqual([
      'src/content/site.yaml — contactQuestion — "hour" — There is no FAQ question "hour" (a question\'s id is its file name, without .mdx). — Did you mean "hours"? Use one of: hours.',
    ]);
  });

  it('report repeated orders in every ordered collection, FAQ orders per topic', () => {
    const snapshot = validSnapshot();
    snapshot.plans[1] = plan('plus', 1, { extends: 'standard' });
    snapshot.team.push({ id: 'bob', file: 'src/content/team.yaml', data: { order: 1 } });
    snapshot.faq.push({
      id: 'chat',
      file: 'src/content/faq/chat.mdx',
      data: { topic: 'help', order: 1 },
      body: 'Yes.',
    });
    expect(findContentProblems(snapshot).map(formatProblem)).toEqual([
      'src/content/plans/plus.mdx — plus.order — 1 — "plus" has the same order as "standard" among the plans. — Give each entry its own order number.',
      'src/content/faq/chat.mdx — chat.order — 1 — "chat" has the same order as "hours" in the topic "help". — Give each entry its own order number.',
      'src/content/team.yaml — bob.order — 1 — "bob" has the same order as "ann" in the team. — Give each entry its own order number.',
    ]);
  });

  it('report an unknown FAQ topic and an empty answer', () => {
    const snapshot = validSnapshot();
    snapshot.faq = [
      {
        id: 'hours',
        file: 'src/content/faq/hours.mdx',
        data: { topic: 'billing', order: 1 },
        body: ' \n',
      },
    ];
    expect(findContentProblems(snapshot).map((problem) => problem.field)).toEqual([
      'topic',
      'answer',
    ]);
  });

  it('report comparison cells for unknown plans and plans without a cell', () => {
    const snapshot = validSnapshot();
    snapshot.comparison = [
      {
        id: 'advice',
        file: 'src/content/comparison.yaml',
        data: { order: 1, values: { standard: 'yes', pluss: 'yes' } },
      },
    ];
    expect(findContentProblems(snapshot).map((problem) => problem.message)).toEqual([
      'There is no plan "pluss".',
      'The plan "plus" has no value in this row.',
    ]);
  });

  it('report a feature id used by two plans', () => {
    const snapshot = validSnapshot();
    snapshot.plans[0] = plan('standard', 1, {
      includedWithLicense: true,
      features: [{ id: 'chat' }],
    });
    expect(findContentProblems(snapshot)).toEqual([
      expect.objectContaining({ file: 'src/content/plans/plus.mdx', field: 'features[0].id' }),
    ]);
  });

  it('gather every problem into the one report that stops a build', () => {
    const snapshot = validSnapshot();
    snapshot.plans[1] = plan('plus', 1, { extends: 'gold' });
    const problems = findContentProblems(snapshot);
    const error = new ContentCheckError({
      problems,
      filesChecked: 9,
      crossFileRulesSkipped: false,
    });
    expect(error.message).toMatchInlineSnapshot(`
      "Content check found 2 problems in 1 file.
      Each line reads: file:line — field — the value written — what is wrong — how to fix it.

      src/content/plans/plus.mdx — extends — "gold" — There is no plan "gold". — Use one of: standard, plus.
      src/content/plans/plus.mdx — plus.order — 1 — "plus" has the same order as "standard" among the plans. — Give each entry its own order number.

      The build stopped here: nothing was built."
    `);
  });
});
