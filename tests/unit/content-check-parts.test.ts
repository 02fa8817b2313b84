import { describe, expect, it } from 'vitest';
import { githubAnnotation } from '../../src/content-model';
import { checkContent } from '../../src/content-model/check';
import { BrokenRuleError, resolveModel } from '../../src/content-model/resolve';
import { goodContent } from '../support/content-fixtures';
import { frontMatterOf, readProse } from '../../src/content-model/prose';
import { readYaml } from '../../src/content-model/yaml';
import { closestMatch, editDistance } from '../../src/lib/spelling';

describe('readYaml', () => {
  const text = [
    '# a comment',
    '- id: first',
    '  values: { basic: yes }',
    '  nested:',
    '    deep: 1',
    '- id: second',
    '  order:',
    '',
  ].join('\n');
  const source = readYaml(text);

  it.each([
    [[0], 2],
    [[0, 'values', 'basic'], 3],
    [[0, 'nested', 'deep'], 5],
    [[1, 'order'], 7],
    // A missing field points at the deepest part that exists: its entry.
    [[1, 'name'], 6],
    [[5, 'name'], 2],
  ])('finds %j on line %i', (path, line) => {
    expect(source.lineOf(path)).toBe(line);
  });

  it('counts lines from where front matter starts', () => {
    expect(readYaml('question: Why?\norder: 2\n', 2).lineOf(['order'])).toBe(3);
  });

  it('reports a syntax mistake once per line, quoting the line', () => {
    const broken = readYaml('- id: a\n\tname: A\n');
    expect(broken.data).toBeUndefined();
    expect(broken.syntaxProblems).toEqual([
      expect.objectContaining({ line: 2, text: 'name: A', message: 'The line cannot be read.' }),
    ]);
  });

  it('reads front matter as it reads data files: a date stays text', () => {
    expect(readYaml('day: 2027-01-01\n', 2).data).toEqual({ day: '2027-01-01' });
  });
});

describe('front matter from the one parse of an MDX file', () => {
  const frontMatter = (source: string) => {
    const read = readProse(source);
    if (!('tree' in read)) throw new Error(read.problem.message);
    return frontMatterOf(read.tree, source);
  };

  it('gives the front matter and the body, with their first lines', () => {
    expect(frontMatter('---\na: 1\nb:\n  c: 2\n---\n\nText\n')).toEqual({
      yaml: 'a: 1\nb:\n  c: 2',
      line: 2,
      body: '\nText\n',
      bodyLine: 6,
    });
  });

  it('handles Windows line endings and a byte order mark', () => {
    expect(frontMatter('\uFEFF---\r\na: 1\r\n---\r\nText')).toMatchObject({
      yaml: 'a: 1',
      body: 'Text',
    });
  });

  it('explains a missing, unclosed or late front matter', () => {
    expect(frontMatter('Text only')).toMatchObject({ problem: { line: 1 } });
    expect(frontMatter('---\na: 1\n\nText')).toMatchObject({
      problem: { line: 1, message: 'The front matter is opened with --- but never closed.' },
    });
    expect(frontMatter('\n---\na: 1\n---\nText')).toMatchObject({
      problem: { line: 2, fix: 'Delete the empty lines above the first ---.' },
    });
  });
});

describe('spelling', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('questoin', 'question')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it.each([
    ['nmae', ['id', 'name', 'order'], 'name'],
    ['helpdesk', ['helpDesk', 'forum'], 'helpDesk'],
    ['anual', ['annual', 'monthly'], 'annual'],
    ['colour', ['plan', 'short'], undefined],
    ['x', ['y'], 'y'],
  ])('closestMatch(%s) is %s', (word, candidates, expected) => {
    expect(closestMatch(word, candidates)).toBe(expected);
  });
});

describe('githubAnnotation', () => {
  it('puts the problem on its file and line, escaping what GitHub would misread', () => {
    expect(
      githubAnnotation({
        file: 'src/content/plans/pro.mdx',
        line: 9,
        field: 'pricePerMonth.billedAnnually',
        value: '$125, or 100%',
        message: 'It is text, not a number.',
        fix: 'Write the price:\nlike 125.',
      }),
    ).toBe(
      '::error file=src/content/plans/pro.mdx,line=9,title=pricePerMonth.billedAnnually — "$125%2C or 100%25"::It is text, not a number. Write the price:%0Alike 125.',
    );
  });
});

describe('a list file through the content check', () => {
  const withTeam = async (team: string) => {
    const files = new Map(await goodContent());
    files.set('src/content/team.yaml', team);
    return checkContent(files);
  };

  it('refuses a repeated id, naming both entries, whatever else is wrong with them', async () => {
    const { problems } = await withTeam(
      '- id: ann\n  name: Ann\n  order: 1\n- id: ann\n  name: Bob\n  order: two\n',
    );
    expect(problems.map(({ line, field, message }) => [line, field, message])).toEqual([
      [4, 'ann.id', 'Entries 1 and 2 both use this id.'],
      [6, 'ann.order', 'It is text, not a number.'],
    ]);
  });

  it('names an entry that is not a group of fields by its place', async () => {
    const { problems } = await withTeam('- id: ann\n  name: Ann\n  order: 1\n- Bob\n');
    expect(problems).toEqual([
      expect.objectContaining({ line: 4, field: 'entry 2', value: 'Bob' }),
    ]);
  });

  it('reads a file that is not a list no further', async () => {
    const result = await withTeam('id: ann\nname: Ann\n');
    expect(result.problems).toEqual([
      expect.objectContaining({
        field: '(whole file)',
        message: 'It is a group of fields, not a list.',
      }),
    ]);
    expect(result.crossFileRulesSkipped).toBe(true);
  });
});

describe('the model resolver', () => {
  it('resolves content that passed the check', async () => {
    const { valid } = checkContent(await goodContent());
    expect(resolveModel(valid).plans.included.id).toBe('basic');
  });

  it('names the rule a change lost instead of rendering without it', async () => {
    const { valid } = checkContent(await goodContent());
    const included = valid.plans.filter((plan) => plan.data.kind === 'included');
    const plans = [...valid.plans, ...included.map((plan) => ({ ...plan, id: `${plan.id}-2` }))];
    expect(() => resolveModel({ ...valid, plans })).toThrow(
      new BrokenRuleError('exactly one plan comes with licenses'),
    );
    const site = { ...valid.site, contactQuestion: 'nobody' };
    expect(() => resolveModel({ ...valid, site })).toThrow(/contactQuestion/);
  });
});

describe('lines of nested fields in front matter', () => {
  it('names the very line of a field two levels down, and of a repeated feature id', async () => {
    const files = new Map(await goodContent());
    const file = 'src/content/plans/max.mdx';
    const text = new TextDecoder().decode(files.get(file) as Uint8Array);
    files.set(
      file,
      text
        .replace('explanation: We prepare your server.', 'explanation: ""')
        .replace('- id: app-building', '- id: live-chat'),
    );
    const { problems } = checkContent(files);
    expect(problems.map(({ line, field }) => [line, field])).toEqual([
      [21, 'features[1].explanation'],
      [23, 'features[2].id'],
    ]);
  });
});
