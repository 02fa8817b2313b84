import { metaPolicyOf, parsePolicy } from '../../src/lib/security-headers';
import { scoreHeaders } from '../support/observatory';
import { expect, routes, test } from './support';

test('the home page carries the production security headers', async ({ request }) => {
  const response = await request.get(routes.home);
  const headers = response.headers();
  expect(headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(headers['cross-origin-resource-policy']).toBe('same-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy']).toMatch(/^default-src 'none';/);
});

test('the headers score A+ by the MDN HTTP Observatory rules', async ({ request }) => {
  const result = scoreHeaders((await request.get(routes.home)).headers());
  expect(result.tests['content-security-policy']?.result).toBe(
    'csp-implemented-with-no-unsafe-default-src-none',
  );
  expect(result.grade).toBe('A+');
  expect(result.score).toBeGreaterThanOrEqual(100);
});

for (const [name, path] of Object.entries(routes)) {
  test(`${name}: the header CSP repeats the page's own script and style hashes`, async ({
    request,
  }) => {
    const response = await request.get(path);
    const meta = metaPolicyOf(await response.text());
    expect(meta, 'page has a <meta> CSP').toBeTruthy();
    const header = parsePolicy(response.headers()['content-security-policy'] ?? '');
    const page = parsePolicy(meta ?? '');
    expect(header.get('script-src')).toBe(page.get('script-src'));
    expect(header.get('style-src')).toBe(page.get('style-src'));
    expect(header.get('frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(page.has('frame-ancestors'), 'a meta CSP cannot carry frame-ancestors').toBe(false);
  });
}
