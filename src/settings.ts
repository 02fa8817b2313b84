/**
 * The deployment settings, SITE_URL and BASE_PATH, checked once at start by
 * everything that reads them (astro.config.mjs, playwright.config.ts,
 * scripts/wrangler-serve.ts). A bad value stops with a message that names the variable
 * and shows a good one, instead of a site whose links point elsewhere or whose
 * _headers rules never match.
 */

/** The production address, used when SITE_URL is not set. */
export const DEFAULT_SITE_URL = 'https://customer-care.cs-cart.com';

export interface Settings {
  /** The site's origin, such as https://customer-care.cs-cart.com (no path, no trailing slash). */
  site: string;
  /** The path the site is served under, starting and ending with a slash: "/" or "/support/". */
  base: string;
}

export class SettingError extends Error {
  readonly variable: 'SITE_URL' | 'BASE_PATH';

  constructor(variable: 'SITE_URL' | 'BASE_PATH', value: string, problem: string, example: string) {
    super(`${variable}=${JSON.stringify(value)}: ${problem} ${example}`);
    this.name = 'SettingError';
    this.variable = variable;
  }
}

const siteExample =
  'Set it to a full https address, like SITE_URL=https://customer-care.cs-cart.com, or leave it unset.';
const baseExample = 'Set it to a path like BASE_PATH=/support/, or leave it unset to serve from /.';

/** http is fine only where nobody else can listen in: on this machine. */
const localHosts = new Set(['localhost', '127.0.0.1']);

/** The site's origin from SITE_URL; unset or empty gives the production address. */
export function parseSiteUrl(value: string | undefined): string {
  if (value === undefined || value === '') return DEFAULT_SITE_URL;
  const refuse = (problem: string, example = siteExample) =>
    new SettingError('SITE_URL', value, problem, example);
  if (value.trim() !== value) throw refuse('it has spaces around it.');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw refuse('it is not a full address.');
  }
  if (url.protocol === 'http:' && !localHosts.has(url.hostname)) {
    throw refuse('http is allowed only for localhost and 127.0.0.1.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw refuse(`it uses "${url.protocol}", not https.`);
  }
  if (url.hostname === '') throw refuse('it names no host.');
  if (url.username || url.password) throw refuse('it holds a user name or password.');
  if (url.search || url.hash || value.endsWith('?') || value.endsWith('#')) {
    throw refuse('it has a query or a #fragment, which no page address may carry.');
  }
  if (url.pathname !== '/') {
    // Astro joins page addresses to the origin: a path here would be dropped
    // from canonical links and the sitemap. It belongs in BASE_PATH.
    throw refuse(
      `it has a path (${url.pathname}).`,
      `Give the path in BASE_PATH instead: SITE_URL=${url.origin} BASE_PATH=${url.pathname.replace(/\/?$/, '/')}.`,
    );
  }
  return url.origin;
}

/** Characters a path segment may hold without escaping (RFC 3986's unreserved set). */
const plainSegment = /^[A-Za-z0-9._~-]+$/;

/** The base path from BASE_PATH, always "/" or "/a/b/"; unset or empty gives "/". */
export function parseBasePath(value: string | undefined): string {
  if (value === undefined || value === '' || value === '/') return '/';
  const refuse = (problem: string) => new SettingError('BASE_PATH', value, problem, baseExample);
  if (!value.startsWith('/')) throw refuse('it does not start with /.');
  if (value.includes('//')) throw refuse('it has // in it, which browsers read as another host.');
  const segments = value.slice(1).replace(/\/$/, '').split('/');
  for (const segment of segments) {
    if (segment === '.' || segment === '..') {
      throw refuse(`it has a "${segment}" segment; name the folder itself.`);
    }
    if (!plainSegment.test(segment)) {
      throw refuse(
        `the part "${segment}" has characters other than letters, digits, "-", "_", "." and "~".`,
      );
    }
  }
  return `/${segments.join('/')}/`;
}

/** Both settings from the environment; throws a SettingError on the first bad one. */
export function readSettings(env: Record<string, string | undefined> = process.env): Settings {
  return { site: parseSiteUrl(env['SITE_URL']), base: parseBasePath(env['BASE_PATH']) };
}
