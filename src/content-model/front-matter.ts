/** An MDX file split into its front matter (YAML between --- lines) and its body. */
export type MdxParts =
  | { ok: true; frontMatter: string; frontMatterLine: number; body: string; bodyLine: number }
  | { ok: false; line: number; text: string; message: string; fix: string };

const isFence = (line: string | undefined) => line !== undefined && line.trimEnd() === '---';

export function splitMdx(source: string): MdxParts {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  // Astro allows blank lines before the opening fence.
  let open = 0;
  while (open < lines.length && (lines[open] ?? '').trim() === '') open++;
  if (!isFence(lines[open])) {
    return {
      ok: false,
      line: open + 1,
      text: (lines[open] ?? '').trim(),
      message: 'The file does not start with front matter.',
      fix: 'Begin the file with a line of three dashes (---), then the fields, then another --- line, then the text.',
    };
  }
  const close = lines.findIndex((line, index) => index > open && isFence(line));
  if (close === -1) {
    return {
      ok: false,
      line: open + 1,
      text: '---',
      message: 'The front matter is opened with --- but never closed.',
      fix: 'Add a line with just --- after the last field, before the text.',
    };
  }
  return {
    ok: true,
    frontMatter: lines.slice(open + 1, close).join('\n'),
    frontMatterLine: open + 2,
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
  };
}
