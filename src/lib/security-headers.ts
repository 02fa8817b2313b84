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

/** Where the content editor lives under the base path (src/integrations/admin.ts writes it). */
export const ADMIN_DIRECTORY = 'admin/';

/**
 * The content editor's policy, the least Decap CMS runs under (every source was
 * tried away in tests/e2e/admin.spec.ts, which fails on any violation):
 * - script-src 'unsafe-eval': Decap validates its configuration with Ajv, which
 *   compiles each schema into a function.
 * - style-src 'unsafe-inline': its components inject their styles (Emotion) at run time.
 * - connect-src 'self': the local proxy, which the page reaches at its own origin
 *   (admin/api/v1, forwarded to decap-server by scripts/wrangler-serve.ts), and the
 *   configuration, content and editor chunks; https://api.github.com: the GitHub
 *   backend reads and writes the repository there.
 * - img-src data: blob:: Decap's icons and the previews of files being uploaded;
 *   https://avatars.githubusercontent.com: the signed-in editor's picture.
 * The login popup needs no source: window.open is not governed by CSP, but it needs
 * the opener kept (adminHeaders).
 */
export const ADMIN_POLICY = [
  "default-src 'none'",
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self' https://api.github.com",
  "img-src 'self' data: blob: https://avatars.githubusercontent.com",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The content editor's rule. It detaches the catch-all's CSP (two would both be
 * enforced) and its Cross-Origin-Opener-Policy: same-origin, which cuts the GitHub
 * login popup off from the page that opened it, so the popup could never hand the
 * token back. same-origin-allow-popups keeps the opener for popups this page opens
 * and still isolates the page from any window that opens it. noindex: an editor's
 * tool, not a page for search engines (it is in neither the sitemap nor the search
 * index either).
 */
export function adminRule(base: string, catchAll: HeaderRule | undefined): HeaderRule {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const attached = catchAll?.headers ?? {};
  return {
    path: `${prefix}${ADMIN_DIRECTORY}*`,
    detach: [CSP, 'Cross-Origin-Opener-Policy'].filter((name) => name in attached),
    headers: {
      [CSP]: ADMIN_POLICY,
      'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
      'X-Robots-Tag': 'noindex, nofollow',
    },
  };
}
