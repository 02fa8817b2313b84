import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { BrowserContext, Page } from '@playwright/test';
import { isMap, isSeq, parse, parseDocument } from 'yaml';
import { readContent, readContentFiles } from '../../src/content-model';
import { monthlyRateLimits } from '../../src/content-model/schemas/money';
import type { ContentProblem } from '../../src/content-model/problem';
import {
  CLONE_BRANCH,
  createClone,
  e2eCmsProxyPort,
  git,
  removeClone,
  startProxy,
  type LocalProxy,
} from '../../tooling/local-cms';
import { guidePictures, GUIDE_PICTURES_FOLDER } from '../support/guide-pictures';
import { expect, test } from './support';

/**
 * The content editor end to end, offline: Decap at /admin/ as the site's server
 * sends it (its own _headers policy), saving through decap-server in git mode on
 * a throwaway clone of this repository, so every save, status change and publish
 * is checked in real git. Values come from the clone's content, never today's.
 * Each step's screenshot goes to the guide's picture folder; the last test fails
 * if CONTRIBUTING.md shows a picture this run did not take.
 */

const run = promisify(execFile);

test.describe.configure({ mode: 'serial' });

let clone: string;
let proxy: LocalProxy;
const taken = new Set<string>();

test.beforeAll(async () => {
  clone = await createClone();
  proxy = await startProxy(clone, e2eCmsProxyPort());
});

test.afterAll(async () => {
  await proxy?.stop();
  if (clone) await removeClone(clone);
});

/** Every request the editor makes that is not to this machine: aborted, and kept to fail the test. */
async function keepOffline(context: BrowserContext): Promise<string[]> {
  const outside: string[] = [];
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    async (route) => {
      outside.push(route.request().url());
      await route.abort('blockedbyclient');
    },
  );
  return outside;
}

/**
 * The page's problems (the shared fixture's list) less the proxy's "no such
 * draft" answers: Decap asks for an entry's unpublished draft and decap-server
 * answers 404 when there is none, which the browser also logs. Anything else stays.
 */
function problemsBesidesNoDraft(page: Page, problems: string[]): () => string[] {
  let misses = 0;
  page.on('response', (response) => {
    const body = response.request().postData() ?? '';
    if (response.status() === 404 && response.url().endsWith('/admin/api/v1')) {
      if ((JSON.parse(body) as { action?: string }).action === 'unpublishedEntry') misses += 1;
    }
  });
  return () => {
    let http = misses;
    let logged = misses;
    return problems.filter((problem) => {
      if (http > 0 && /^HTTP 404: .*\/admin\/api\/v1$/.test(problem)) return (http -= 1) < 0;
      if (logged > 0 && /^console error: Failed to load resource: .* 404/.test(problem)) {
        return (logged -= 1) < 0;
      }
      return true;
    });
  };
}

/**
 * A refused save, as Decap reports it besides its notice: on the console, and as
 * the rejected persist promise it leaves unhandled (the content check's refusal
 * arrives as "Object", a field's as "undefined").
 */
const decapRefusal = new Set(['uncaught: Object', 'uncaught: undefined']);
const refusalAside = (problems: string[]) =>
  problems.filter((problem) => !problem.startsWith('console error') && !decapRefusal.has(problem));

async function picture(page: Page, name: string) {
  await mkdir(GUIDE_PICTURES_FOLDER, { recursive: true });
  await page.screenshot({
    path: path.join(GUIDE_PICTURES_FOLDER, `${name}.png`),
    animations: 'disabled',
  });
  taken.add(`${name}.png`);
}

async function logIn(page: Page, shot?: string) {
  await page.goto('admin/');
  const login = page.getByRole('button', { name: 'Login' });
  await expect(login).toBeVisible({ timeout: 30_000 });
  if (shot) await picture(page, shot);
  await login.click();
  await expect(page.getByRole('heading', { name: 'Collections' })).toBeVisible();
}

/**
 * Opens an entry as an editor does, from the collection's list (opening its
 * address straight after logging in races Decap's loading of the drafts and can
 * stay on "Loading entry...").
 */
async function openEntry(page: Page, collection: string, entry: string | RegExp) {
  await page.getByRole('link', { name: collection, exact: true }).click();
  // Each entry of the list is a link around its title.
  await page
    .getByRole('link')
    .filter({ has: page.getByRole('heading', { name: entry }) })
    .first()
    .click();
  // An entry with a draft takes several git checkouts in the proxy, one at a time
  // (it holds a lock): wait for them to be answered, then for the form.
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('button', { name: 'Save' })).toBeVisible();
}

