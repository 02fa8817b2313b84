/** Prints rows as a Markdown table, so figures paste straight into notes. */
export function printTable(title: string, header: string[], rows: (string | number)[][]): void {
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...rows.map((row) => String(row[column] ?? '').length)),
  );
  const line = (cells: (string | number)[]) =>
    `| ${cells.map((cell, column) => String(cell).padEnd(widths[column] ?? 0)).join(' | ')} |`;
  console.log(`\n### ${title}\n`);
  console.log(line(header));
  console.log(`| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`);
  for (const row of rows) console.log(line(row));
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
