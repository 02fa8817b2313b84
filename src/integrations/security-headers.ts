import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headerRules, renderHeadersFile, type HeaderOptions } from '../lib/security-headers';

/** Writes dist/_headers after the build, from each page's own CSP. */
export default function securityHeaders(options: HeaderOptions = {}): AstroIntegration {
  let base = '/';
  return {
    name: 'customer-care:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const prefix = base.endsWith('/') ? base : `${base}/`;
        const built = await Promise.all(
          pages
            // 404.html is served at whatever address was not found: no path to match.
            .filter(({ pathname }) => pathname !== '404/')
            .map(async ({ pathname }) => ({
              path: `${prefix}${pathname}`,
              html: await readFile(fileURLToPath(new URL(`${pathname}index.html`, dir)), 'utf-8'),
            })),
        );
        const rules = headerRules(base, built, options);
        await writeFile(new URL('_headers', dir), renderHeadersFile(rules));
        logger.info(`_headers written: ${rules.length - 1} page policies`);
      },
    },
  };
}
