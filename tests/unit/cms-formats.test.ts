import { describe, expect, test } from 'vitest';
import { cmsConfig, formatNameOf, listKey, type CmsCollection } from '../../src/cms';
import { currentKey, formatFor, registerFormats, sourceKey } from '../../src/cms/formats';
import { contentLayout, readContent } from '../../src/cms/content-model';
import { readContentFiles } from '../../src/content-model';
import { changedLines } from '../support/cms-diff';

const files = await readContentFiles(process.cwd());
const config = cmsConfig({ backend: 'local', content: files });
const decoder = new TextDecoder();
const textOf = (file: string) => {
  const contents = files.get(file);
  return typeof contents === 'string' ? contents : decoder.decode(contents);
};

function collectionOf(file: string): CmsCollection {
  const found = config.collections.find((collection) =>
    collection.folder === undefined
      ? collection.files?.some((entry) => entry.file === file)
      : file.startsWith(`${collection.folder}/`),
  );
  if (!found) throw new Error(`No collection holds ${file}`);
  return found;
}

const formatOf = (file: string) => formatFor(collectionOf(file));
const contentTexts = [...files.keys()].filter((file) => /\.(mdx|ya?ml)$/.test(file));

/** The form's data, as untyped as Decap hands it over. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- fixtures reach into nested form data
type FormData = Record<string, any>;

/** What the form would hand back after an edit: the data with `edit` applied. */
function edited(file: string, text: string, edit: (data: FormData) => void) {
  const format = formatOf(file);
  const data: FormData = structuredClone(format.fromFile(text));
  edit(data);
  return format.toFile(data);
}

describe('every content file through its format', () => {
  test('covers every text file under src/content', () => {
    expect(contentTexts.length).toBeGreaterThan(10);
    for (const file of contentTexts) expect(() => collectionOf(file)).not.toThrow();
  });

  test.each(contentTexts)('%s: read, then written unchanged, is the same bytes', (file) => {
    const format = formatOf(file);
    const text = textOf(file);
    expect(format.toFile(format.fromFile(text))).toBe(text);
    // Also through Decap's own copy of the data (an Immutable round trip loses nothing either).
    expect(format.toFile(JSON.parse(JSON.stringify(format.fromFile(text))))).toBe(text);
  });

  test('a top-level list is shown under one key and written back as a list', () => {
    const file = contentLayout.team.file;
    const data = formatOf(file).fromFile(textOf(file));
    expect(Array.isArray(data[listKey])).toBe(true);
    expect((data[listKey] as unknown[]).length).toBeGreaterThan(0);
  });

  test('registers one format per collection, under the name the collection uses', () => {
    const registered: string[] = [];
    registerFormats({ registerCustomFormat: (name) => registered.push(name) }, config);
    expect(registered).toEqual(
      config.collections.map((collection) => formatNameOf(collection.name)),
    );
    expect(config.collections.map((collection) => collection.format)).toEqual(registered);
  });
});

const planText = `---
name: Customer Care Gold
shortName: Gold
order: 2
role: "We guide you"
tagline: For teams that run their own store.
extends: standard
pricePerMonth:
  billedAnnually: 314
  billedMonthly: 320
requests: unlimited
# Inferred: the source lists "4" and "7" without saying whose is
# whose; 7 is clearly Ultimate's, so 4 is taken to be Gold's.
minorModificationsPerMonth: 4
responseTimeHours: 12
features: []
---

Gold is for store owners who do the work themselves. Replies come
<ResponseTime plan="gold" /> on average.
`;
const planFile = `${contentLayout.plans.folder}/gold.mdx`;

const hoursText = `# When the team answers.
businessDays: [monday, tuesday, wednesday]
opens: '07:00'
closes: '16:00'
# How the offset is written for people.
offsetLabel: GMT+2 # shown beside every time
utcOffset: '+02:00'
closures: []
referenceCities:
  - name: Lima
    timeZone: America/Lima
`;
const licenseText = `# Licenses.
- id: one-lifetime
  name: One Lifetime License
  product: One
  kind: lifetime
  order: 1
  includedSupport:
    months: 3
`;
const siteGlossary = `glossary:
  minorModifications: >-
    A small change to the code
    of your store.
  unlimitedRequests: |-
    As many as you need.
    Within reason.
`;

