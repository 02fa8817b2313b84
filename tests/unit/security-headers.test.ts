import { describe, expect, it } from 'vitest';
import {
  commonHeaders,
  headerPolicy,
  headerRules,
  metaPolicyOf,
  renderHeadersFile,
} from '../../src/lib/security-headers';
import { scoreHeaders } from '../support/observatory';

const page = (policy: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head></html>`;
const policy =
  "default-src 'none'; script-src 'self' 'sha256-abc'; style-src 'self'; form-action 'self'";

describe('security headers', () => {
  it('read a page meta policy and add frame-ancestors for the header', () => {
    expect(metaPolicyOf(page(policy))).toBe(policy);
    expect(metaPolicyOf('<html></html>')).toBeUndefined();
    expect(headerPolicy(policy)).toBe(`${policy}; frame-ancestors 'none'`);
  });

  it('write one CSP rule per address a page is served at, under the base path', () => {
    const rules = headerRules('/support/', [{ path: '/support/plans/', html: page(policy) }]);
    expect(rules.map((rule) => rule.path)).toEqual([
      '/support/*',
      '/support/plans/',
      '/support/plans',
      '/support/plans/index.html',
    ]);
    expect(renderHeadersFile(rules)).toContain(
      `/support/plans/\n  Content-Security-Policy: ${policy}; frame-ancestors 'none'\n`,
    );
  });

  it('leave HSTS preload to an explicit opt-in', () => {
    expect(commonHeaders()['Strict-Transport-Security']).toBe(
      'max-age=31536000; includeSubDomains',
    );
    expect(commonHeaders({ hstsPreload: true })['Strict-Transport-Security']).toBe(
      'max-age=31536000; includeSubDomains; preload',
    );
  });
});

describe('the Observatory scorer used by the header tests', () => {
  it('gives A+ with bonuses to strict headers', () => {
    const result = scoreHeaders({
      ...commonHeaders(),
      'Content-Security-Policy': headerPolicy(policy),
    });
    expect(result).toMatchObject({ score: 130, grade: 'A+' });
  });

  it('fails weak headers, so the A+ check can fail', () => {
    expect(scoreHeaders({})).toMatchObject({ score: 30, grade: 'D' });
    const unsafe = scoreHeaders({
      ...commonHeaders(),
      'Content-Security-Policy': "script-src 'self' 'unsafe-inline'; object-src 'none'",
    });
    expect(unsafe.tests['content-security-policy']?.modifier).toBe(-20);
    expect(unsafe).toMatchObject({ score: 80, grade: 'B+' });
  });
});
