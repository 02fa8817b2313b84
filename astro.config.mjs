// @ts-check
import { createHash } from 'node:crypto';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import solid from '@astrojs/solid-js';
import { defineConfig } from 'astro/config';
import { generateHydrationScript } from 'solid-js/web';
import { pagefindIndexing } from './src/integrations/pagefind';
import { lazyUrl } from './src/integrations/lazy-url';

/**
 * The production address. Set SITE_URL when deploying elsewhere; canonical links,
 * the sitemap and structured data all follow it.
 */
const DEFAULT_SITE_URL = 'https://customer-care.cs-cart.com';
const site = process.env['SITE_URL'] || DEFAULT_SITE_URL;
/** Serve the site under a sub-path, such as /support (tests build with one too). */
const base = process.env['BASE_PATH'] || '/';

/**
 * Astro hashes its own scripts for the CSP but not Solid's inline hydration
 * bootstrap; without this hash islands silently never hydrate. Computed from the
 * installed Solid so it follows upgrades.
 */
function solidBootstrapHash() {
  const script = generateHydrationScript().match(/<script[^>]*>([\s\S]*?)<\/script>/);
  if (!script?.[1])
    throw new Error('Could not find the Solid hydration script to hash for the CSP.');
  return /** @type {`sha256-${string}`} */ (
    `sha256-${createHash('sha256').update(script[1]).digest('base64')}`
  );
}

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  integrations: [mdx(), solid(), sitemap(), pagefindIndexing()],
  devToolbar: { enabled: false },
  // No code samples on this site, and Shiki's inline styles would break the CSP.
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        resources: ["'self'"],
        hashes: [solidBootstrapHash()],
      },
    },
  },
  vite: {
    plugins: [lazyUrl()],
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          // MDX emits harmless "use client"-style directive warnings (open Astro issue).
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
