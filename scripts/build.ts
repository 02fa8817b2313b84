/**
 * `npm run build`: `astro build`, all or nothing. Astro writes pages into its
 * output folder as it goes, and the security headers (_headers) and the search
 * index come last, so a build that fails late would leave a site with new pages
 * and no headers. This builds into a folder beside the output (dist.building/)
 * and moves it into place only when the whole build passed; a failed build
 * leaves dist/ as the last build that passed left it, and removes its own
 * half-written folder.
 *
 *   node scripts/build.ts [--outDir dist] [any other astro build option]
 */
import { spawn } from 'node:child_process';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));

/** Splits out --outDir (Astro's default is dist) from the options passed through to Astro. */
function parseOutDir(args: string[]): { outDir: string; astroArgs: string[] } {
  let outDir = 'dist';
  const astroArgs: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? '';
    if (arg === '--outDir') outDir = args[++index] ?? outDir;
    else if (arg.startsWith('--outDir=')) outDir = arg.slice('--outDir='.length);
    else astroArgs.push(arg);
  }
  return { outDir: path.resolve(outDir), astroArgs };
}

function runAstroBuild(args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [astro, 'build', ...args], { stdio: 'inherit' });
    // Stay alive until Astro has stopped, to clean up after it: Ctrl+C reaches
    // Astro too; a termination sent to this process alone is passed on.
    process.on('SIGINT', () => {
      // Astro, in the same process group, got it and is stopping.
    });
    process.on('SIGTERM', () => child.kill('SIGTERM'));
    child.on('error', (error) => {
      console.error(`Could not start astro build: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const { outDir, astroArgs } = parseOutDir(process.argv.slice(2));
const building = `${outDir}.building`;
const replaced = `${outDir}.replaced`;
const shown = path.relative(process.cwd(), outDir) || outDir;

// Left over by a build that was killed outright.
await rm(building, { recursive: true, force: true });
await rm(replaced, { recursive: true, force: true });

const code = await runAstroBuild([...astroArgs, '--outDir', building]);
if (code !== 0) {
  await rm(building, { recursive: true, force: true });
  console.error(
    `\nThe build failed: nothing was written to ${shown}/ (it holds the last build that passed, if any).`,
  );
  process.exit(code);
}

// Two renames on one disk: ${shown}/ is either the old site or the new one,
// never a mix, and for no more than an instant absent.
await rename(outDir, replaced).catch((error: NodeJS.ErrnoException) => {
  if (error.code !== 'ENOENT') throw error;
});
await rename(building, outDir);
await rm(replaced, { recursive: true, force: true });
