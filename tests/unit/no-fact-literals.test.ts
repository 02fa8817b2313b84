import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Facts live in src/content; code and prose name them through content. This scans
 * components, pages, layouts, lib and the prose of MDX files (not their front
 * matter, which is where plan facts live) for values that must not be retyped.
 */
const forbidden: { what: string; pattern: RegExp }[] = [
  { what: 'a plan price', pattern: /\$?\b(184|220|330|395|18400|22000|33000|39500)\b/ },
  {
    what: 'the opening or closing time',
    pattern: /\b0?9:00\b|\b18:00\b|\b9 ?(AM|am)\b|\b6 ?(PM|pm)\b/,
  },
  { what: 'the team offset', pattern: /GMT\s?\+\s?4|UTC\s?\+\s?4\b|\+04:00/ },
  { what: "a license's included months", pattern: /\b[123]\s?months?\b/ },
];

async function filesUnder(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

const withoutFrontMatter = (text: string) => text.replace(/^---\n[\s\S]*?\n---\n/, '');

describe('no component, page, library module or MDX prose retypes a fact', async () => {
  const code = (
    await Promise.all(['src/components', 'src/pages', 'src/layouts', 'src/lib'].map(filesUnder))
  ).flat();
  const prose = (await filesUnder('src/content')).filter((file) => file.endsWith('.mdx'));

  it('finds files to scan', () => {
    expect(code.length).toBeGreaterThan(20);
    expect(prose.length).toBeGreaterThan(12);
  });

  for (const file of [...code, ...prose]) {
    it(file, async () => {
      const raw = await readFile(file, 'utf-8');
      const text = file.endsWith('.mdx') ? withoutFrontMatter(raw) : raw;
      const found = forbidden
        .map(({ what, pattern }) => ({ what, match: text.match(pattern)?.[0] }))
        .filter(({ match }) => match !== undefined);
      expect(found).toEqual([]);
    });
  }
});
