/**
 * Times `npm run check` as an editor runs it: through npm; as the bare command (a
 * fresh Node process: start-up, TypeScript loading, reading and checking every
 * content file); and the reading and checking alone, which is what a build adds.
 * Figures, not assertions. Part of npm run bench; alone: node bench/content-check.ts [runs]
 */
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { printTable } from './table.ts';

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function timed(run: () => string): { ms: number; output: string } {
  const started = performance.now();
  const output = run();
  return { ms: performance.now() - started, output };
}

export function timeContentCheck(runs: number): (string | number)[][] {
  const throughNpm: number[] = [];
  const command: number[] = [];
  const check: number[] = [];
  for (let run = 0; run < runs; run++) {
    throughNpm.push(
      timed(() => execFileSync('npm', ['run', '--silent', 'check'], { encoding: 'utf-8' })).ms,
    );
    const bare = timed(() =>
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/check-content.ts'], {
        encoding: 'utf-8',
      }),
    );
    command.push(bare.ms);
    const reported = bare.output.match(/\((\d+\.\d+) s\)/);
    if (!reported) throw new Error(`The check did not pass or report its time:\n${bare.output}`);
    check.push(Number(reported[1]) * 1000);
  }
  const row = (what: string, values: number[]) => [
    what,
    seconds(median(values)),
    seconds(Math.min(...values)),
    seconds(Math.max(...values)),
  ];
  return [
    row('npm run check', throughNpm),
    row('node --import tsx scripts/check-content.ts', command),
    row('reading + checking (what a build adds)', check),
  ];
}

export const contentCheckHeader = ['what', 'median', 'min', 'max'];

if (import.meta.main) {
  const runs = Number(process.argv[2] ?? 7);
  printTable(`Content check, ${runs} runs`, contentCheckHeader, timeContentCheck(runs));
}
