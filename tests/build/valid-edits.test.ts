import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import { readContent, readContentFiles, type SiteModel } from '../../src/content-model';
import { contentLayout } from '../../src/content-model/files';
import { centsAsText } from '../../src/content-model/schemas/money';
import { textOf } from '../support/html';
import { TempSite } from '../../tooling/temp-site';

/**
 * The edits editors make most, all at once in one copy of the site: both prices
 * of a plan, a response time, a request allowance, a license's included months,
 * the opening and closing hours, one more person and one more question. The new
 * values are computed from today's content, so the battery holds whatever the
 * content says; what visitors should then see is worked out here with Intl and
 * arithmetic, not with the site's own formatting code. Every page, the
 * calculator's props, the search index and the structured data must follow, and
 * the old renderings must be gone.
 */

const routes = ['', 'plans/', 'faq/', 'team/', 'support-hours/'];

/** Money as a visitor reads it: whole amounts without cents. */
const money = (cents: number, currency: string) =>
  new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency,
    minimumFractionDigits: cents % 100 === 0 ? 0 : 2,
  }).format(cents / 100);

/** "09:00" → "9:00", as running text writes a 24-hour time. */
const clock = (time: string) => time.replace(/^0/, '');
const addHours = (time: string, hours: number) =>
  `${String(Number(time.slice(0, 2)) + hours).padStart(2, '0')}${time.slice(2)}`;

/** A value that none of `taken` has, near `from`. */
const unused = (from: number, taken: readonly number[]) => {
  let value = from;
  while (taken.includes(value)) value += 1;
  return value;
};

async function editYaml(site: TempSite, file: string, edit: (doc: Document) => void) {
  const doc = parseDocument(await site.read(file));
  edit(doc);
  await site.write(file, doc.toString());
}

async function editFrontMatter(site: TempSite, file: string, edit: (doc: Document) => void) {
  const text = await site.read(file);
  const parts = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!parts) throw new Error(`${file} does not start with front matter.`);
  const doc = parseDocument(parts[1] ?? '');
  edit(doc);
  await site.write(file, `---\n${doc.toString()}---\n${parts[2] ?? ''}`);
}

/** The text of every answer and heading in Pagefind's index. */
async function indexedText(dist: string): Promise<string> {
  const folder = path.join(dist, 'pagefind', 'fragment');
  const texts = [];
  for (const file of await readdir(folder)) {
    texts.push(gunzipSync(await readFile(path.join(folder, file))).toString());
  }
  return texts.join('\n');
}

const jsonLd = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map(
    ([, json]) => JSON.parse(json ?? '{}') as unknown,
  );

function modelOf(files: Awaited<ReturnType<typeof readContentFiles>>): SiteModel {
  const result = readContent(files);
  if (!result.model) throw new Error(result.problems.map((problem) => problem.message).join('\n'));
  return result.model;
}

