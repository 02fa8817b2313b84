/**
 * npm run check: reads and checks every content file through the content model,
 * printing every problem at once. Exits 1 when there is any. On GitHub Actions
 * each problem is also annotated on its line of the pull request, and the report
 * is added to the run's summary page.
 */
import { appendFile } from 'node:fs/promises';
import {
  formatReport,
  githubAnnotation,
  readContent,
  readContentFiles,
} from '../src/content-model';

const root = process.argv[2] ?? process.cwd();
const started = performance.now();
const result = readContent(await readContentFiles(root));
const seconds = ((performance.now() - started) / 1000).toFixed(2);
const report = formatReport(result);

if (result.problems.length > 0) {
  console.error(report);
  process.exitCode = 1;
} else {
  console.log(`${report} (${seconds} s)`);
}

if (process.env['GITHUB_ACTIONS'] === 'true') {
  for (const problem of result.problems) console.log(githubAnnotation(problem));
  const summary = process.env['GITHUB_STEP_SUMMARY'];
  if (summary) await appendFile(summary, `### Content check\n\n\`\`\`text\n${report}\n\`\`\`\n`);
}
