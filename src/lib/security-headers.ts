/**
 * HTTP security headers for a static host, in the `_headers` format that
 * Netlify and Cloudflare Pages read.
 *
 * Browsers enforce a header CSP and a `<meta>` CSP together, so a header policy
 * that lacked the page's script hashes would block its scripts. Each page's header
 * policy is therefore its own meta policy (same hashes) plus what a meta tag
 * cannot carry: frame-ancestors.
 */

import { createHash } from 'node:crypto';

/** One year: long enough for the HTTP Observatory's HSTS test (six months minimum). */
export const HSTS_MAX_AGE_SECONDS = 31_536_000;

export interface HeaderOptions {
  /**
   * Adds `preload` to HSTS. Only the domain's owner should opt in: preloading asks
   * browsers to hard-code HTTPS for the domain and every subdomain, and is slow to undo.
   */
  hstsPreload?: boolean;
}

/** Headers for every response, pages and assets alike. */
export function commonHeaders({ hstsPreload = false }: HeaderOptions = {}): Record<string, string> {
  return {
    'Strict-Transport-Security': `max-age=${HSTS_MAX_AGE_SECONDS}; includeSubDomains${hstsPreload ? '; preload' : ''}`,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy':
      'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}

/** The `content` of a page's `<meta http-equiv="content-security-policy">`, if any. */
export function metaPolicyOf(html: string): string | undefined {
  const tag = html.match(/<meta\s[^>]*http-equiv=["']?content-security-policy["']?[^>]*>/i)?.[0];
  const content = tag?.match(/\scontent=(?:"([^"]*)"|'([^']*)')/i);
  return content ? (content[1] ?? content[2])?.trim() : undefined;
}

/** A hash source with the whitespace before it: `'sha256-…'`. */
const HASH_SOURCE = /\s+'(sha256|sha384|sha512)-([A-Za-z0-9+/=]+)'/g;
const META_POLICY =
  /(<meta\s[^>]*http-equiv=["']?content-security-policy["']?[^>]*\scontent=")([^"]*)"/i;

/** The text of each inline script and style of a page: what a CSP hash source covers. */
export function inlineCode(html: string): string[] {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes]) => !/\ssrc\s*=/i.test(attributes ?? ''))
    .map(([, , code]) => code ?? '');
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map(
    ([, code]) => code ?? '',
  );
  return [...scripts, ...styles];
}

/**
 * The page with its `<meta>` CSP keeping only the hash sources that match one of
 * its own inline scripts or styles. Astro lists on every page the hashes of every
 * inline script the whole site might use (each hydration directive, the dev-only
 * island runtime, each stylesheet's text): each unused one costs about 45
 * incompressible bytes, and a policy that allows less is the stricter one.
 * A page without a meta CSP comes back unchanged.
 */
export function withOwnHashesOnly(html: string): string {
  const code = inlineCode(html);
  const digests = new Map<string, Set<string>>();
  const isUsed = (algorithm: string, digest: string) => {
    let known = digests.get(algorithm);
    if (!known) {
      known = new Set(code.map((text) => createHash(algorithm).update(text).digest('base64')));
      digests.set(algorithm, known);
    }
    return known.has(digest);
  };
  return html.replace(
    META_POLICY,
    (_, start: string, policy: string) =>
      `${start}${policy.replace(HASH_SOURCE, (source, algorithm: string, digest: string) =>
        isUsed(algorithm, digest) ? source : '',
      )}"`,
  );
}

/** Splits a policy into directive name → full directive text, in order. */
export function parsePolicy(policy: string): Map<string, string> {
  const directives = new Map<string, string>();
  for (const part of policy.split(';')) {
    const directive = part.trim().replace(/\s+/g, ' ');
    const name = directive.split(' ')[0]?.toLowerCase();
    if (name && !directives.has(name)) directives.set(name, directive);
  }
  return directives;
}

/** The page's header policy: its meta policy, plus frame-ancestors 'none'. */
export function headerPolicy(metaPolicy: string): string {
  const directives = parsePolicy(metaPolicy);
  directives.set('frame-ancestors', "frame-ancestors 'none'");
  return [...directives.values()].join('; ');
}

export interface HeaderRule {
  /** A path, or a pattern ending in `*`, as the host matches it. */
  path: string;
  headers: Record<string, string>;
}

export function renderHeadersFile(rules: readonly HeaderRule[]): string {
  return rules
    .map(({ path, headers }) =>
      [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
    )
    .join('\n\n')
    .concat('\n');
}

export interface BuiltPage {
  /** The URL path the page is served at, base path included: "/", "/plans/". */
  path: string;
  html: string;
}

/**
 * All rules: common headers for everything, then one CSP per page, for each
 * address a static host serves the page at ("/plans/", "/plans",
 * "/plans/index.html").
 */
export function headerRules(
  base: string,
  pages: readonly BuiltPage[],
  options: HeaderOptions = {},
): HeaderRule[] {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const rules: HeaderRule[] = [{ path: `${prefix}*`, headers: commonHeaders(options) }];
  for (const page of pages) {
    const meta = metaPolicyOf(page.html);
    if (!meta) continue;
    const headers = { 'Content-Security-Policy': headerPolicy(meta) };
    const addresses = page.path.endsWith('/')
      ? [page.path, page.path.slice(0, -1), `${page.path}index.html`]
      : [page.path];
    for (const address of addresses.filter((path) => path !== '')) {
      rules.push({ path: address, headers });
    }
  }
  return rules;
}