describe('a battery of valid edits, in one copy of the site', () => {
  let site: TempSite;
  let before: SiteModel;
  let after: SiteModel;
  const pages: Record<string, string> = {};
  const html: Record<string, string> = {};
  let index = '';

  // What the battery changes, chosen by role so that it works on any content.
  let priced: SiteModel['plans']['priced'][number];
  let fastest: SiteModel['plans']['all'][number];
  let allowancePlan: SiteModel['plans']['all'][number];
  let lifetime: SiteModel['licenses'][number];
  const newPerson = { id: 'zofia-battery', name: 'Zofia Battery' };
  const newQuestion = {
    id: 'battery-question',
    question: 'Can a battery of edits reach every page?',
  };

  beforeAll(async () => {
    site = await TempSite.create();
    before = modelOf(await readContentFiles(site.root));
    const { plans, licenses, supportHours, faq } = before;
    const planFile = (id: string) => `${contentLayout.plans.folder}/${id}.mdx`;

    priced = plans.priced[0];
    const monthly = priced.prices.billedMonthly + 1_300;
    const annual = priced.prices.billedAnnually - 700;
    await editFrontMatter(site, planFile(priced.id), (doc) => {
      // Written as the page shows them: 177 or 177.50, not cents.
      doc.setIn(['pricePerMonth', 'billedAnnually'], Number(centsAsText(annual)));
      doc.setIn(['pricePerMonth', 'billedMonthly'], Number(centsAsText(monthly)));
    });

    const hours = plans.all.map((plan) => plan.responseTimeHours);
    fastest = plans.all.reduce((best, plan) =>
      plan.responseTimeHours < best.responseTimeHours ? plan : best,
    );
    await editFrontMatter(site, planFile(fastest.id), (doc) =>
      doc.set('responseTimeHours', unused(fastest.responseTimeHours + 1, hours)),
    );

    const withAllowance = plans.all.find((plan) => plan.requests !== 'unlimited');
    if (!withAllowance || withAllowance.requests === 'unlimited') {
      throw new Error('The battery needs a plan with a monthly request allowance.');
    }
    allowancePlan = withAllowance;
    const { perMonth } = withAllowance.requests;
    await editFrontMatter(site, planFile(allowancePlan.id), (doc) =>
      doc.setIn(['requests', 'perMonth'], perMonth + 4),
    );

    const withMonths = licenses.find((license) => 'months' in license.includedSupport);
    if (!withMonths || !('months' in withMonths.includedSupport)) {
      throw new Error('The battery needs a license with included months.');
    }
    lifetime = withMonths;
    const first = withMonths.includedSupport.months;
    const months = licenses.flatMap(({ includedSupport }) =>
      'months' in includedSupport ? [includedSupport.months] : [],
    );
    await editYaml(site, contentLayout.licenses.file, (doc) => {
      const list = doc.contents;
      if (!isSeq(list)) throw new Error('licenses.yaml is not a list');
      const position = list.items.findIndex(
        (item) => isMap(item) && item.get('id') === lifetime.id,
      );
      doc.setIn([position, 'includedSupport', 'months'], unused(first + 5, months));
    });

    // An hour later at both ends, within the same day.
    const shift = Number(supportHours.closes.slice(0, 2)) < 23 ? 1 : -1;
    await editYaml(site, contentLayout.supportHours.file, (doc) => {
      doc.set('opens', addHours(supportHours.opens, shift));
      doc.set('closes', addHours(supportHours.closes, shift));
    });

    await editYaml(site, contentLayout.team.file, (doc) => {
      const list = doc.contents;
      if (!isSeq(list)) throw new Error('team.yaml is not a list');
      const orders = list.items.map((item) => (isMap(item) ? Number(item.get('order')) : 0));
      list.add(doc.createNode({ ...newPerson, order: Math.max(0, ...orders) + 1 }));
    });

    const topic = faq.topics[0];
    if (!topic) throw new Error('The battery needs an FAQ topic.');
    const order = Math.max(...topic.questions.map((question) => question.order)) + 1;
    await site.write(
      `${contentLayout.faq.folder}/${newQuestion.id}.mdx`,
      [
        '---',
        `question: ${newQuestion.question}`,
        `topic: ${topic.id}`,
        `order: ${order}`,
        '---',
        '',
        `Yes: it now costs <Price plan="${priced.id}" billing="annual" /> a month, paid yearly.`,
        '',
      ].join('\n'),
    );

    after = modelOf(await readContentFiles(site.root));
    const build = await site.build();
    expect(build.ok, build.output).toBe(true);
    for (const route of routes) {
      html[route] = await site.page(route);
      pages[route] = textOf(html[route]);
    }
    index = await indexedText(path.join(site.root, 'dist'));
  });

  afterAll(async () => {
    await site.remove();
  });

  const everyPage = () => Object.values(pages).join('\n');
  const currency = () => after.site.currency;
  const plan = (id: string) => after.plans.all.find((each) => each.id === id);

  it('both prices of a plan: cards, yearly charges, the badge, the overview and the calculator', () => {
    const changed = after.plans.priced.find((each) => each.id === priced.id);
    if (!changed) throw new Error('The changed plan lost its price.');
    const { billedAnnually: annual, billedMonthly: monthly } = changed.prices;
    const text = pages['plans/'] ?? '';
    expect(text).toContain(`${money(annual, currency())} per month, billed annually`);
    expect(text).toContain(`${money(monthly, currency())} per month, billed monthly`);
    expect(text).toContain(`${money(annual * 12, currency())} charged once a year.`);
    expect(text).toContain(`Save ${Math.floor(((monthly - annual) * 100) / monthly)}%`);
    expect(pages['']).toContain(money(annual, currency()));
    expect(html['plans/']).toContain(`&quot;billedAnnually&quot;:[0,${annual}]`);
    expect(html['plans/']).toContain(`&quot;billedMonthly&quot;:[0,${monthly}]`);

    // The old figures are gone, unless another plan happens to show the same amount.
    const shown = after.plans.priced.flatMap(({ prices }) =>
      [prices.billedAnnually, prices.billedMonthly].flatMap((cents) => [cents, cents * 12]),
    );
    for (const old of [priced.prices.billedAnnually, priced.prices.billedMonthly]) {
      if (!shown.includes(old)) expect(everyPage()).not.toContain(money(old, currency()));
    }
  });

  it('the prices in the structured data the search engines read', () => {
    const changed = plan(priced.id);
    const offers = JSON.stringify(jsonLd(html['plans/'] ?? ''));
    if (changed?.kind !== 'priced') throw new Error('The changed plan lost its price.');
    for (const cents of [changed.prices.billedAnnually, changed.prices.billedMonthly]) {
      expect(offers).toContain(`"price":${cents / 100},"priceCurrency":"${currency()}"`);
    }
  });

  it('a response time: the card, the comparison and the support hours page', () => {
    const hours = plan(fastest.id)?.responseTimeHours;
    expect(hours).not.toBe(fastest.responseTimeHours);
    const within = `within ${hours} hours`;
    expect(pages['plans/']).toContain(`Average response time: ${within}`);
    expect(pages['support-hours/']).toContain(`${plan(fastest.id)?.name} ${within}`);
  });

  it('a request allowance: the card, the comparison and the prose that names it', () => {
    const requests = plan(allowancePlan.id)?.requests;
    if (requests === undefined || requests === 'unlimited') throw new Error('Allowance lost.');
    const allowance = `${requests.perMonth} requests per month`;
    expect((pages['plans/'] ?? '').split(allowance).length).toBeGreaterThanOrEqual(3);
  });

  it("a license's included months: the license table and the calculator", () => {
    const included = after.licenses.find((each) => each.id === lifetime.id)?.includedSupport;
    if (!included || !('months' in included)) throw new Error('Months lost.');
    const text = pages['plans/'] ?? '';
    expect(text).toContain(`${lifetime.name} Lifetime license ${included.months} months`);
    expect(text).toContain(`${after.plans.included.name} for ${included.months} months`);
  });

  it('the opening and closing hours: answers, the schedule, the island and the organisation', () => {
    const { opens, closes, offsetLabel, utcOffset } = after.supportHours;
    expect(opens).not.toBe(before.supportHours.opens);
    expect(pages['faq/']).toContain(`${clock(opens)} to ${clock(closes)} (${offsetLabel})`);
    expect(pages['support-hours/']).toContain(`${clock(opens)} – ${clock(closes)}`);
    expect(html['support-hours/']).toContain(`&quot;opens&quot;:[0,&quot;${opens}&quot;]`);
    const organization = JSON.stringify(jsonLd(html[''] ?? ''));
    expect(organization).toContain(`"opens":"${opens}:00${utcOffset}"`);
    expect(organization).toContain(`"closes":"${closes}:00${utcOffset}"`);
    const old = before.supportHours;
    expect(everyPage()).not.toContain(`${clock(old.opens)} to ${clock(old.closes)}`);
  });

  it('one more person: the team page and its count', () => {
    expect(pages['team/']).toContain(newPerson.name);
    expect(html['team/']).toContain(`Meet the ${after.team.length} people`);
    expect(after.team.length).toBe(before.team.length + 1);
  });

  it('one more question: the FAQ, its anchor, its fact and the search index', () => {
    expect(html['faq/']).toContain(`id="${newQuestion.id}"`);
    expect(pages['faq/']).toContain(newQuestion.question);
    const changed = plan(priced.id);
    if (changed?.kind !== 'priced') throw new Error('The changed plan lost its price.');
    const price = money(changed.prices.billedAnnually, currency());
    expect(pages['faq/']).toContain(`Yes: it now costs ${price} a month, paid yearly.`);
    expect(index).toContain(newQuestion.question);
    expect(index).toContain(price);
  });
});
