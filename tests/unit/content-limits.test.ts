import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/content-model/problem';
import { readContent } from '../../src/content-model';
import { goodContent } from '../support/content-fixtures';

/** The good fixture with one file replaced. */
async function withFile(file: string, text: string) {
  return readContent(new Map([...(await goodContent()), [file, text]]));
}

const answer = (body: string) =>
  [
    '---',
    'question: What does support cover?',
    'topic: coverage',
    'order: 1',
    '---',
    '',
    body,
  ].join('\n');

describe('limits that fit each text to its place on the page', () => {
  it('refuses a 5 MB answer, saying how long it is and how long it may be', async () => {
    const result = await withFile(
      'src/content/faq/what-is-covered.mdx',
      answer('Support covers a great deal. '.repeat(180_000)),
    );
    expect(result.problems.map(formatProblem)).toEqual([
      'src/content/faq/what-is-covered.mdx:6 — answer — (none) — It is 5,219,999 characters long, more than its place on the page holds. — Shorten it to at most 3000 characters, or split it into two questions.',
    ]);
  });

  it('accepts an answer of a few paragraphs', async () => {
    const result = await withFile(
      'src/content/faq/what-is-covered.mdx',
      answer('Support covers questions on how the platform works, and small fixes.\n\n'.repeat(30)),
    );
    expect(result.problems).toEqual([]);
  });
});

describe('addresses in site.yaml', () => {
  it.each([
    ['http://help.example.com/', 'The address uses "http:", which this site does not allow.'],
    ['mailto:help@example.com', 'It is an e-mail address.'],
    ['//help.example.com/', 'The address is not a full web address.'],
    ['help.example.com', 'The address is not a full web address.'],
  ])('refuses %s for an https field', async (address, message) => {
    const site = (await goodContent()).get('src/content/site.yaml');
    const text = Buffer.from(site ?? '').toString('utf-8');
    const result = await withFile(
      'src/content/site.yaml',
      text.replace('helpDesk: https://help.example.com/', `helpDesk: '${address}'`),
    );
    expect(result.problems).toEqual([
      expect.objectContaining({
        field: 'links.helpDesk',
        message,
        fix: 'links.helpDesk must be a full web address starting with https://, like https://www.cs-cart.com/.',
      }),
    ]);
  });
});
