import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * `readContent` runs in a browser too (the form editor checks content before a
 * save), so nothing it imports statically may need Node; the one native parser,
 * Sätteri, sits in src/content-model/mdx.ts for another bundle to swap.
 */
const root = path.resolve(import.meta.dirname, '../..');
/** Type-only imports are left out: a bundle erases them. */
const staticImport = /^(?:import|export)\s(?!type\s)[^;]*?from\s+'([^']+)'/gms;

async function staticGraph(entry: string): Promise<Map<string, string[]>> {
  const graph = new Map<string, string[]>();
  const visit = async (file: string) => {
    if (graph.has(file)) return;
    const text = await readFile(file, 'utf-8');
    const specifiers = [...text.matchAll(staticImport)].map((match) => match[1] ?? '');
    graph.set(file, specifiers);
    for (const specifier of specifiers) {
      if (!specifier.startsWith('.')) continue;
      const base = path.resolve(path.dirname(file), specifier);
      const candidates = [`${base}.ts`, path.join(base, 'index.ts'), base];
      for (const candidate of candidates) {
        const found = await readFile(candidate, 'utf-8').then(
          () => true,
          () => false,
        );
        if (found) {
          await visit(candidate);
          break;
        }
      }
    }
  };
  await visit(entry);
  return graph;
}

describe('the content model as a browser bundle sees it', () => {
  it('reaches no Node module from readContent, and Sätteri only through mdx.ts', async () => {
    const graph = await staticGraph(path.join(root, 'src/content-model/index.ts'));
    const packages = [...graph].flatMap(([file, specifiers]) =>
      specifiers
        .filter((specifier) => !specifier.startsWith('.'))
        .map((specifier) => `${path.relative(root, file)} → ${specifier}`),
    );
    expect(packages.filter((line) => /→ node:/.test(line))).toEqual([]);
    expect(packages.filter((line) => line.endsWith('→ satteri'))).toEqual([
      'src/content-model/mdx.ts → satteri',
    ]);
    expect(graph.size).toBeGreaterThan(10);
  });
});
