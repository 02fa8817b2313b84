import { describe, expect, test } from 'vitest';
import { cmsConfig, contentMap, listKey } from '../../src/cms';
import { contentLayout } from '../../src/cms/content-model';
import { currentKey, formatFor } from '../../src/cms/formats';
import {
  checkEntryBeforeSave,
  registerSaveCheckWith,
  SaveRefused,
  type DecapEntry,
} from '../../src/cms/save-check';
import { readContentFiles } from '../../src/content-model';

/**
 * The preSave check on fixture entries against the real content as built: it
 * refuses what `npm run check` refuses, with the same words, and lets a valid
 * entry through as the format writes it. No value of today's content is pinned:
 * ids and orders are read from the content.
 */

const files = await readContentFiles(process.cwd());
const config = cmsConfig({ backend: 'local', content: files });
const built = contentMap(files);
const options = { config, loadContent: async () => built };
const collection = (name: string) => {
  const found = config.collections.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no collection ${name}`);
  return found;
};

function decapEntry(
  fields: { collection: string; path?: string; newRecord?: boolean; status?: string },
  data: Record<string, unknown>,
): DecapEntry {
  return {
    get: ((key: string) =>
      key === 'data'
        ? {
            toJS: () => structuredClone(data),
            set: (name: string, value: unknown) => ({ ...data, [name]: value }),
          }
        : (fields as Record<string, unknown>)[key]) as DecapEntry['get'],
  };
}

const faqFiles = [...files.keys()].filter((file) =>
  file.startsWith(`${contentLayout.faq.folder}/`),
);
const [questionFile] = faqFiles;
if (questionFile === undefined) throw new Error('no FAQ question');
const questionText = built.files[questionFile] ?? '';
const question = formatFor(collection('faq')).fromFile(questionText);
const topicsText = built.files[contentLayout.faqTopics.file] ?? '';
const topics = formatFor(collection('faqTopics')).fromFile(topicsText);
const topicIds = (topics[listKey] as { id: string }[]).map((topic) => topic.id);

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(SaveRefused);
  return error as SaveRefused;
};

describe('before a save, the content check', () => {
  test('refuses a question in a topic that does not exist, with the check’s message', async () => {
    const entry = decapEntry(
      { collection: 'faq', path: questionFile },
      { ...question, topic: 'no-such-topic' },
    );
    const refused = await refusal(checkEntryBeforeSave(entry, options));
    expect(refused.problems).toEqual([
      expect.objectContaining({ file: questionFile, field: 'topic', value: 'no-such-topic' }),
    ]);
    expect(refused.message).toContain('There is no FAQ topic "no-such-topic"');
  });

  test('refuses 12.5 in a whole-number field instead of storing 12', async () => {
    const entry = decapEntry(
      { collection: 'faq', path: questionFile },
      { ...question, order: 12.5 },
    );
    const refused = await refusal(checkEntryBeforeSave(entry, options));
    expect(refused.problems.map((problem) => problem.field)).toEqual(['order']);
  });

  test('refuses markup in an answer (in Node, where the prose rules run)', async () => {
    const entry = decapEntry(
      { collection: 'faq', path: questionFile },
      { ...question, body: `${String(question['body'])}\n<script>alert(1)</script>\n` },
    );
    const refused = await refusal(checkEntryBeforeSave(entry, options));
    expect(refused.problems.some((problem) => problem.file === questionFile)).toBe(true);
  });

  test('refuses a new question whose file name is taken', async () => {
    const entry = decapEntry({ collection: 'faq', newRecord: true }, { ...question });
    const existing = { ...question };
    const path = `${contentLayout.faq.folder}/${String(existing['question'])
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')}.mdx`;
    const withTaken = { ...built, files: { ...built.files, [path]: questionText } };
    const refused = await refusal(
      checkEntryBeforeSave(entry, { ...options, loadContent: async () => withTaken }),
    );
    expect(refused.problems[0]).toMatchObject({ file: path, field: '(file name)' });
  });

  test('lets a valid new question through, named from its question', async () => {
    const orders = faqFiles.map((file) =>
      Number(/\norder: (\d+)/.exec(built.files[file] ?? '')?.[1]),
    );
    const entry = decapEntry(
      { collection: 'faq', newRecord: true },
      {
        question: 'Can I call support on the phone?',
        topic: topicIds[0],
        order: Math.max(...orders) + 1,
        body: 'No, support works in writing.',
      },
    );
    const checked = await checkEntryBeforeSave(entry, options);
    expect(checked.path).toBe(`${contentLayout.faq.folder}/can-i-call-support-on-the-phone.mdx`);
    expect(checked.text).toContain('\n---\n\nNo, support works in writing.\n');
  });

  test('writes into the file as it is on main now, not the copy the editor opened', async () => {
    const onMain = questionText.replace(/\n---\n/, '\n---\n\nA paragraph added on main.\n');
    const entry = decapEntry(
      { collection: 'faq', path: questionFile },
      { ...question, order: Number(question['order']) + 100 },
    );
    const read: string[] = [];
    const checked = await checkEntryBeforeSave(entry, {
      ...options,
      readCurrentFile: async (path) => {
        read.push(path);
        return onMain;
      },
    });
    expect(read).toEqual([questionFile]);
    expect(checked.text).toContain('A paragraph added on main.');
    expect(checked.text).toContain(`order: ${Number(question['order']) + 100}`);
    expect(checked.data).toEqual({
      ...question,
      order: Number(question['order']) + 100,
      [currentKey]: onMain,
    });
  });

  test('an entry already in the workflow is written on its own branch, as opened', async () => {
    const entry = decapEntry(
      { collection: 'faq', path: questionFile, status: 'draft' },
      { ...question },
    );
    const checked = await checkEntryBeforeSave(entry, {
      ...options,
      readCurrentFile: async () => {
        throw new Error('not asked');
      },
    });
    expect(checked.text).toBe(questionText);
  });
});

describe('the preSave handler', () => {
  type Handler = (event: { entry: DecapEntry }) => Promise<unknown>;
  function registered() {
    const handlers = new Map<string, Handler>();
    registerSaveCheckWith(
      { registerEventListener: ({ name, handler }) => handlers.set(name, handler) },
      options,
    );
    const get = (name: string) => {
      const handler = handlers.get(name);
      if (!handler) throw new Error(`no ${name} handler`);
      return handler;
    };
    return { preSave: get('preSave'), postSave: get('postSave') };
  }

  test('checks a question against a topic saved earlier in the same session', async () => {
    const { preSave, postSave } = registered();
    const topicList = topics[listKey] as Record<string, unknown>[];
    const orders = topicList.map((topic) => Number(topic['order']));
    const newTopic = { id: 'zz-new-topic', name: 'A new topic', order: Math.max(...orders) + 1 };
    const topicEntry = decapEntry(
      { collection: 'faqTopics', path: contentLayout.faqTopics.file },
      { ...topics, [listKey]: [...topicList, newTopic] },
    );
    const questionEntry = decapEntry(
      { collection: 'faq', path: questionFile },
      { ...question, topic: newTopic.id },
    );
    await expect(preSave({ entry: questionEntry })).rejects.toThrow(SaveRefused);
    await preSave({ entry: topicEntry });
    await postSave({ entry: topicEntry });
    await expect(preSave({ entry: questionEntry })).resolves.toBeUndefined();
  });
});