/** A form field by its label, which Decap follows with "(optional)" where the field may stay empty. */
const field = (page: Page, label: string) =>
  page.getByLabel(new RegExp(`^${label}( \\(optional\\))?$`));

const fieldErrors = (page: Page, label: string) =>
  page
    .getByRole('listitem')
    .filter({ hasText: new RegExp(`^${label}\\b`) })
    .first();

/** Every branch and commit of the clone: what "nothing was written" compares. */
async function repositoryState(): Promise<string> {
  return git(clone, 'for-each-ref', '--format=%(refname) %(objectname)');
}

const fileOn = (ref: string, file: string) => git(clone, 'show', `${ref}:${file}`);

async function cmsBranches(): Promise<string[]> {
  const out = await git(clone, 'branch', '--list', 'cms/*', '--format=%(refname:short)');
  return out.split('\n').filter(Boolean);
}

/** The changed lines of `ref` against main, without the diff's headers. */
async function changedLines(ref: string): Promise<{ removed: string[]; added: string[] }> {
  const diff = await git(clone, 'diff', '--unified=0', CLONE_BRANCH, ref);
  const lines = diff
    .split('\n')
    .filter((line) => !/^(\+\+\+|---|@@|diff |index |new file)/.test(line));
  return {
    removed: lines.filter((line) => line.startsWith('-')).map((line) => line.slice(1)),
    added: lines.filter((line) => line.startsWith('+')).map((line) => line.slice(1)),
  };
}

const planFile = (id: string) => `src/content/plans/${id}.mdx`;

async function planFrontMatter(ref: string, id: string): Promise<Record<string, unknown>> {
  const [, frontMatter] =
    /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(await fileOn(ref, planFile(id))) ?? [];
  if (frontMatter === undefined) throw new Error(`${planFile(id)} on ${ref} has no front matter`);
  return parse(frontMatter) as Record<string, unknown>;
}

const annualPrice = (data: Record<string, unknown>) =>
  Number((data['pricePerMonth'] as Record<string, unknown>)['billedAnnually']);

/** Whatever the problems of the clone's content would be with `file` changed as given. */
async function problemsWith(
  file: string,
  change: (text: string) => string,
): Promise<readonly ContentProblem[]> {
  const files = await readContentFiles(clone);
  const contents = files.get(file);
  if (contents === undefined) throw new Error(`${file} is not in the content`);
  const text = typeof contents === 'string' ? contents : new TextDecoder().decode(contents);
  const changed = change(text);
  if (changed === text) throw new Error(`the change to ${file} changed nothing`);
  return readContent(new Map([...files, [file, changed]])).problems;
}

test('an editor logs in and changes Plus’s annual price: a cms/ branch whose diff is that one line', async ({
  page,
  context,
  pageProblems,
}) => {
  const outside = await keepOffline(context);
  const problems = problemsBesidesNoDraft(page, pageProblems);
  const before = annualPrice(await planFrontMatter(CLONE_BRANCH, 'plus'));
  // A dollar less, in the unit the page shows: a lower annual rate stays below the
  // monthly one whatever the content says (a cent more only at the range's floor).
  const lower = before - 1 >= monthlyRateLimits.min;
  const after = Math.round((lower ? before - 1 : before + 0.01) * 100) / 100;

  await logIn(page, 'editing-1-log-in');
  await picture(page, 'editing-2-collections');
  await openEntry(page, 'Plans', /Plus/);
  const price = field(page, 'Billed annually');
  await expect(price).toHaveValue(String(before));
  await price.fill(String(after));
  await picture(page, 'editing-3-change-a-price');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Entry saved')).toBeVisible();
  await picture(page, 'editing-4-saved-as-draft');

  expect(await cmsBranches()).toEqual(['cms/plans/plus']);
  const { removed, added } = await changedLines('cms/plans/plus');
  expect(removed).toHaveLength(1);
  expect(added).toEqual([removed[0]?.replace(/[\d.]+\s*$/, String(after))]);
  expect(annualPrice(await planFrontMatter('cms/plans/plus', 'plus'))).toBe(after);
  expect(outside).toEqual([]);
  expect(problems()).toEqual([]);
});

