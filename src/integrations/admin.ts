import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { rolldown } from 'rolldown';
import { browserAliases } from '../cms/browser-aliases';
import { cmsConfig, contentMap } from '../cms/index';
import { readContentFiles } from '../content-model';
import { ADMIN_DIRECTORY } from '../lib/security-headers';

/**
 * The content editor at <base>admin/: Decap CMS, written into the build output
 * after Astro is done, so it is no Astro page: no <meta> policy of Astro's (which
 * would forbid the 'unsafe-eval' Decap needs; its header policy is adminRule in
 * src/lib/security-headers.ts), not in the sitemap (which lists Astro's pages only),
 * not in the search index (Pagefind has indexed the pages before this runs, and
 * indexes only marked answers anyway), and nothing of it on any public page.
 *
 * Decap comes as the prebuilt script of the `decap-cms` package, copied: measured
 * against bundling `decap-cms-app` with React 19 ourselves (2 shared cores):
 *   prebuilt decap-cms.js  5,167,389 B (1,509,073 gzip) + 94 chunks loaded on demand
 *                          (673,138 B, 213,843 gzip, all together), 0 s to build
 *   esbuild bundle         5,843,107 B, 4.1-5.4 s on every build (or a cache to keep)
 * Same code, same version, same API (window.CMS); the prebuilt one is smaller and
 * costs the build nothing. Our own script (src/admin/editor.ts: the formats and the
 * save check of src/cms, which carry the content model) is bundled with Rolldown,
 * Vite's own bundler, and reused while none of its input files changed.
 */

export interface AdminOptions {
  /** owner/name of the GitHub repository the editor saves to (not needed locally). */
  repo?: string | undefined;
  /** The branch the editorial workflow publishes to. */
  branch: string;
}

const require = createRequire(import.meta.url);
const decapDist = path.dirname(require.resolve('decap-cms/dist/decap-cms.js'));
/** Decap's main script and the chunks it loads from beside itself (not the source maps). */
const decapFile = /^(?:\d+\.)?decap-cms\.js$|^decap-cms\.js\.LICENSE\.txt$/;

/** From the site's root: the copy being built, whichever folder it is in. */
const EDITOR_ENTRY = 'src/admin/editor.ts';
/** Bump when the bundle options below change: an old cached bundle no longer fits. */
const BUNDLE_RECIPE = 'iife-minify-browser-aliases-2';

export function adminPage(options: AdminOptions): AstroIntegration {
  let root = process.cwd();
  let site: string | undefined;
  return {
    name: 'customer-care:admin',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        site = config.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(new URL(ADMIN_DIRECTORY, dir));
        await mkdir(out, { recursive: true });
        // Node's modules as this file loaded them: the loader that would import them
        // for the content model on first use is closed by this hook.
        const files = await readContentFiles(root, { fs: { readdir, readFile }, path });
        const config = cmsConfig({
          backend: 'github',
          ...(options.repo ? { repo: options.repo } : {}),
          branch: options.branch,
          ...(site ? { siteUrl: site } : {}),
          content: files,
        });
        const editor = await editorBundle(root, logger);
        await Promise.all([
          writeFile(path.join(out, 'index.html'), adminHtml()),
          writeFile(path.join(out, 'config.json'), JSON.stringify(config)),
          writeFile(path.join(out, 'content.json'), JSON.stringify(contentMap(files))),
          writeFile(path.join(out, 'editor.js'), editor.code),
          copyDecap(out),
        ]);
        logger.info(
          `Content editor written to ${ADMIN_DIRECTORY} in ${Math.round(performance.now() - started)} ms (editor script ${editor.cached ? 'reused' : 'bundled'}).`,
        );
      },
    },
  };
}

