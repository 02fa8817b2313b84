import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatReport, readContent, readContentFiles } from '../../src/content-model';
import { badCases, badContent, goodContent, reportPath } from '../support/content-fixtures';

const repoRoot = path.resolve(import.meta.dirname, '../..');

describe('the content check on good content', () => {
  it('passes the good fixture, photo and all, and resolves its model', async () => {
    const result = readContent(await goodContent());
    expect(result.problems).toEqual([]);
    expect(result.model?.plans.included.id).toBe('basic');
    expect(result.filesChecked).toBe(19);
    expect(formatReport(result)).toBe('Content check passed: 19 files checked, no problems.');
  });

  it("passes the site's own content", async () => {
    const result = readContent(await readContentFiles(repoRoot));
    expect(result.problems).toEqual([]);
    expect(result.model).toBeDefined();
    expect(result.filesChecked).toBeGreaterThan(20);
  });
});

describe('the content check on realistic mistakes', async () => {
  const cases = await badCases();

  it('has at least a dozen mistakes to check', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
  });

  for (const name of cases) {
    it(name, async () => {
      const { files, changed } = await badContent(name);
      const result = readContent(files);

      expect(result.problems.length).toBeGreaterThan(0);
      expect(result.model).toBeUndefined();
      for (const problem of result.problems) {
        // Every problem is reported in a file the mistake was made in, with a
        // field, a sentence on what is wrong and one on how to fix it.
        expect(changed).toContain(problem.file);
        expect(problem.field).not.toBe('');
        expect(problem.message).toMatch(/^[A-Z"].+\.$/);
        expect(problem.fix).toMatch(/^[A-Za-z"].+[.?]$/);
      }
      // Each file with a mistake is named, so a mistake in two files names both.
      expect(new Set(result.problems.map((problem) => problem.file))).toEqual(new Set(changed));
      await expect(formatReport(result)).toMatchFileSnapshot(reportPath(name));
    });
  }
});