test('set Ready and published: main carries the new price and the content check passes on it', async ({
  page,
  context,
  pageProblems,
}) => {
  const outside = await keepOffline(context);
  const problems = problemsBesidesNoDraft(page, pageProblems);
  const saved = annualPrice(await planFrontMatter('cms/plans/plus', 'plus'));
  page.on('dialog', (dialog) => void dialog.accept());

  await logIn(page);
  await openEntry(page, 'Plans', /Plus/);
  await page.getByRole('button', { name: 'Status: Draft' }).click();
  await page.getByRole('menuitem', { name: 'Ready' }).click();
  await expect(page.getByText('Entry status updated')).toBeVisible();
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await picture(page, 'editing-5-publish');
  await page.getByRole('menuitem', { name: 'Publish now' }).click();
  await expect(page.getByText('Entry published')).toBeVisible();

  expect(await cmsBranches()).toEqual([]);
  expect(annualPrice(await planFrontMatter(CLONE_BRANCH, 'plus'))).toBe(saved);
  await run(process.execPath, ['--import', 'tsx', 'scripts/check-content.ts', clone]);
  expect(outside).toEqual([]);
  expect(problems()).toEqual([]);
});

test('an unchanged entry cannot be saved, and nothing is written', async ({
  page,
  context,
  pageProblems,
}) => {
  const outside = await keepOffline(context);
  const problems = problemsBesidesNoDraft(page, pageProblems);
  const state = await repositoryState();
  await logIn(page);
  await openEntry(page, 'Plans', /Plus/);
  const save = page.getByRole('button', { name: 'Save' });
  await expect(save).toBeDisabled();
  // A value typed and typed back is no change either.
  const price = field(page, 'Billed annually');
  const value = await price.inputValue();
  await price.fill(`${value}1`);
  await price.fill(value);
  await save.click({ force: true });
  await page.waitForLoadState('networkidle');
  expect(await repositoryState()).toBe(state);
  expect(outside).toEqual([]);
  expect(problems()).toEqual([]);
});

test('a negative price is refused with its message, and nothing is written', async ({
  page,
  context,
  pageProblems,
}) => {
  const outside = await keepOffline(context);
  const problems = problemsBesidesNoDraft(page, pageProblems);
  const state = await repositoryState();
  const plus = await planFrontMatter(CLONE_BRANCH, 'plus');
  const [belowZero] = await problemsWith(planFile('plus'), (text) =>
    text.replace(`billedAnnually: ${annualPrice(plus)}`, 'billedAnnually: -1'),
  );
  expect(belowZero?.message).toBeTruthy();
  await logIn(page);
  await openEntry(page, 'Plans', /Plus/);
  const price = field(page, 'Billed annually');
  await price.fill('-1');
  await page.getByRole('button', { name: 'Save' }).click();
  // Refused at the field (Decap lists a field's errors under it, each naming the
  // field) or, before the save, by the content check in its own words.
  await expect(
    fieldErrors(page, 'Billed annually')
      .or(page.getByText(belowZero?.message ?? ''))
      .first(),
  ).toBeVisible();
  await picture(page, 'editing-6-refused-at-the-field');
  await expect(page.getByText('Entry saved')).toHaveCount(0);
  expect(await repositoryState()).toBe(state);
  expect(outside).toEqual([]);
  expect(refusalAside(problems())).toEqual([]);
});

test('an empty name is refused at its field, and nothing is written', async ({
  page,
  context,
  pageProblems,
}) => {
  const outside = await keepOffline(context);
  const problems = problemsBesidesNoDraft(page, pageProblems);
  const state = await repositoryState();
  await logIn(page);
  await openEntry(page, 'Plans', /Plus/);
  await field(page, 'Name').fill('');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(fieldErrors(page, 'Name')).toBeVisible();
  await expect(page.getByText('Entry saved')).toHaveCount(0);
  expect(await repositoryState()).toBe(state);
  expect(outside).toEqual([]);
  expect(refusalAside(problems())).toEqual([]);
});

test('a mistake only the whole content shows (two plans in one place) is refused with the check’s message', async ({
  page,
  context,
  pageProblems,
}) => {
  const outside = await keepOffline(context);
  const problems = problemsBesidesNoDraft(page, pageProblems);
  const state = await repositoryState();
  const files = await readContentFiles(clone);
  const plus = await planFrontMatter(CLONE_BRANCH, 'plus');
  const other = [...files.keys()]
    .filter((file) => file.startsWith('src/content/plans/') && file !== planFile('plus'))
    .map((file) => path.basename(file, '.mdx'))[0];
  if (!other) throw new Error('the content has one plan only');
  const taken = Number((await planFrontMatter(CLONE_BRANCH, other))['order']);
  const expected = await problemsWith(planFile('plus'), (text) =>
    text.replace(`\norder: ${String(plus['order'])}\n`, `\norder: ${taken}\n`),
  );
  expect(expected.length).toBeGreaterThan(0);

  await logIn(page);
  await openEntry(page, 'Plans', /Plus/);
  await field(page, 'Order').fill(String(taken));
  await page.getByRole('button', { name: 'Save' }).click();
  const message = expected[0]?.message ?? '';
  await expect(page.getByText(message, { exact: false }).first()).toBeVisible();
  await picture(page, 'editing-7-refused-by-the-content-check');
  expect(await repositoryState()).toBe(state);
  expect(outside).toEqual([]);
  expect(refusalAside(problems())).toEqual([]);
});

