import { ADMIN_POLICY, parsePolicy } from '../../src/lib/security-headers';
import { expect, test } from './support';

/**
 * The content editor as the host serves it, at the root and under a base path:
 * its own policy (one CSP header, no <meta> one), the login popup's opener
 * kept, never indexed, and Decap starting under that policy with nothing
 * blocked. Without the local proxy it offers the production login (GitHub).
 */

test('@base-path /admin/ has its own policy, keeps the login popup, and is never indexed', async ({
  request,
}) => {
  const response = await request.get('admin/');
  expect(response.status()).toBe(200);
  const csp = response.headersArray().filter(({ name }) => /^content-security-policy$/i.test(name));
  expect(csp.map(({ value }) => value)).toEqual([ADMIN_POLICY]);
  const policy = parsePolicy(ADMIN_POLICY);
  expect(policy.get('default-src')).toBe("default-src 'none'");
  expect(policy.get('frame-ancestors')).toBe("frame-ancestors 'none'");
  const headers = response.headers();
  expect(headers['cross-origin-opener-policy']).toBe('same-origin-allow-popups');
  expect(headers['x-robots-tag']).toBe('noindex, nofollow');
  const html = await response.text();
  expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
  expect(html).not.toMatch(/http-equiv=["']?content-security-policy/i);
  // The public pages keep theirs.
  const home = await request.get('./');
  expect(home.headers()['cross-origin-opener-policy']).toBe('same-origin');
  expect(home.headers()['x-robots-tag']).toBeUndefined();
});

test('@base-path /admin/ is in neither the sitemap nor the search index', async ({ request }) => {
  const sitemap = await (await request.get('sitemap-0.xml')).text();
  expect(sitemap).toContain('<loc>');
  expect(sitemap).not.toContain('admin');
  const entry = await (await request.get('pagefind/pagefind-entry.json')).json();
  expect(JSON.stringify(entry)).not.toContain('admin');
});

test('@base-path Decap starts under that policy with nothing blocked and offers the GitHub login', async ({
  page,
  pageProblems,
}) => {
  // Whether a local proxy answers depends on what else runs (the editor's own
  // test starts one): this test is about production, so the probe finds none.
  await page.route('**/admin/api/v1', (route) => route.abort());
  await page.goto('admin/');
  await expect(page.getByRole('button', { name: 'Login with GitHub' })).toBeVisible({
    timeout: 30_000,
  });
  // The one failed request is Decap's probe for the local proxy, and nothing else.
  const expected = /\/admin\/api\/v1|Failed to load resource/;
  expect(pageProblems.filter((problem) => !expected.test(problem))).toEqual([]);
});
