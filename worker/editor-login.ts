/**
 * The editor's GitHub login for /admin/ (Decap CMS's GitHub backend), run by the
 * same Worker that serves the static site (wrangler.json): only /oauth/* reaches
 * this code (`run_worker_first`), every other address is a static asset with
 * `_headers`, 404.html and the trailing-slash redirects as before.
 *
 * Decap's protocol (decap-cms-lib-auth's netlify-auth.js): the admin opens a popup
 * at `<base_url>/oauth/auth`; we send it to GitHub's authorize page with a random
 * `state`, kept in an HttpOnly cookie; GitHub sends it back to /oauth/callback with
 * a code; we trade the code for a token and the popup page hands the token to the
 * admin with postMessage, to the admin's own origin only, after Decap's
 * "authorizing:github" handshake.
 *
 * The code-for-token trade and the authorize address are @octokit/oauth-methods
 * (GitHub's own OAuth client, kept by Octokit). No npm package does the
 * Decap-specific part for Workers: the helpers there are Netlify or Node functions
 * (netlify-cms-oauth-provider-node), or need an Astro server adapter
 * (astro-decap-cms-oauth) that this static site does not have; so the state
 * cookie and the popup page are the few lines below. Octokit's price, measured
 * with esbuild (minified): 17.5 of the Worker's 21.9 KB (8.6 KB gzip), loaded only
 * by /oauth/* requests; the static pages never run it.
 */
import { exchangeWebFlowCode, getWebFlowAuthorizationUrl } from '@octokit/oauth-methods';
import { request as githubRequest } from '@octokit/request';
import { AUTH_PATH, CALLBACK_PATH } from './paths.ts';

interface Env {
  /** The GitHub OAuth app's client ID and secret: `wrangler secret put` each. */
  GITHUB_CLIENT_ID?: string;
  GITHUB_CLIENT_SECRET?: string;
  /** Tests only: a local stand-in for github.com. Production leaves it unset. */
  GITHUB_URL?: string;
}

/** `__Host-`: the browser keeps it only if Secure, host-only and on path /. */
const STATE_COOKIE = '__Host-editor-login-state';
/** Long enough to sign in to GitHub (two-factor included), short enough to go stale. */
const STATE_LIFETIME_SECONDS = 600;
/** What Decap asks for: `repo` (private repositories) or `public_repo`. */
const SCOPES = new Set(['repo', 'public_repo']);

type Outcome = { token: string } | { error: string };

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    if (request.method !== 'GET') return new Response('Method not allowed', { status: 405 });
    if (url.pathname === AUTH_PATH) return start(url, env);
    if (url.pathname === CALLBACK_PATH) return finish(request, url, env);
    return new Response('Not found', { status: 404 });
  },
};

function github(env: Env) {
  return env.GITHUB_URL ? githubRequest.defaults({ baseUrl: env.GITHUB_URL }) : githubRequest;
}

function notConfigured(env: Env): string | undefined {
  if (!env.GITHUB_CLIENT_ID || !env.GITHUB_CLIENT_SECRET) {
    return 'Editor login is not set up on this site: its owner has to set GITHUB_CLIENT_ID and GITHUB_CLIENT_SECRET (README, "Deploying").';
  }
  return undefined;
}

function start(url: URL, env: Env): Response {
  const missing = notConfigured(env);
  if (missing) return popup(url.origin, { error: missing });
  if ((url.searchParams.get('provider') ?? 'github') !== 'github') {
    return popup(url.origin, { error: 'Only GitHub login is offered here.' });
  }
  const scope = url.searchParams.get('scope') ?? 'repo';
  if (!SCOPES.has(scope)) return popup(url.origin, { error: `Scope "${scope}" is not offered.` });

  const state = randomState();
  const { url: authorize } = getWebFlowAuthorizationUrl({
    clientType: 'oauth-app',
    clientId: env.GITHUB_CLIENT_ID ?? '',
    redirectUrl: url.origin + CALLBACK_PATH,
    scopes: [scope],
    state,
    request: github(env),
  });
  return new Response(null, {
    status: 302,
    headers: {
      Location: authorize,
      // Lax, not Strict: GitHub's redirect back is a cross-site navigation, and a
      // Strict cookie would not come with it.
      'Set-Cookie': `${STATE_COOKIE}=${state}; Max-Age=${STATE_LIFETIME_SECONDS}; Path=/; HttpOnly; Secure; SameSite=Lax`,
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
    },
  });
}

