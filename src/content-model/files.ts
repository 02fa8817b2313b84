/**
 * The content files: where each collection's live and how they are shaped, the
 * page texts, and turning a file's bytes into text. The build's loaders
 * (./collections.ts) and the standalone content check both read this table, so
 * the two can never look at different files.
 */

/**
 * Every file under src/content: its path from the project root → its bytes, or
 * its text when a test hands it over as text. Images are listed with no bytes.
 */
export type ContentFiles = ReadonlyMap<string, string | Uint8Array>;

export const contentDir = 'src/content';

export type CollectionFiles =
  /** One MDX file per entry; the entry id is the file name without .mdx. */
  | { kind: 'mdx-folder'; folder: string }
  /** A YAML list of entries, each with a unique `id`. */
  | { kind: 'yaml-list'; file: string }
  /** A YAML file holding a single record of fields. */
  | { kind: 'yaml-record'; file: string; id: string };

export const contentLayout = {
  plans: { kind: 'mdx-folder', folder: `${contentDir}/plans` },
  faq: { kind: 'mdx-folder', folder: `${contentDir}/faq` },
  texts: { kind: 'mdx-folder', folder: `${contentDir}/texts` },
  faqTopics: { kind: 'yaml-list', file: `${contentDir}/faq-topics.yaml` },
  comparison: { kind: 'yaml-list', file: `${contentDir}/comparison.yaml` },
  licenses: { kind: 'yaml-list', file: `${contentDir}/licenses.yaml` },
  team: { kind: 'yaml-list', file: `${contentDir}/team.yaml` },
  supportHours: {
    kind: 'yaml-record',
    file: `${contentDir}/support-hours.yaml`,
    id: 'support-hours',
  },
  site: { kind: 'yaml-record', file: `${contentDir}/site.yaml`, id: 'site' },
} as const satisfies Record<string, CollectionFiles>;

export type CollectionName = keyof typeof contentLayout;

/**
 * The passages of prose the pages show, each a file in src/content/texts named
 * here, so that pages say what content supports and editors can change it.
 */
export const pageTexts = {
  homeIntro: 'home-intro',
  plansIntro: 'plans-intro',
  includedSupport: 'included-support',
  teamIntro: 'team-intro',
  calculatorNote: 'calculator-note',
  responseTimes: 'response-times',
  clockChanges: 'clock-changes',
} as const;

export type PageText = keyof typeof pageTexts;

/** Paths inside the content, always with forward slashes (no node:path: the check runs in browsers too). */
export const folderOf = (file: string) => file.slice(0, Math.max(0, file.lastIndexOf('/')));
export const nameOf = (file: string) => file.slice(file.lastIndexOf('/') + 1);
export const extensionOf = (file: string) => /\.[^./]*$/.exec(nameOf(file))?.[0] ?? '';

/** `relative` (like ./team/a.jpg or ../x.png) from `folder`, as a path from the root. */
export function joinPath(folder: string, relative: string): string {
  const parts: string[] = folder === '' ? [] : folder.split('/');
  for (const part of relative.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/** Why a file cannot be read as text, at which line. */
export interface NotText {
  line: number;
  field: string;
  message: string;
  fix: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
// Tabs and line breaks are text; other control characters mean binary data.
const CONTROL = /(?![\t\n\r])\p{Cc}/u;

function firstBadLine(bytes: Uint8Array): number {
  let line = 1;
  let start = 0;
  for (let index = 0; index <= bytes.length; index++) {
    if (index < bytes.length && bytes[index] !== 0x0a) continue;
    try {
      utf8.decode(bytes.subarray(start, index));
    } catch {
      return line;
    }
    line++;
    start = index + 1;
  }
  return 1;
}

/** A content file's text, or why it is not text. */
export function decodeText(contents: string | Uint8Array): { text: string } | { notText: NotText } {
  let text: string;
  if (typeof contents === 'string') {
    text = contents;
  } else {
    try {
      text = utf8.decode(contents);
    } catch {
      return {
        notText: {
          line: firstBadLine(contents),
          field: '(encoding)',
          message:
            'The file has characters that are not UTF-8 text here (an editor saved it in another encoding).',
          fix: 'Save the file as UTF-8 (in VS Code: click the encoding in the status bar, then "Save with Encoding" → UTF-8), and check the accented letters on this line.',
        },
      };
    }
  }
  const control = CONTROL.exec(text);
  if (control) {
    return {
      notText: {
        line: text.slice(0, control.index).split('\n').length,
        field: '(text)',
        message: `The file holds a character that is not text (code ${control[0].charCodeAt(0)}): part of it may be binary data.`,
        fix: 'Restore the file from the main branch and make the change again in a text editor.',
      },
    };
  }
  return { text };
}
