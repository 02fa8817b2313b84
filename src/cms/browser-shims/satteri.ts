/**
 * Sätteri in the admin page's bundle, in place of the real package.
 *
 * Sätteri parses MDX in Rust: in Node through its native addon, in a browser only
 * through its wasm32-wasip1-threads build (@bruits/satteri-wasm32-wasi), which
 * needs a shared WebAssembly memory, so SharedArrayBuffer, so a cross-origin
 * isolated page (Cross-Origin-Opener-Policy: same-origin with
 * Cross-Origin-Embedder-Policy: require-corp). Such a page cannot keep the GitHub
 * login popup, which reports back through window.opener; and npm does not even
 * install that build on a machine whose CPU is not wasm32. So in the admin page
 * the prose rules (src/content-model/prose.ts: no import or export, no {…}
 * expression, no HTML, https/mailto links only, no images, fact components and
 * their ids spelt right, MDX that parses) are left to the pull request's check;
 * every other rule of the content check runs before the save.
 *
 * This parser finds the front matter as Sätteri does (a `---` line first, the next
 * `---` line closing it), as the tree's `yaml` node with its lines, so every field
 * is checked with its line; the prose below it reads as empty, so the prose rules
 * find nothing.
 */
export const proseCheckedInBrowser = false;

export function mdxToMdast(source: string) {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  const close = lines.findIndex((line, index) => index > 0 && line.trimEnd() === '---');
  if (lines[0]?.trimEnd() !== '---' || close < 0) return { type: 'root', children: [] };
  const yaml = {
    type: 'yaml',
    value: lines.slice(1, close).join('\n'),
    position: { start: { line: 1, column: 1 }, end: { line: close + 1, column: 4 } },
  };
  return { type: 'root', children: [yaml] };
}
