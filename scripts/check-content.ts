/**
 * npm run check: validates every content file with the build's own schemas and
 * rules, printing every problem at once. Exits 1 when there is any.
 */
import { checkContent } from '../src/lib/content-check/check';
import { readContentFiles } from '../src/lib/content-check/read-files';
import { formatReport } from '../src/lib/content-check/report';

const root = process.argv[2] ?? process.cwd();
const started = performance.now();
const result = checkContent(await readContentFiles(root));
const seconds = ((performance.now() - started) / 1000).toFixed(2);

if (result.problems.length > 0) {
  console.error(formatReport(result));
  process.exitCode = 1;
} else {
  console.log(`${formatReport(result)} (${seconds} s)`);
}
