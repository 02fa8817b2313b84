import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { factComponentContracts } from '../../src/content-model/fact-components';
import { guideEdits, readGuide } from '../support/contributing';

/** CONTRIBUTING.md names real files and every fact component; its recipes build (tests/build). */
describe('CONTRIBUTING.md', async () => {
  const guide = await readGuide();
  const edits = guideEdits(guide);

  it('is linked from the README', async () => {
    expect(await readFile('README.md', 'utf-8')).toMatch(/\]\(CONTRIBUTING\.md\)/);
  });

  it('has recipes for prices, questions, people with photos, licenses, hours and closures', () => {
    expect(edits.map(({ file, action }) => `${action} ${file}`)).toEqual([
      'change src/content/plans/plus.mdx',
      'new src/content/faq/phone-support.mdx',
      'append src/content/team.yaml',
      'append src/content/licenses.yaml',
      'change src/content/support-hours.yaml',
      'change src/content/support-hours.yaml',
    ]);
  });

  it('shows how to use every fact component', () => {
    for (const name of Object.keys(factComponentContracts)) expect(guide).toContain(`<${name}`);
  });

  it('names only content files that exist (or that a recipe creates)', () => {
    const created = new Set(edits.filter(({ action }) => action === 'new').map(({ file }) => file));
    const named = new Set(guide.match(/src\/content\/[\w./-]*[\w/]/g));
    expect(named.size).toBeGreaterThan(8);
    for (const file of named) {
      // Photos in the guide are examples of files an editor adds.
      if (created.has(file) || file.startsWith('src/content/team/')) continue;
      expect(existsSync(file), file).toBe(true);
    }
  });
});
