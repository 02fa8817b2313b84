// @ts-check
import { createHash } from 'node:crypto';
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import solid from '@astrojs/solid-js';
import { defineConfig } from 'astro/config';
import { generateHydrationScript } from 'solid-js/web';
import { proseGuard } from './src/content-model/prose-plugin';
import { adminPage } from './src/integrations/admin';
import { lazyUrl } from './src/integrations/lazy-url';
import { pagefindIndexing } from './src/integrations/pagefind';
import securityHeaders from './src/integrations/security-headers';
import { readSettings } from './src/settings';

/**
 * SITE_URL (the production address: canonical links, the sitemap and structured
 * data follow it) and BASE_PATH (a sub-path such as /support/), checked here so
 * a bad value stops the build or `astro dev` naming the variable (src/settings.ts).
 */
const { site, base } = readSettings();

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
  // HTML whitespace rules rather than Astro 7's JSX default: Prettier formats
  // .astro files with HTML rules, and under JSX rules a line it wraps after an
  // expression would silently drop the space ("16years").
  compressHTML: true,
  integrations: [
    mdx(),
    solid(),
    sitemap(),
    pagefindIndexing(),
    // The content editor at /admin/, after the search index so it is never indexed.
    // It saves to CMS_GITHUB_REPO (owner/name; GitHub Actions sets GITHUB_REPOSITORY,
    // which a deploy from the repository's own workflow uses) and publishes to
    // CMS_BRANCH (main). The fallback is the name the production repository is
    // expected to have: set CMS_GITHUB_REPO where it differs.
    adminPage({
      repo:
        process.env['CMS_GITHUB_REPO'] ||
        process.env['GITHUB_REPOSITORY'] ||
        'cs-cart/customer-care',
      branch: process.env['CMS_BRANCH'] || 'main',
    }),
    // HSTS preload is for the domain's owner to opt into (HSTS_PRELOAD=true): it
    // commits the domain and all its subdomains to HTTPS in browsers for a long time.
    securityHeaders({ hstsPreload: process.env['HSTS_PRELOAD'] === 'true' }),
  ],
  devToolbar: { enabled: false },
  // Every page's CSS in its own HTML, as Astro already does for small sheets:
  // no render-blocking request before the first paint, and one gzip stream that
  // shares the class names with the markup (/plans/: 568 B less than two sheets
  // of 2 KB each). The price: the shared sheet is not cached across pages, about
  // 2 KB gzip on each further page a visitor opens.
  build: { inlineStylesheets: 'always' },
  // No code samples on this site, and Shiki's inline styles would break the CSP.
  markdown: {
    syntaxHighlight: false,
    // MDX, which inherits this, compiles only prose and fact components: the
    // guard refuses imports, expressions and raw HTML before they become code.
    processor: satteri({ mdastPlugins: [proseGuard] }),
  },
  security: {
    csp: {
      algorithm: 'SHA-256',
      // Deny by default (fonts, manifests, plugins included); allow only what every
      // page uses. No page has a form or a <base>, nor a data: image. Fetches from
      // the site itself are allowed on every page: search fetches its index, and
      // Lighthouse's SEO audit fetches /robots.txt from inside the page, which a
      // policy without connect-src blocks (GoogleChrome/lighthouse#4386). Same-origin
      // only, it sends nothing anywhere a script could not already reach.
      directives: [
        "default-src 'none'",
        "img-src 'self'",
        "connect-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
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
        // Constants such as the search's URL parameter names are written into the
        // code that reads them, so the FAQ's tiny loader and the search code share
        // no chunk (no extra request) for a few bytes of names.
        optimization: { inlineConst: { mode: 'all' } },
        onwarn(warning, warn) {
          // MDX emits harmless "use client"-style directive warnings (open Astro issue).
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