async function finish(request: Request, url: URL, env: Env): Promise<Response> {
  const missing = notConfigured(env);
  if (missing) return popup(url.origin, { error: missing });
  const expected = cookie(request.headers.get('Cookie'), STATE_COOKIE);
  const given = url.searchParams.get('state');
  // The state is good once: the cookie is cleared on every answer, so the same
  // callback address opened again finds no state to match.
  if (!expected || !given || !sameText(expected, given)) {
    return popup(url.origin, {
      error: 'This sign-in did not start here or has expired. Close this window and sign in again.',
    });
  }
  const denied = url.searchParams.get('error_description') ?? url.searchParams.get('error');
  if (denied) return popup(url.origin, { error: `GitHub refused the sign-in: ${denied}` });
  const code = url.searchParams.get('code');
  if (!code) return popup(url.origin, { error: 'GitHub sent no code. Sign in again.' });

  try {
    const { authentication } = await exchangeWebFlowCode({
      clientType: 'oauth-app',
      clientId: env.GITHUB_CLIENT_ID ?? '',
      clientSecret: env.GITHUB_CLIENT_SECRET ?? '',
      code,
      redirectUrl: url.origin + CALLBACK_PATH,
      request: github(env),
    });
    return popup(url.origin, { token: authentication.token });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return popup(url.origin, {
      error: `GitHub did not accept the sign-in (${reason}). Sign in again.`,
    });
  }
}

function randomState(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');
}

function cookie(header: string | null, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

/** Compares without stopping at the first difference, so timing tells nothing. */
function sameText(a: string, b: string): boolean {
  const left = new TextEncoder().encode(a);
  const right = new TextEncoder().encode(b);
  if (left.length !== right.length) return false;
  let difference = 0;
  for (let index = 0; index < left.length; index += 1) {
    difference |= (left[index] ?? 0) ^ (right[index] ?? 0);
  }
  return difference === 0;
}

/**
 * The popup's page: it tells the admin that opened it the outcome, on Decap's
 * terms, and to the admin's origin only (this site's own origin: the admin lives
 * here). Decap answers "authorizing:github" from that origin; only then does the
 * token leave, again to that origin only, so a page elsewhere that opened this
 * popup never receives it.
 */
function popup(adminOrigin: string, outcome: Outcome): Response {
  const message =
    'token' in outcome
      ? `authorization:github:success:${JSON.stringify({ token: outcome.token, provider: 'github' })}`
      : `authorization:github:error:${JSON.stringify({ message: outcome.error })}`;
  const shown =
    'token' in outcome
      ? 'Signed in. This window closes by itself.'
      : `Not signed in: ${outcome.error}`;
  const nonce = randomState();
  // Inside a <script>, "<" escaped so no text can close the element.
  const data = (value: string) => JSON.stringify(value).replaceAll('<', '\\u003c');
  const html = `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<meta name="robots" content="noindex">
<meta name="viewport" content="width=device-width">
<title>Editor sign-in</title>
<p id="status">Finishing the sign-in…</p>
<script nonce="${nonce}">
(() => {
  const adminOrigin = ${data(adminOrigin)};
  const message = ${data(message)};
  const status = document.getElementById('status');
  if (!window.opener) {
    status.textContent = 'The editor that opened this window is gone. Close it and sign in again from the editor.';
    return;
  }
  window.addEventListener('message', (event) => {
    if (event.source !== window.opener || event.origin !== adminOrigin || event.data !== 'authorizing:github') {
      status.textContent = 'Waiting for the editor at ' + adminOrigin + '; ignored a message from ' + event.origin + '.';
      return;
    }
    window.opener.postMessage(message, adminOrigin);
    status.textContent = ${data(shown)};
  });
  window.opener.postMessage('authorizing:github', adminOrigin);
})();
</script>
`;
  return new Response(html, {
    status: 'token' in outcome ? 200 : 400,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      // The page carries a token: never stored, never framed, no referrer sent.
      'Cache-Control': 'no-store',
      'Content-Security-Policy': `default-src 'none'; script-src 'nonce-${nonce}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'X-Robots-Tag': 'noindex',
      'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
      'Set-Cookie': `${STATE_COOKIE}=; Max-Age=0; Path=/; HttpOnly; Secure; SameSite=Lax`,
    },
  });
}
