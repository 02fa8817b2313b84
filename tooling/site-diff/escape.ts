/**
 * Text from content goes into a pull-request comment, so it must read as plain
 * text there: no mention of a person or team, no link, no image, no HTML, no
 * heading or table, no maths. Markdown punctuation is escaped; what GitHub turns
 * into links without any punctuation (@names, #numbers, web addresses, e-mail
 * addresses) gets an invisible word joiner that breaks the pattern but not the
 * reading.
 */
const WORD_JOINER = '\u2060';

const htmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

export function escapeText(text: string): string {
  return (
    text
      // One line: a line break in content must not start a heading or a list.
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[&<>]/g, (character) => htmlEntities[character] ?? character)
      .replace(/[\\`*_[\]|~$!]/g, '\\$&')
      .replace(/[@#]/g, `$&${WORD_JOINER}`)
      .replace(/:\/\//g, `:${WORD_JOINER}//`)
      .replace(/\bwww\./gi, (match) => `${match.slice(0, 3)}${WORD_JOINER}.`)
  );
}

/** Text quoted in the report, as a visitor would read it: “…”. */
export const quote = (text: string) => `“${escapeText(text)}”`;

/**
 * A fenced block for machine output (a failed build's log): nothing in a code
 * block is rendered, and the fence is longer than any run of backticks inside.
 */
export function codeBlock(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map(([run]) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}text\n${text.trimEnd()}\n${fence}`;
}
