import type { CmsCollection, CmsConfig } from './config';
import { contentFilesOf, type ContentMapJson } from './content-map';
import { formatProblem, readContent, type ContentProblem } from './content-model';
import { currentKey, formatFor } from './formats';

/**
 * Before a save, the content model's own check (`readContent`, the code behind
 * `npm run check`) runs on the entry as the format will write it, together with
 * the rest of the content as built: a mistake the pull request's check would name
 * (an unknown topic, a duplicate id, a price out of range) is refused in the form,
 * with the check's own words, and nothing is saved.
 *
 * In the browser the prose rules do not run (./browser.ts says why); the pull
 * request's check runs them on every file.
 */

/** The parts of a Decap entry the check reads (an Immutable Map in Decap). */
export interface DecapEntry {
  get(key: 'data'): { toJS(): Record<string, unknown>; set(key: string, value: unknown): unknown };
  get(key: 'collection' | 'path' | 'slug' | 'status'): string | undefined;
  get(key: 'newRecord'): boolean | undefined;
}

export interface SaveCheckOptions {
  /** The generated configuration, as given to `CMS.init`. */
  config: Pick<CmsConfig, 'collections'>;
  /** The content as built (content.json beside the admin page). */
  loadContent: () => Promise<ContentMapJson>;
  /**
   * The file's text on the branch the save starts from, or undefined when it has
   * none (a new entry). Without it, the text the editor opened is used.
   */
  readCurrentFile?: (path: string) => Promise<string | undefined>;
}

/** What Decap does with an invalid entry: the thrown message shows as the save's error. */
export class SaveRefused extends Error {
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    super(
      [
        `The content check refuses this save (${problems.length === 1 ? '1 problem' : `${problems.length} problems`}):`,
        ...problems.map(formatProblem),
      ].join('\n'),
    );
    this.name = 'SaveRefused';
    this.problems = problems;
  }
}

/** The file name Decap gives a new entry from its identifier, as the check reads it. */
export function fileNameOf(identifier: string): string {
  return identifier
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function collectionNamed(
  config: SaveCheckOptions['config'],
  name: string | undefined,
): CmsCollection {
  const collection = config.collections.find((candidate) => candidate.name === name);
  if (!collection) throw new Error(`The editor has no collection "${String(name)}".`);
  return collection;
}

/** Where the entry is written, from the project root. */
export function pathOf(
  collection: CmsCollection,
  entry: DecapEntry,
  data: Record<string, unknown>,
) {
  const path = entry.get('path');
  if (path && !entry.get('newRecord')) return path;
  if (collection.files?.[0]) return collection.files[0].file;
  const identifier = collection.identifier_field ? data[collection.identifier_field] : undefined;
  const name = fileNameOf(typeof identifier === 'string' ? identifier : '') || 'new-entry';
  return `${collection.folder}/${name}.${collection.extension}`;
}

/**
 * The data to save with the file's current text, checked with the rest of the
 * content; throws SaveRefused with the check's problems.
 */
export async function checkEntryBeforeSave(entry: DecapEntry, options: SaveCheckOptions) {
  const collection = collectionNamed(options.config, entry.get('collection'));
  const data = entry.get('data').toJS();
  const path = pathOf(collection, entry, data);
  // A new draft starts from the main branch as it is now. An entry already in the
  // workflow is written on its own cms/ branch, into the text the editor opened
  // there. On GitHub the pull request's merge keeps what main changed meanwhile
  // (or shows a conflict); decap-server (local editing) rebases the branch onto
  // main and then writes the whole file, so there a change made on main to this
  // same file after the branch was cut is undone by a second save: a known gap,
  // since knowing it needs the branch's fork point, which its API does not give.
  const inWorkflow = Boolean(entry.get('status'));
  const current =
    inWorkflow || entry.get('newRecord') || options.readCurrentFile === undefined
      ? undefined
      : await options.readCurrentFile(path);
  const withCurrent = current === undefined ? data : { ...data, [currentKey]: current };
  const text = formatFor(collection).toFile(withCurrent);
  const files = contentFilesOf(await options.loadContent());
  if (entry.get('newRecord') && files.has(path)) {
    throw new SaveRefused([
      {
        file: path,
        field: '(file name)',
        message: 'An entry with this file name exists already.',
        fix: 'Change the text its file name is made from, so that the new entry gets a name of its own.',
      },
    ]);
  }
  files.set(path, text);
  const { problems } = readContent(files);
  if (problems.length > 0) throw new SaveRefused(problems);
  return {
    path,
    text,
    data: current === undefined ? undefined : entry.get('data').set(currentKey, current),
  };
}

/** The part of Decap's CMS object the check needs. */
export interface EventRegistry {
  registerEventListener(listener: {
    name: 'preSave' | 'postSave';
    handler: (event: { entry: DecapEntry }) => Promise<unknown>;
  }): void;
}

/**
 * Registers the check as Decap's preSave handler. What this session saved is
 * checked with the content too (a topic added, then a question in it), from
 * Decap's postSave, so a save that failed on its way adds nothing.
 */
export function registerSaveCheckWith(CMS: EventRegistry, options: SaveCheckOptions) {
  const saved = new Map<string, string>();
  /** The last checked save of each collection, until Decap says it is saved. */
  const pending = new Map<string, { path: string; text: string }>();
  const loadContent = async (): Promise<ContentMapJson> => {
    const built = await options.loadContent();
    return { files: { ...built.files, ...Object.fromEntries(saved) } };
  };
  const withSaved = { ...options, loadContent };
  CMS.registerEventListener({
    name: 'preSave',
    handler: async ({ entry }) => {
      const checked = await checkEntryBeforeSave(entry, withSaved);
      pending.set(String(entry.get('collection')), checked);
      return checked.data;
    },
  });
  CMS.registerEventListener({
    name: 'postSave',
    handler: async ({ entry }) => {
      const checked = pending.get(String(entry.get('collection')));
      if (checked !== undefined) saved.set(checked.path, checked.text);
      return undefined;
    },
  });
}
