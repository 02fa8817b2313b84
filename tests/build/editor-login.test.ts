import { spawn, type ChildProcess } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../tooling/chromium';
import { AUTH_PATH, CALLBACK_PATH } from '../../worker/paths';
import { startGitHubStandIn, type StandIn } from '../support/github-stand-in';

/**
 * The editor's login as deployed: scripts/wrangler-serve.ts runs wrangler.json (the
 * editor-login Worker beside the static assets) in workerd, started once for every
 * case, with GitHub replaced by a local stand-in. The admin side is Decap's own
 * login code (decap-cms-lib-auth's NetlifyAuthenticator, as the admin bundles it),
 * in Chromium, so the popup, its handshake and postMessage's origin rules are the
 * browser's, not a copy of them.
 */
const clientId = 'stand-in-client';
const clientSecret = 'stand-in-secret';

let github: StandIn;
let server: ChildProcess;
let browser: Browser;
let site: string;
let origin: string;
let otherOrigin: string;

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (typeof address !== 'object' || address === null) throw new Error('no port');
  return address.port;
}

// An admin page that logs in as Decap does: `base_url` names the site that runs the
// login, `auth_endpoint` its path. Every message the page receives is kept.
const adminPage = `<!doctype html>
<html lang="en"><meta charset="utf-8"><title>Admin</title>
<script src="immutable.min.js"></script>
<script>window.DecapCmsDefaultExports = { Immutable: window.Immutable };</script>
<script src="decap-cms-lib-auth.js"></script>
<script>
  window.received = [];
  window.addEventListener('message', (event) => window.received.push({ origin: event.origin, data: String(event.data) }));
  window.logIn = (baseUrl) => new Promise((resolve) => {
    const auth = new window.DecapCmsLibAuth.NetlifyAuthenticator({ base_url: baseUrl, auth_endpoint: '${AUTH_PATH.slice(1)}' });
    auth.authenticate({ provider: 'github', scope: 'repo' }, (error, data) =>
      resolve(error ? { error: String(error) } : data));
  });
</script>
<p>admin</p>
`;

beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  // The same server under another host name: another origin to the browser.
  otherOrigin = `http://localhost:${port}`;
  github = await startGitHubStandIn({
    clientId,
    clientSecret,
    callbackUrl: origin + CALLBACK_PATH,
  });

  site = await mkdtemp(path.join(tmpdir(), 'editor-login-'));
  await mkdir(path.join(site, 'admin'));
  await writeFile(path.join(site, 'admin', 'index.html'), adminPage);
  await writeFile(path.join(site, '404.html'), '<!doctype html><title>Not found</title>');
  await copyFile(
    path.resolve('node_modules/immutable/dist/immutable.min.js'),
    path.join(site, 'admin', 'immutable.min.js'),
  );
  await copyFile(
    path.resolve('node_modules/decap-cms-lib-auth/dist/decap-cms-lib-auth.js'),
    path.join(site, 'admin', 'decap-cms-lib-auth.js'),
  );

  server = spawn(
    process.execPath,
    [
      'scripts/wrangler-serve.ts',
      '--port',
      String(port),
      '--dir',
      site,
      '--',
      '--var',
      `GITHUB_CLIENT_ID:${clientId}`,
      '--var',
      `GITHUB_CLIENT_SECRET:${clientSecret}`,
      '--var',
      `GITHUB_URL:${github.url}`,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const [launched] = await Promise.all([
    chromium.launch(chromiumLaunchOptions()),
    (async () => {
      for (;;) {
        const answer = await fetch(`${origin}/admin/`).catch(() => undefined);
        if (answer?.ok) return;
        if (server.exitCode !== null) throw new Error('wrangler-serve stopped');
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    })(),
  ]);
  browser = launched;
});

afterAll(async () => {
  await browser?.close();
  if (server && server.exitCode === null) {
    const stopped = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await stopped;
  }
  await github?.close();
  await rm(site, { recursive: true, force: true });
});

async function admin(at: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${at}/admin/`);
  return page;
}

interface Result {
  token?: string;
  provider?: string;
  error?: string;
}
const logIn = (page: Page, baseUrl = origin) =>
  page.evaluate(
    (url) => (window as unknown as { logIn(url: string): Promise<Result> }).logIn(url),
    baseUrl,
  );

describe('editor login', () => {
  it('starts with a fresh state in a __Host- HttpOnly, Secure, SameSite=Lax cookie', async () => {
    const answers = await Promise.all(
      [1, 2].map(() =>
        fetch(`${origin}${AUTH_PATH}?provider=github&scope=repo`, { redirect: 'manual' }),
      ),
    );
    const states = answers.map((answer) => {
      expect(answer.status).toBe(302);
      const authorize = new URL(answer.headers.get('location') ?? '');
      expect(`${authorize.origin}${authorize.pathname}`).toBe(
        `${github.url}/login/oauth/authorize`,
      );
      expect(authorize.searchParams.get('client_id')).toBe(clientId);
      expect(authorize.searchParams.get('redirect_uri')).toBe(origin + CALLBACK_PATH);
      expect(authorize.searchParams.get('scope')).toBe('repo');
      const state = authorize.searchParams.get('state') ?? '';
      expect(answer.headers.get('set-cookie')).toBe(
        `__Host-editor-login-state=${state}; Max-Age=600; Path=/; HttpOnly; Secure; SameSite=Lax`,
      );
      return state;
    });
    expect(states[0]).toMatch(/^[\w-]{43}$/);
    expect(states[0]).not.toBe(states[1]);
  });

  it('gives the admin a token, from its own origin only, for a good code', async () => {
    const page = await admin(origin);
    const result = await logIn(page);
    expect(github.tokens).toHaveLength(1);
    expect(result).toEqual({ token: github.tokens[0], provider: 'github' });
    const received = await page.evaluate(
      () => (window as unknown as { received: unknown[] }).received,
    );
    expect(received).toEqual([
      { origin, data: 'authorizing:github' },
      { origin, data: `authorization:github:success:${JSON.stringify(result)}` },
    ]);
    await page.close();
  });

  it('gives an error and no token for a bad code', async () => {
    github.next = { code: 'not-a-code-github-gave' };
    const page = await admin(origin);
    const result = await logIn(page);
    expect(result.token).toBeUndefined();
    expect(result.error).toContain('The code passed is incorrect or expired.');
    expect(github.exchanges.at(-1)).toEqual({
      code: 'not-a-code-github-gave',
      answer: 'bad_verification_code',
    });
    await page.close();
  });

  it('gives an error and no token for a code used once already', async () => {
    const used = github.exchanges.find((exchange) => exchange.answer === 'token')?.code;
    expect(used).toBeDefined();
    github.next = { code: used ?? '' };
    const tokens = github.tokens.length;
    const page = await admin(origin);
    const result = await logIn(page);
    expect(result.token).toBeUndefined();
    expect(result.error).toContain('The code passed is incorrect or expired.');
    expect(github.tokens).toHaveLength(tokens);
    await page.close();
  });

  it('gives an error for a wrong state, and never trades its code', async () => {
    github.next = { state: 'a-state-this-site-never-set' };
    const exchanges = github.exchanges.length;
    const page = await admin(origin);
    const result = await logIn(page);
    expect(result.token).toBeUndefined();
    expect(result.error).toContain('did not start here or has expired');
    expect(github.exchanges).toHaveLength(exchanges);
    await page.close();
  });

  it('gives an error for a callback opened again: its state was good once', async () => {
    const code = github.codes.at(-1) ?? '';
    const start = await fetch(`${origin}${AUTH_PATH}`, { redirect: 'manual' });
    const state = new URL(start.headers.get('location') ?? '').searchParams.get('state') ?? '';
    const cookie = (start.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const callback = `${origin}${CALLBACK_PATH}?code=${code}&state=${state}`;
    const first = await fetch(callback, { headers: { Cookie: cookie } });
    // The answer clears the cookie; the browser would send none the second time.
    expect(first.headers.get('set-cookie')).toMatch(/^__Host-editor-login-state=; Max-Age=0;/);
    const again = await fetch(callback);
    expect(again.status).toBe(400);
    const page = await again.text();
    expect(page).toContain('authorization:github:error:');
    expect(page).toContain('did not start here or has expired');
    expect(page).not.toMatch(/gho_|success/);
  });

  it('never hands the token to a page on another origin that opens the login', async () => {
    const page = await admin(otherOrigin);
    const tokens = github.tokens.length;
    const opened = page.waitForEvent('popup');
    // Never settles here: the page is closed with the login still waiting.
    const waiting = logIn(page, origin).catch(() => undefined);
    const popup = await opened;
    // The popup's page has run its script: it posted to this site's origin only.
    await popup.waitForURL((url) => url.pathname === CALLBACK_PATH);
    await popup.waitForLoadState();
    // The flow went through, so a token existed: it stayed in the popup.
    expect(github.tokens).toHaveLength(tokens + 1);
    // A page elsewhere that answers the handshake itself (Decap names the popup
    // "Netlify Authorization") is ignored, and the popup says so. That answer is
    // handled after the popup's own posts, so once it shows, anything the popup
    // had sent this page would have arrived.
    await page.evaluate(() => {
      window.open('', 'Netlify Authorization')?.postMessage('authorizing:github', '*');
    });
    await popup.waitForFunction(
      (from) =>
        document.getElementById('status')?.textContent?.includes(`ignored a message from ${from}`),
      otherOrigin,
    );
    const received = await page.evaluate(
      () => (window as unknown as { received: unknown[] }).received,
    );
    expect(received).toEqual([]);
    await page.close();
    await waiting;
  });

  it('leaves every other address to the static site and its 404 page', async () => {
    const missing = await fetch(`${origin}/no-such-page/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('<title>Not found</title>');
  });
});
