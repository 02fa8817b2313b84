import { describe, expect, it } from 'vitest';
import {
  ADMIN_POLICY,
  adminRule,
  headerRules,
  parsePolicy,
  renderHeadersFile,
} from '../../src/lib/security-headers';

const notFound =
  '<meta http-equiv="content-security-policy" content="default-src \'none\'; img-src \'self\'">';

describe("the content editor's _headers rule", () => {
  it('detaches the catch-all policy and opener policy, then sets its own, under the base path', () => {
    const [catchAll] = headerRules('/support/', [], {}, notFound);
    const rule = adminRule('/support/', catchAll);
    expect(rule.path).toBe('/support/admin/*');
    expect(rule.detach).toEqual(['Content-Security-Policy', 'Cross-Origin-Opener-Policy']);
    expect(rule.headers['Content-Security-Policy']).toBe(ADMIN_POLICY);
    expect(rule.headers['Cross-Origin-Opener-Policy']).toBe('same-origin-allow-popups');
    expect(renderHeadersFile([rule])).toContain('/support/admin/*\n  ! Content-Security-Policy\n');
  });

  it('detaches only what the catch-all set', () => {
    expect(adminRule('/', { path: '/*', headers: {} }).detach).toEqual([]);
  });

  it('allows eval and inline styles only for the editor, and no loopback address', () => {
    const policy = parsePolicy(ADMIN_POLICY);
    expect(policy.get('script-src')).toBe("script-src 'self' 'unsafe-eval'");
    expect(policy.get('style-src')).toBe("style-src 'self' 'unsafe-inline'");
    expect(policy.get('connect-src')).toBe("connect-src 'self' https://api.github.com");
    expect(ADMIN_POLICY).not.toMatch(/localhost|127\.0\.0\.1/);
    for (const [, directive] of policy) expect(directive).not.toContain('*');
  });
});