describe('a change writes only its own lines', () => {
  test('a number', () => {
    const written = edited(planFile, planText, (data) => {
      data['pricePerMonth'].billedAnnually = 299;
    });
    expect(changedLines(planText, written)).toEqual({
      removed: ['  billedAnnually: 314'],
      added: ['  billedAnnually: 299'],
    });
  });

  test('a quoted string keeps its quotes', () => {
    const written = edited(planFile, planText, (data) => {
      data['role'] = 'We stand by you';
    });
    expect(changedLines(planText, written)).toEqual({
      removed: ['role: "We guide you"'],
      added: ['role: "We stand by you"'],
    });
  });

  test('a plain string that would read as something else is quoted', () => {
    const written = edited(planFile, planText, (data) => {
      data['tagline'] = '2027';
    });
    expect(changedLines(planText, written).added).toEqual(["tagline: '2027'"]);
  });

  test('a multi-line text keeps its block style', () => {
    const file = contentLayout.site.file;
    const written = edited(file, siteGlossary, (data) => {
      data['glossary'].unlimitedRequests = 'As many as you need.\nWithin a fair use.';
    });
    expect(changedLines(siteGlossary, written)).toEqual({
      removed: ['    Within reason.'],
      added: ['    Within a fair use.'],
    });
  });

  test('a field beside a comment keeps the comment', () => {
    const file = contentLayout.supportHours.file;
    const written = edited(file, hoursText, (data) => {
      data['offsetLabel'] = 'GMT+3';
    });
    expect(changedLines(hoursText, written)).toEqual({
      removed: ['offsetLabel: GMT+2 # shown beside every time'],
      added: ['offsetLabel: GMT+3 # shown beside every time'],
    });
    const afterComment = edited(planFile, planText, (data) => {
      data['minorModificationsPerMonth'] = 5;
    });
    expect(changedLines(planText, afterComment)).toEqual({
      removed: ['minorModificationsPerMonth: 4'],
      added: ['minorModificationsPerMonth: 5'],
    });
  });

  test('an MDX body changes only the body', () => {
    const written = edited(planFile, planText, (data) => {
      data['body'] = String(data['body']).replace('do the work themselves', 'do the work');
    });
    expect(changedLines(planText, written)).toEqual({
      removed: ['Gold is for store owners who do the work themselves. Replies come'],
      added: ['Gold is for store owners who do the work. Replies come'],
    });
  });

  test('a list in flow style stays in flow style', () => {
    const file = contentLayout.supportHours.file;
    const written = edited(file, hoursText, (data) => {
      data['closures'] = ['2027-01-01'];
      data['businessDays'] = ['monday', 'tuesday', 'wednesday', 'thursday'];
    });
    expect(changedLines(hoursText, written)).toEqual({
      removed: ['businessDays: [monday, tuesday, wednesday]', 'closures: []'],
      added: ['businessDays: [monday, tuesday, wednesday, thursday]', 'closures: [2027-01-01]'],
    });
  });

  test('a switch the schema allows only on is left out when off', () => {
    const written = edited(planFile, planText, (data) => {
      data['includedWithLicense'] = false;
    });
    expect(written).toBe(planText);
  });

  test('an optional field emptied in the form is left out, as by hand', () => {
    const file = contentLayout.licenses.file;
    const written = edited(file, licenseText, (data) => {
      data[listKey][0].includedSupport = { months: 3, entireSubscription: '' };
    });
    expect(written).toBe(licenseText);
  });
});

describe('new entries are written as CONTRIBUTING shows them', () => {
  test('a team member at the end of team.yaml', () => {
    const file = contentLayout.team.file;
    const team = `# The team.\n- id: ana\n  name: Ana\n  order: 1\n`;
    const written = edited(file, team, (data) => {
      // Decap hands an optional field left alone as absent or empty.
      data[listKey].push({
        photo: '',
        id: 'marta',
        name: 'Marta',
        order: 2,
        role: 'Support engineer',
      });
    });
    expect(written).toBe(
      `${team}- id: marta\n  name: Marta\n  order: 2\n  role: Support engineer\n`,
    );
  });

  test('a question as a new MDX file', () => {
    const format = formatOf(`${contentLayout.faq.folder}/x.mdx`);
    // In the order the editor filled the form in, not the file's.
    const written = format.toFile({
      body: 'No, support works in writing.',
      order: 5,
      topic: 'reaching-us',
      question: 'Can I call support on the phone?',
    });
    expect(written).toBe(
      '---\nquestion: Can I call support on the phone?\ntopic: reaching-us\norder: 5\n---\n\nNo, support works in writing.\n',
    );
  });
});

