import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { contentDir } from './layout';

/**
 * Every file under src/content: its path from the project root → its bytes, or
 * its text when a test hands it over as text. Images are listed with no bytes:
 * the check only needs to know that they exist.
 */
export type ContentFiles = ReadonlyMap<string, string | Uint8Array>;

const textFile = /\.(mdx?|ya?ml|json)$/i;

/**
 * Every file under src/content of the project at `root`, keyed by its path from
 * the root with forward slashes. Text files are read as bytes: turning them into
 * text is the check's first step, so a file that is not UTF-8 is reported, not
 * silently mangled.
 */
export async function readContentFiles(root: string): Promise<ContentFiles> {
  const files = new Map<string, string | Uint8Array>();
  const folder = path.join(root, contentDir);
  const entries = await readdir(folder, { withFileTypes: true, recursive: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const absolute = path.join(entry.parentPath, entry.name);
    const key = path.relative(root, absolute).split(path.sep).join('/');
    files.set(key, textFile.test(entry.name) ? await readFile(absolute) : '');
  }
  return files;
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
