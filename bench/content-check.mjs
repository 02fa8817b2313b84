// Times `npm run check` as an editor runs it (npm, then a fresh Node process:
// start-up, TypeScript loading, reading and checking every content file), and
// the check alone (reading and checking), which is what the build adds. Prints figures; asserts nothing.
//   node bench/content-check.mjs [runs]
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

const runs = Number(process.argv[2] ?? 7);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const format = (ms) => `${(ms / 1000).toFixed(2)} s`;

const wall = [];
const inside = [];
const throughNpm = [];
for (let run = 0; run < runs; run++) {
  const viaNpm = performance.now();
  execFileSync('npm', ['run', '--silent', 'check'], { encoding: 'utf-8' });
  throughNpm.push(performance.now() - viaNpm);

  const started = performance.now();
  const output = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/check-content.ts'], {
    encoding: 'utf-8',
  });
  wall.push(performance.now() - started);
  const reported = output.match(/\((\d+\.\d+) s\)/);
  if (!reported) throw new Error(`The check did not pass or report its time:\n${output}`);
  inside.push(Number(reported[1]) * 1000);
}

console.log(`npm run check, ${runs} runs (median, min, max):`);
console.log(
  `  through npm:     ${format(median(throughNpm))}  ${format(Math.min(...throughNpm))}  ${format(Math.max(...throughNpm))}`,
);
console.log(
  `  whole command:   ${format(median(wall))}  ${format(Math.min(...wall))}  ${format(Math.max(...wall))}`,
);
console.log(
  `  reading + check: ${format(median(inside))}  ${format(Math.min(...inside))}  ${format(Math.max(...inside))}`,
);