describe('a file changed on main after the editor opened it', () => {
  const file = contentLayout.licenses.file;
  const onMain = licenseText.replace('name: One Lifetime License', 'name: One Lifetime Licence');

  test('keeps the change made on main and writes the editor’s', () => {
    const format = formatOf(file);
    const data: FormData = structuredClone(format.fromFile(licenseText));
    data[listKey][0].includedSupport.months = 6;
    data[currentKey] = onMain;
    const written = format.toFile(data);
    expect(written).toBe(onMain.replace('months: 3', 'months: 6'));
  });

  test('keeps an entry added on main and the editor’s new one after it', () => {
    const format = formatOf(file);
    const added = `- id: two-lifetime\n  name: Two\n  product: Two\n  kind: lifetime\n  order: 2\n  includedSupport:\n    months: 1\n`;
    const data: FormData = structuredClone(format.fromFile(licenseText));
    data[listKey].push({
      id: 'three-lifetime',
      name: 'Three',
      product: 'Three',
      kind: 'lifetime',
      order: 3,
      includedSupport: { months: 2 },
    });
    data[currentKey] = licenseText + added;
    const written = format.toFile(data);
    expect(written).toBe(
      `${licenseText}${added}- id: three-lifetime\n  name: Three\n  product: Three\n  kind: lifetime\n  order: 3\n  includedSupport:\n    months: 2\n`,
    );
  });

  test('an unchanged save of a stale copy gives main’s text back', () => {
    const format = formatOf(file);
    const data = { ...format.fromFile(licenseText), [currentKey]: onMain };
    expect(format.toFile(data)).toBe(onMain);
  });

  test('MDX: main changed the body, the editor a field', () => {
    const format = formatOf(planFile);
    const mainText = planText.replace('on average.', 'on average, on business days.');
    const data: FormData = structuredClone(format.fromFile(planText));
    data['responseTimeHours'] = 10;
    data[currentKey] = mainText;
    expect(format.toFile(data)).toBe(
      mainText.replace('responseTimeHours: 12', 'responseTimeHours: 10'),
    );
  });
});

test('the real content still passes the check after a round trip of every file', () => {
  const roundTripped = new Map(
    [...files].map(([file, contents]) =>
      contentTexts.includes(file)
        ? [file, formatOf(file).toFile(formatOf(file).fromFile(textOf(file)))]
        : [file, contents],
    ),
  );
  expect(readContent(roundTripped).problems).toEqual([]);
  expect(sourceKey).not.toBe(currentKey);
});

describe('the form writes what CONTRIBUTING’s recipes show', async () => {
  const { readFile } = await import('node:fs/promises');
  const { parse } = await import('yaml');
  const guide = await readFile('CONTRIBUTING.md', 'utf8');
  const recipes = [...guide.matchAll(/```\w+ file=(\S+) action=(append|new)\n([\s\S]*?)```/g)].map(
    ([, file = '', action = '', block = '']) => ({ file, action, block }),
  );

  test('there are recipes to follow', () => {
    expect(recipes.map((recipe) => recipe.action)).toEqual(
      expect.arrayContaining(['append', 'new']),
    );
  });

  test.each(recipes)('$file ($action)', ({ file, action, block }) => {
    const format = formatOf(file);
    if (action === 'append') {
      const text = textOf(file);
      const written = edited(file, text, (data) => {
        // As the form hands them: in the order filled in, optional ones empty.
        const items = (parse(block) as Record<string, unknown>[]).map((item) =>
          Object.fromEntries(Object.entries(item).reverse()),
        );
        data[listKey].push(...items);
      });
      expect(written).toBe(text + block);
      return;
    }
    const [, frontMatter = '', body = ''] = /^---\n([\s\S]*?)---\n\n([\s\S]*)$/.exec(block) ?? [];
    const fields = parse(frontMatter) as Record<string, unknown>;
    const written = format.toFile({
      body,
      ...Object.fromEntries(Object.entries(fields).reverse()),
    });
    expect(written).toBe(block);
  });
});
