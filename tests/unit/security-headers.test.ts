import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  commonHeaders,
  HEADERS_FILE_LIMITS,
  headerPolicy,
  headerRules,
  headersFileProblems,
  inlineCode,
  metaPolicyOf,
  renderHeadersFile,
  withOwnHashesOnly,
} from '../../src/lib/security-headers';

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

  it('write one CSP rule per page under the base path, swapping out the 404 page’s catch-all CSP', () => {
    const notFound = page("default-src 'none'; style-src 'self'");
    const rules = headerRules(
      '/support/',
      [{ path: '/support/plans/', html: page(policy) }],
      {},
      notFound,
    );
    expect(rules.map((rule) => rule.path)).toEqual(['/support/*', '/support/plans/']);
    const file = renderHeadersFile(rules);
    expect(file).toContain(
      `/support/*\n  Strict-Transport-Security: max-age=31536000; includeSubDomains\n`,
    );
    expect(file).toContain(
      `  Content-Security-Policy: default-src 'none'; style-src 'self'; frame-ancestors 'none'\n\n`,
    );
    expect(file).toContain(
      `/support/plans/\n  ! Content-Security-Policy\n  Content-Security-Policy: ${policy}; frame-ancestors 'none'\n`,
    );
  });

  it('detach nothing when no 404 page sets a catch-all CSP', () => {
    const rules = headerRules('/', [{ path: '/plans/', html: page(policy) }]);
    expect(rules[0]?.headers['Content-Security-Policy']).toBeUndefined();
    expect(renderHeadersFile(rules)).not.toContain('!');
  });

  it('find what the host would ignore: rules past its limit, lines over its length', () => {
    const many = Array.from({ length: HEADERS_FILE_LIMITS.rules }, (_, index) => ({
      path: `/page-${index}/`,
      html: page(policy),
    }));
    expect(headersFileProblems(renderHeadersFile(headerRules('/', many.slice(1))))).toEqual([]);
    expect(headersFileProblems(renderHeadersFile(headerRules('/', many)))).toEqual([
      `${HEADERS_FILE_LIMITS.rules + 1} rules; the host ignores every rule past the first ${HEADERS_FILE_LIMITS.rules}`,
    ]);
    const long = page(`script-src 'self' ${"'sha256-x' ".repeat(200)}`);
    expect(
      headersFileProblems(renderHeadersFile(headerRules('/', [{ path: '/', html: long }]))),
    ).toEqual([
      expect.stringMatching(/^line 11 has \d+ characters; the host ignores lines over 2000$/),
    ]);
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

describe('each page’s CSP hashes', () => {
  const sha = (algorithm: string, code: string) =>
    `'${algorithm}-${createHash(algorithm).update(code).digest('base64')}'`;
  const island = 'customElements.define("x-island", class extends HTMLElement {})';
  const bootstrap = 'window.ready = true;';
  const islandStyle = 'x-island{display:contents}';
  const unusedScript = 'console.log("another page")';
  const built = (policy: string) =>
    `<html><head><meta http-equiv="content-security-policy" content="${policy}">` +
    `<script type="application/ld+json">{"@type":"Thing"}</script>` +
    `<style>${islandStyle}</style></head><body><script src="/app.js"></script>` +
    `<script>${bootstrap}</script><script type="module">${island}</script></body></html>`;

  it('finds the inline scripts and styles a hash can allow, not the external ones', () => {
    expect(inlineCode(built(''))).toEqual(['{"@type":"Thing"}', bootstrap, island, islandStyle]);
  });

  it('keep only the hashes of the page’s own inline code, in every directive', () => {
    const policy = [
      "default-src 'none';img-src 'self' data:",
      ` script-src 'self' ${sha('sha256', unusedScript)} ${sha('sha256', bootstrap)} 'wasm-unsafe-eval' ${sha('sha384', island)} ${sha('sha256', 'x')}`,
      ` style-src 'self' ${sha('sha256', 'p{color:red}')} ${sha('sha256', islandStyle)};`,
    ].join(';');
    const trimmed = metaPolicyOf(withOwnHashesOnly(built(policy)));
    expect(trimmed).toBe(
      [
        "default-src 'none';img-src 'self' data:",
        ` script-src 'self' ${sha('sha256', bootstrap)} 'wasm-unsafe-eval' ${sha('sha384', island)}`,
        ` style-src 'self' ${sha('sha256', islandStyle)};`,
      ].join(';'),
    );
  });

  it('leave a directive of unused hashes with its other sources, and the page otherwise as it was', () => {
    const page = built(`script-src 'self' ${sha('sha256', unusedScript)}; style-src 'self'`);
    expect(withOwnHashesOnly(page)).toBe(page.replace(` ${sha('sha256', unusedScript)}`, ''));
    expect(withOwnHashesOnly('<html><p>no policy</p></html>')).toBe(
      '<html><p>no policy</p></html>',
    );
  });
});
