import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { rolldown } from 'rolldown';
import { describe, expect, test } from 'vitest';
import { cmsConfig, contentMap, listKey } from '../../src/cms';
import { browserAliases } from '../../src/cms/browser-aliases';
import { contentLayout } from '../../src/cms/content-model';
import { readContentFiles } from '../../src/content-model';

/**
 * The admin page's script is bundled for the browser with the aliases the CMS
 * modules name; this bundles it the same way and runs the bundled save check in a
 * bare context (no Node modules, no require), on the content as built.
 */
const entry = fileURLToPath(new URL('../../src/cms/browser.ts', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url));

async function bundle() {
  const build = await rolldown({
    input: entry,
    platform: 'browser',
    resolve: { alias: browserAliases },
    logLevel: 'silent',
  });
  try {
    const { output } = await build.generate({
      format: 'iife',
      name: 'contentEditor',
      minify: true,
    });
    const [chunk] = output;
    if (chunk?.type !== 'chunk') throw new Error('The bundle has no script.');
    return chunk;
  } finally {
    await build.close();
  }
}

interface BundledEditor {
  checkEntryBeforeSave(entry: unknown, options: unknown): Promise<{ text: string }>;
}

const files = await readContentFiles(root);
const config = cmsConfig({ backend: 'local', content: files });
const chunk = await bundle();
const modules = Object.keys(chunk.modules).map((id) => id.replace(root, '').replace(/^\0/, ''));
const editor = runInNewContext(`${chunk.code}; contentEditor`, {
  TextDecoder,
  TextEncoder,
  URL,
  Intl,
  structuredClone,
}) as BundledEditor;

/** A Decap entry as the preSave handler gets it (Immutable Maps in Decap). */
function decapEntry(collection: string, path: string, data: Record<string, unknown>) {
  const fields = new Map<string, unknown>([
    ['collection', collection],
    ['path', path],
    ['newRecord', false],
  ]);
  return {
    get: (key: string) =>
      key === 'data'
        ? {
            toJS: () => structuredClone(data),
            set: (name: string, value: unknown) => ({ ...data, [name]: value }),
          }
        : fields.get(key),
  };
}

const options = {
  config,
  loadContent: async () => contentMap(files),
};

const teamText = new TextDecoder().decode(files.get(contentLayout.team.file) as Uint8Array);

describe('the save check in the admin bundle', () => {
  test('holds the content model check and no Node module', () => {
    expect(modules).toContain('src/content-model/check.ts');
    expect(modules.filter((id) => id.startsWith('node:'))).toEqual([]);
    expect(modules.filter((id) => id.includes('node_modules/satteri/'))).toEqual([]);
    console.log(`admin save-check bundle: ${chunk.code.length} bytes minified`);
  });

  test('refuses, with the check’s own message, what the check refuses', async () => {
    const format = await import('../../src/cms/formats');
    const team = config.collections.find((collection) => collection.name === 'team');
    if (!team) throw new Error('no team collection');
    const data = format.formatFor(team).fromFile(teamText);
    const people = data[listKey] as Record<string, unknown>[];
    const duplicate = { ...people[0] };
    const refused = editor.checkEntryBeforeSave(
      decapEntry('team', contentLayout.team.file, { ...data, [listKey]: [...people, duplicate] }),
      options,
    );
    await expect(refused).rejects.toThrow(/content check refuses this save[\s\S]*team\.yaml/);
  });

  test('reads an MDX file’s front matter: an unknown topic in a question is refused', async () => {
    const format = await import('../../src/cms/formats');
    const faq = config.collections.find((collection) => collection.name === 'faq');
    const [file] = [...files.keys()].filter((path) =>
      path.startsWith(`${contentLayout.faq.folder}/`),
    );
    if (!faq || file === undefined) throw new Error('no FAQ');
    const text = new TextDecoder().decode(files.get(file) as Uint8Array);
    const data = format.formatFor(faq).fromFile(text);
    const unknownTopic = { ...data, topic: 'no-such-topic' };
    await expect(
      editor.checkEntryBeforeSave(decapEntry('faq', file, unknownTopic), options),
    ).rejects.toThrow(
      new RegExp(`content check refuses this save[\\s\\S]*${file}:\\d+[\\s\\S]*no-such-topic`),
    );
  });

  test('lets a valid change through and hands back the text it writes', async () => {
    const format = await import('../../src/cms/formats');
    const team = config.collections.find((collection) => collection.name === 'team');
    if (!team) throw new Error('no team collection');
    const data = format.formatFor(team).fromFile(teamText);
    const people = data[listKey] as Record<string, unknown>[];
    const last = Math.max(...people.map((person) => Number(person['order'])));
    const added = { id: 'zz-new-colleague', name: 'New Colleague', order: last + 1 };
    const started = performance.now();
    const checked = await editor.checkEntryBeforeSave(
      decapEntry('team', contentLayout.team.file, { ...data, [listKey]: [...people, added] }),
      options,
    );
    console.log(`bundled save check: ${(performance.now() - started).toFixed(0)} ms`);
    expect(checked.text).toBe(
      `${teamText}- id: zz-new-colleague\n  name: New Colleague\n  order: ${last + 1}\n`,
    );
  });
});

describe('what the admin bundle leaves to the pull request’s check', () => {
  test('the prose rules: markup in an answer passes here, and Node’s check refuses it', async () => {
    const { checkEntryBeforeSave } = await import('../../src/cms/save-check');
    const format = await import('../../src/cms/formats');
    const faq = config.collections.find((collection) => collection.name === 'faq');
    const [file] = [...files.keys()].filter((path) =>
      path.startsWith(`${contentLayout.faq.folder}/`),
    );
    if (!faq || file === undefined) throw new Error('no FAQ');
    const text = new TextDecoder().decode(files.get(file) as Uint8Array);
    const data = format.formatFor(faq).fromFile(text);
    const withMarkup = { ...data, body: `${String(data['body'])}\n<script>alert(1)</script>\n` };
    await expect(
      editor.checkEntryBeforeSave(decapEntry('faq', file, withMarkup), options),
    ).resolves.toBeDefined();
    await expect(
      checkEntryBeforeSave(decapEntry('faq', file, withMarkup) as never, options),
    ).rejects.toThrow(/not HTML/);
  });
});
