import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { proseGuard } from '../../src/content-model/prose-plugin';
import { proseFeatures } from '../../src/content-model/mdx';

/** Compiles MDX as Astro's pipeline does, with the guard. */
const compile = (source: string) =>
  mdxToJs(source, {
    mdastPlugins: [proseGuard],
    features: proseFeatures,
    fileURL: pathToFileURL(`${process.cwd()}/src/content/faq/hostile.mdx`),
  });

describe('the MDX pipeline guard', () => {
  it('compiles prose with fact components', () => {
    expect(() =>
      compile('---\nquestion: Hi?\n---\n\nWe answer on <SupportHours />.\n'),
    ).not.toThrow();
  });

  it('refuses code, raw HTML and unsafe links before they become code, naming file and line', () => {
    const source = [
      '---',
      'question: Hi?',
      '---',
      '',
      "export const user = execSync('id -un').toString()",
      '',
      'User: {user} <meta http-equiv="refresh" content="2;url=https://evil.example/" />',
      '',
      '[x](javascript:alert(1))',
      '',
    ].join('\n');
    let message = '';
    try {
      compile(source);
    } catch (error) {
      message = error instanceof Error ? error.message : String(error);
    }
    expect(message).toContain('src/content/faq/hostile.mdx:5 — (import or export)');
    expect(message).toContain('src/content/faq/hostile.mdx:7 — {…} — "{user}"');
    expect(message).toContain('src/content/faq/hostile.mdx:7 — <meta>');
    expect(message).toContain('src/content/faq/hostile.mdx:9 — (link) — "javascript:alert(1)"');
  });
});
