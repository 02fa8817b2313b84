import type { AstroGlobal } from 'astro';

/**
 * Pagefind fetches its index and compiles WebAssembly. It does so in a web worker, which the page's
 * <meta> policy does not govern; if the worker cannot start, Pagefind falls back
 * to the page's main thread, where the policy must allow it. Called from the
 * frontmatter of each page with <FaqSearch>: Astro renders the <head>, and the
 * policy in it, once the page's own frontmatter has run, before its components'.
 */
export function allowSearch(csp: AstroGlobal['csp']) {
  csp?.insertScriptResource("'wasm-unsafe-eval'");
  // Its fetches of the index and WebAssembly: connect-src 'self', on every page (astro.config.mjs).
}
