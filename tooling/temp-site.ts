import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const projectFiles = [
  'src',
  'public',
  'scripts/build.ts',
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
];

export interface BuildResult {
  ok: boolean;
  /** Everything the build printed, stdout and stderr together. */
  output: string;
}

/**
 * A throwaway copy of the site, for tests that change content and build it.
 * Packages are linked one by one rather than linking node_modules whole, so
 * Astro's cache (node_modules/.astro) stays private to each copy.
 */
export class TempSite {
  readonly root: string;

  private constructor(root: string) {
    this.root = root;
  }

  static async create(): Promise<TempSite> {
    const root = await mkdtemp(path.join(tmpdir(), 'customer-care-'));
    for (const file of projectFiles) {
      await cp(path.join(repoRoot, file), path.join(root, file), { recursive: true });
    }
    await mkdir(path.join(root, 'node_modules'));
    for (const entry of await readdir(path.join(repoRoot, 'node_modules'))) {
      if (entry === '.astro' || entry === '.vite') continue;
      await symlink(
        path.join(repoRoot, 'node_modules', entry),
        path.join(root, 'node_modules', entry),
      );
    }
    return new TempSite(root);
  }

  read(file: string): Promise<string> {
    return readFile(path.join(this.root, file), 'utf-8');
  }

  write(file: string, text: string): Promise<void> {
    return writeFile(path.join(this.root, file), text);
  }

  /** Replaces the site's content with a fixture's, such as the good fixture of the content check. */
  async useContent(folder: string): Promise<void> {
    const content = path.join(this.root, 'src/content');
    await rm(content, { recursive: true, force: true });
    await cp(folder, content, { recursive: true });
  }

  /** Replaces text in a file, failing if the text is not there (a test must not pass vacuously). */
  async replace(file: string, from: string | RegExp, to: string): Promise<void> {
    const text = await this.read(file);
    const changed = text.replace(from, to);
    if (changed === text) throw new Error(`${file} does not contain ${String(from)}`);
    await this.write(file, changed);
  }

  /** Builds the site as `npm run build` does (scripts/build.ts), into dist/. */
  build(env: Record<string, string> = {}, args: string[] = []): Promise<BuildResult> {
    return new Promise((resolve) => {
      execFile(
        process.execPath,
        [path.join(this.root, 'scripts', 'build.ts'), ...args],
        {
          cwd: this.root,
          env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
          maxBuffer: 32 * 1024 * 1024,
        },
        (error, stdout, stderr) => resolve({ ok: !error, output: `${stdout}\n${stderr}` }),
      );
    });
  }

  /** A built page's HTML, such as page("plans/"). */
  page(route: string): Promise<string> {
    const file = route === '' || route.endsWith('/') ? `${route}index.html` : route;
    return this.read(path.join('dist', file));
  }

  remove(): Promise<void> {
    return rm(this.root, { recursive: true, force: true });
  }
}