/** The page: no inline code, so its policy needs no hash; both scripts deferred, in order. */
export function adminHtml(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Content editor</title>
<script src="editor.js" defer></script>
<script src="decap-cms.js" defer></script>
</head>
<body></body>
</html>
`;
}

async function copyDecap(out: string): Promise<void> {
  const names = (await readdir(decapDist)).filter((name) => decapFile.test(name));
  await Promise.all(
    names.map((name) => copyFile(path.join(decapDist, name), path.join(out, name))),
  );
}

interface BundleManifest {
  recipe: string;
  /** Every module in the bundle (path from the site's root, or absolute outside it) -> sha256. */
  inputs: Record<string, string>;
  /** The cached script's file name in the cache folder, named by its hash. */
  script: string;
}

/**
 * In the installed packages' own node_modules (a real path), so the throwaway
 * copies of the site that tests build, whose packages are links, share it.
 */
const cacheDir = path.join(
  path.dirname(require.resolve('decap-cms/package.json')),
  '..',
  '.cache',
  'customer-care-admin',
);

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

const hashOf = (file: string) => readFile(file).then(sha256, () => undefined);

/** Written under a temporary name and renamed: builds running side by side never read half a file. */
async function writeAtomically(file: string, text: string): Promise<void> {
  const temporary = `${file}.${process.pid}.${Date.now()}`;
  await writeFile(temporary, text);
  await rename(temporary, file);
}

/** The modules the last editor bundle was made of, with their hashes: its build metadata. */
export async function adminBundleInputs(): Promise<BundleManifest | undefined> {
  return readFile(path.join(cacheDir, 'manifest.json'), 'utf-8').then(
    (text) => JSON.parse(text) as BundleManifest,
    () => undefined,
  );
}

/**
 * The editor script: the cached bundle while every module it was built from is
 * unchanged (the suite builds the site many times; bundling the content model
 * for the browser takes seconds), else a fresh bundle.
 */
export async function editorBundle(
  root: string,
  logger?: AstroIntegrationLogger,
): Promise<{ code: string; cached: boolean }> {
  const manifest = await adminBundleInputs();
  if (manifest?.recipe === BUNDLE_RECIPE) {
    const files = Object.keys(manifest.inputs);
    const hashes = await Promise.all(files.map((file) => hashOf(path.resolve(root, file))));
    const unchanged = files.every((file, index) => manifest.inputs[file] === hashes[index]);
    const code = unchanged
      ? await readFile(path.join(cacheDir, manifest.script), 'utf-8').catch(() => undefined)
      : undefined;
    if (code !== undefined) return { code, cached: true };
  }
  const started = performance.now();
  const bundle = await rolldown({
    input: path.join(root, EDITOR_ENTRY),
    cwd: root,
    platform: 'browser',
    // What the content model imports from Node, and Sätteri's native addon, swapped
    // for what runs in a page (src/cms/browser-aliases.ts says what and why).
    resolve: { alias: browserAliases },
    transform: { define: { 'process.env.NODE_ENV': '"production"' } },
  });
  try {
    const { output } = await bundle.generate({ format: 'iife', minify: true });
    const [chunk] = output;
    if (!chunk || chunk.type !== 'chunk') throw new Error('Rolldown wrote no editor script.');
    const modules = chunk.moduleIds.filter((id) => path.isAbsolute(id));
    const inputs = Object.fromEntries(
      await Promise.all(
        modules.map(async (file) => {
          const relative = path.relative(root, file);
          const key = relative.startsWith('..') ? file : relative.split(path.sep).join('/');
          return [key, (await hashOf(file)) ?? ''] as const;
        }),
      ),
    );
    const script = `editor-${sha256(chunk.code).slice(0, 16)}.js`;
    await mkdir(cacheDir, { recursive: true });
    await writeAtomically(path.join(cacheDir, script), chunk.code);
    await writeAtomically(
      path.join(cacheDir, 'manifest.json'),
      JSON.stringify({ recipe: BUNDLE_RECIPE, inputs, script } satisfies BundleManifest, null, 1),
    );
    logger?.info(
      `Editor script bundled from ${modules.length} modules in ${Math.round(performance.now() - started)} ms.`,
    );
    return { code: chunk.code, cached: false };
  } finally {
    await bundle.close();
  }
}
