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
  /** Headers an earlier matching rule set that this one removes first (`! Name`). */
  detach?: readonly string[];
  headers: Record<string, string>;
}

/**
 * Cloudflare's limits on `_headers` (Pages and Workers static assets alike): it
 * ignores a longer line, and every rule past the hundredth.
 */
export const HEADERS_FILE_LIMITS = { rules: 100, lineLength: 2000 } as const;

export function renderHeadersFile(rules: readonly HeaderRule[]): string {
  return rules
    .map(({ path, detach = [], headers }) =>
      [
        path,
        ...detach.map((name) => `  ! ${name}`),
        ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`),
      ].join('\n'),
    )
    .join('\n\n')
    .concat('\n');
}

/** What in a `_headers` file the host would ignore: too many rules, too long lines. */
export function headersFileProblems(text: string): string[] {
  const lines = text.split('\n');
  const rules = lines.filter((line) => line.trim() !== '' && !/^\s/.test(line)).length;
  const problems = lines
    .map((line, index) => ({ line: index + 1, length: line.trim().length }))
    .filter(({ length }) => length > HEADERS_FILE_LIMITS.lineLength)
    .map(
      ({ line, length }) =>
        `line ${line} has ${length} characters; the host ignores lines over ${HEADERS_FILE_LIMITS.lineLength}`,
    );
  if (rules > HEADERS_FILE_LIMITS.rules) {
    problems.push(
      `${rules} rules; the host ignores every rule past the first ${HEADERS_FILE_LIMITS.rules}`,
    );
  }
  return problems;
}

export interface BuiltPage {
  /** The URL path the page is served at, base path included: "/", "/plans/". */
  path: string;
  html: string;
}

const CSP = 'Content-Security-Policy';

/**
 * All rules: the common headers for every response, with the not-found page's
 * CSP, since the host serves 404.html at whatever address was not found; then
 * one rule per page that swaps that CSP for the page's own. Rules add up, and
 * two CSP values would both be enforced, so each page rule detaches the
 * catch-all's first. One rule per page: the host redirects "/plans" and
 * "/plans/index.html" to "/plans/", and a redirect needs no CSP.
 */
export function headerRules(
  base: string,
  pages: readonly BuiltPage[],
  options: HeaderOptions = {},
  notFoundHtml?: string,
): HeaderRule[] {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const notFoundPolicy = notFoundHtml === undefined ? undefined : metaPolicyOf(notFoundHtml);
  const everyResponse: HeaderRule = {
    path: `${prefix}*`,
    headers: {
      ...commonHeaders(options),
      ...(notFoundPolicy ? { [CSP]: headerPolicy(notFoundPolicy) } : {}),
    },
  };
  const rules = [everyResponse];
  for (const page of pages) {
    const meta = metaPolicyOf(page.html);
    if (!meta) continue;
    rules.push({
      path: page.path,
      ...(notFoundPolicy ? { detach: [CSP] } : {}),
      headers: { [CSP]: headerPolicy(meta) },
    });
  }
  return rules;
}
