import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ONE_PAGE_LIMIT } from '../../src/lib/faq-layout';
import { headersFileProblems } from '../../src/lib/security-headers';
import { budgets, kilobytes } from '../../tooling/budgets';
import { addGeneratedFaq, generateFaq } from '../../tooling/faq-generator';
import { TempSite } from '../../tooling/temp-site';

const GENERATED = 1000;
const PAGE_BUDGET = budgets.faqPageAtScale;

async function htmlFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** The page URLs in Pagefind's index: its fragments are gzip, prefixed "pagefind_dcd". */
async function indexedUrls(dist: string): Promise<string[]> {
  const folder = path.join(dist, 'pagefind', 'fragment');
  const urls = [];
  for (const file of await readdir(folder)) {
    const text = gunzipSync(await readFile(path.join(folder, file))).toString();
    urls.push((JSON.parse(text.replace(/^pagefind_dcd/, '')) as { url: string }).url);
  }
  return urls;
}

describe(`the FAQ at ${GENERATED} more questions`, () => {
  let site: TempSite;
  let dist: string;
  const { topics, entries } = generateFaq(GENERATED);

  beforeAll(async () => {
    expect(GENERATED).toBeGreaterThan(ONE_PAGE_LIMIT);
    site = await TempSite.create();
    await addGeneratedFaq(site, GENERATED);
    const result = await site.build();
    expect(result.ok, result.output).toBe(true);
    dist = path.join(site.root, 'dist');
  });

  afterAll(() => site.remove());

  it(`keeps every page under ${kilobytes(PAGE_BUDGET)} gzip`, async () => {
    const sizes = await Promise.all(
      (await htmlFiles(dist)).map(async (file) => ({
        page: path.relative(dist, file),
        gzip: gzipSync(await readFile(file)).length,
      })),
    );
    expect(sizes.length).toBeGreaterThan(topics.length);
    expect(sizes.filter(({ gzip }) => gzip > PAGE_BUDGET)).toEqual([]);
  });

  it('lists every question on /faq/, linked to its answer on its topic page', async () => {
    const overview = await site.page('faq/');
    expect(overview).not.toContain('data-pagefind-body');
    const sample = entries.filter((_, index) => index % 97 === 0);
    for (const entry of sample) {
      expect(overview).toContain(`href="/faq/${entry.topic}/#${entry.slug}"`);
      const topicPage = await site.page(`faq/${entry.topic}/`);
      // An h2 under the topic's h1: no heading level skipped.
      expect(topicPage).toMatch(new RegExp(`<h2 class="[^"]*" id="${entry.slug}"`));
    }
    // The real questions move to their topic pages too.
    expect(overview).toContain('href="/faq/reaching-us/#live-chat"');
    expect(await site.page('faq/reaching-us/')).toContain('id="live-chat"');
  });

  it('keeps _headers within the host’s limits, one CSP rule per page', async () => {
    const headers = await readFile(path.join(dist, '_headers'), 'utf-8');
    expect(headersFileProblems(headers)).toEqual([]);
    const rules = headers.split('\n').filter((line) => /^\//.test(line));
    expect(rules).toContain('/faq/');
    for (const topic of topics) expect(rules).toContain(`/faq/${topic.id}/`);
    // The catch-all, Pagefind's worker, and one per page but the 404 page, which the
    // catch-all covers.
    expect(rules).toHaveLength((await htmlFiles(dist)).length + 1);
  });

  it('indexes the topic pages for search, so results link to them', async () => {
    const urls = await indexedUrls(dist);
    expect(new Set(urls)).toEqual(
      new Set([
        ...topics.map((topic) => `/faq/${topic.id}/`),
        '/faq/reaching-us/',
        '/faq/what-we-do/',
        '/faq/products-and-partners/',
      ]),
    );
  });
});
