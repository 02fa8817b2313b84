import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * What the admin bundle (src/cms/browser.ts) must resolve differently from Node,
 * for the bundler's `resolve.alias`: the content model imports node:path (posix
 * joins, kept: path-browserify, the same functions) and node:fs/promises (imported,
 * never called in the page), and Sätteri, whose browser build cannot run there
 * (./browser-shims/satteri.ts says why).
 */
const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const require = createRequire(import.meta.url);

export const browserAliases: Record<string, string> = {
  'node:path': require.resolve('path-browserify'),
  'node:fs/promises': here('./browser-shims/fs-promises.ts'),
  satteri: here('./browser-shims/satteri.ts'),
};
