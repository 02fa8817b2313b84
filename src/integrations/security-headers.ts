import { glob, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  adminRule,
  headerRules,
  headersFileProblems,
  renderHeadersFile,
  withOwnHashesOnly,
  type HeaderOptions,
} from '../lib/security-headers';

/** All Pagefind's worker does: fetch the index and compile its WebAssembly. */
const SEARCH_WORKER_POLICY =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'";

/**
 * After the build: trims each page's meta CSP to the hashes of its own inline
 * code, then writes dist/_headers from each page's (trimmed) CSP, within the
 * host's limits.
 */
export default function securityHeaders(options: HeaderOptions = {}): AstroIntegration {
  let base = '/';
  return {
    name: 'customer-care:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const root = fileURLToPath(dir);
        let trimmed = 0;
        for await (const file of glob('**/*.html', { cwd: root })) {
          const path = `${root}/${file}`;
          const html = await readFile(path, 'utf-8');
          const own = withOwnHashesOnly(html);
          if (own !== html) {
            await writeFile(path, own);
            trimmed += 1;
          }
        }
        const prefix = base.endsWith('/') ? base : `${base}/`;
        const built = await Promise.all(
          pages
            // 404.html is served at whatever address was not found: the catch-all rule.
            .filter(({ pathname }) => pathname !== '404/')
            .map(async ({ pathname }) => ({
              path: `${prefix}${pathname}`,
              html: await readFile(fileURLToPath(new URL(`${pathname}index.html`, dir)), 'utf-8'),
            })),
        );
        const notFound = await readFile(new URL('404.html', dir), 'utf-8').catch(() => undefined);
        const rules = headerRules(base, built, options, notFound);
        // Pagefind's web worker runs under the CSP its own script arrives with, not
        // the page's: the catch-all's 404 policy would stop it fetching its index.
        rules.splice(1, 0, {
          path: `${prefix}pagefind/*`,
          ...(rules[0]?.headers['Content-Security-Policy']
            ? { detach: ['Content-Security-Policy'] }
            : {}),
          headers: { 'Content-Security-Policy': SEARCH_WORKER_POLICY },
        });
        // The content editor (src/integrations/admin.ts) runs under its own policy.
        rules.splice(2, 0, adminRule(base, rules[0]));
        const problems = headersFileProblems(renderHeadersFile(rules));
        if (problems.length > 0) {
          // The host would silently drop rules or lines: stop rather than ship that.
          throw new Error(`_headers is over Cloudflare's limits: ${problems.join('; ')}`);
        }
        await writeFile(new URL('_headers', dir), renderHeadersFile(rules));
        logger.info(
          `CSP hashes trimmed to each page's own on ${trimmed} page(s); _headers written: ${rules.length - 1} page policies`,
        );
      },
    },
  };
}