test('a new team member added through the form: one more person, nothing else changed', async ({
  page,
  context,
  pageProblems,
}) => {
  const outside = await keepOffline(context);
  const problems = problemsBesidesNoDraft(page, pageProblems);
  const file = 'src/content/team.yaml';
  const people = parse(await fileOn(CLONE_BRANCH, file)) as { id: string; order: number }[];
  const name = 'Test Person';
  const id = `test-person-${people.length + 1}`;
  const order = Math.max(...people.map((person) => person.order)) + 1;

  await logIn(page);
  await openEntry(page, 'Team', 'Team');
  await page.getByRole('button', { name: /^Add / }).first().click();
  await field(page, 'Id').last().fill(id);
  await field(page, 'Name').last().fill(name);
  await field(page, 'Order').last().fill(String(order));
  await picture(page, 'editing-8-add-a-person');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Entry saved')).toBeVisible();

  const branch = (await cmsBranches()).find((ref) => ref.startsWith('cms/team/'));
  expect(branch).toBeDefined();
  const { removed, added } = await changedLines(branch ?? '');
  expect(removed).toEqual([]);
  expect(added.join('\n')).toContain(name);
  const saved = parseDocument(await fileOn(branch ?? '', file));
  expect(isSeq(saved.contents)).toBe(true);
  const last = isSeq(saved.contents) ? saved.contents.items.at(-1) : undefined;
  expect(isMap(last) ? last.toJSON() : undefined).toMatchObject({ id, name, order });
  expect(outside).toEqual([]);
  expect(problems()).toEqual([]);
});

test('a new question added through the form: one new answer file, which the content check accepts', async ({
  page,
  context,
  pageProblems,
}) => {
  const outside = await keepOffline(context);
  const problems = problemsBesidesNoDraft(page, pageProblems);
  const question = 'Can I try the editor on my own computer?';
  await logIn(page);
  await page.getByRole('link', { name: 'FAQ', exact: true }).click();
  await page.goto('admin/#/collections/faq/new');
  await field(page, 'Question').fill(question);
  // The topic is chosen from the topics file: a cross-file field.
  const topics = parse(await fileOn(CLONE_BRANCH, 'src/content/faq-topics.yaml')) as {
    id: string;
    name: string;
  }[];
  const topic = topics.at(-1);
  if (!topic) throw new Error('faq-topics.yaml has no topic');
  await page.getByRole('combobox', { name: 'Topic' }).fill(topic.name);
  await page.getByRole('option', { name: topic.name, exact: true }).click();
  await field(page, 'Order').fill('99');
  await page
    .getByLabel('Text', { exact: true })
    .fill('Yes: run the editor locally, as the guide says.');
  await picture(page, 'editing-9-add-a-question');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Entry saved')).toBeVisible();

  const branch = (await cmsBranches()).find((ref) => ref.startsWith('cms/faq/'));
  expect(branch).toBeDefined();
  const names = await git(clone, 'diff', '--name-status', CLONE_BRANCH, branch ?? '');
  expect(names.trim()).toMatch(/^A\tsrc\/content\/faq\/[a-z0-9-]+\.mdx$/);
  const written = await fileOn(branch ?? '', names.trim().split('\t')[1] ?? '');
  expect(written).toContain(`topic: ${topic.id}`);
  const files = await readContentFiles(clone);
  const answerFile = names.trim().split('\t')[1] ?? '';
  const check = readContent(new Map([...files, [answerFile, written]])).problems;
  expect(check).toEqual([]);
  expect(outside).toEqual([]);
  expect(problems()).toEqual([]);
});

test('CONTRIBUTING.md shows only pictures this run took', async () => {
  const shown = await guidePictures();
  expect(shown.length).toBeGreaterThan(0);
  for (const name of shown) expect(taken, `CONTRIBUTING.md shows ${name}`).toContain(name);
});
