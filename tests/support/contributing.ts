import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The recipes in CONTRIBUTING.md, read from the guide itself: every code block
 * whose info string names a file (```yaml file=src/content/team.yaml action=append)
 * is an edit the guide tells an editor to make. GitHub shows only the language.
 */
export interface GuideEdit {
  file: string;
  /** new: create the file; append: add to its end; change: replace the fields it names. */
  action: 'new' | 'append' | 'change';
  text: string;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const readGuide = () => readFile(path.join(repoRoot, 'CONTRIBUTING.md'), 'utf-8');

export function guideEdits(guide: string): GuideEdit[] {
  const blocks = guide.matchAll(/^```\w+ file=(\S+) action=(new|append|change)\n([\s\S]*?)^```$/gm);
  return [...blocks].map(([, file = '', action, text = '']) => ({
    file,
    action: action as GuideEdit['action'],
    text,
  }));
}

/** Applies one edit to a file's text, failing loudly when a field to change is not there. */
export function applyEdit(original: string | undefined, edit: GuideEdit): string {
  if (edit.action === 'new') return edit.text;
  if (original === undefined) throw new Error(`${edit.file} does not exist`);
  if (edit.action === 'append') {
    // An entry added "at the end" comes last: its order is one more than the file's
    // last, as the guide says, whatever the example's number.
    const orders = [...original.matchAll(/^\s*(?:- )?order:\s*(\d+)/gm)].map(([, n]) => Number(n));
    const text =
      orders.length > 0
        ? edit.text.replace(/^(\s*order:\s*)\d+/m, `$1${Math.max(...orders) + 1}`)
        : edit.text;
    return `${original.trimEnd()}\n${text}`;
  }
  let changed = original;
  for (const line of edit.text.split('\n')) {
    const field = line.match(/^\s*([\w-]+):\s+(\S.*)$/);
    if (!field) continue;
    const [, name = '', value = ''] = field;
    const pattern = new RegExp(`^(\\s*)${name}:.*$`, 'm');
    if (!pattern.test(changed)) throw new Error(`${edit.file} has no field ${name}`);
    changed = changed.replace(pattern, `$1${name}: ${value}`);
  }
  return changed;
}
