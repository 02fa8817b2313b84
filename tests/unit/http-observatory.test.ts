import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commonHeaders, headerPolicy } from '../../src/lib/security-headers';
import { gradeServed } from '../support/http-observatory';

/** A page served with whatever headers the path names, so the grade can be seen to fail. */
const strictPolicy = headerPolicy("default-src 'none'; script-src 'self'; style-src 'self'");
const headersFor: Record<string, Record<string, string>> = {
  '/none': {},
  '/unsafe': {
    ...commonHeaders(),
    'Content-Security-Policy': "script-src 'self' 'unsafe-inline'; object-src 'none'",
  },
  '/strict': { ...commonHeaders(), 'Content-Security-Policy': strictPolicy },
};

describe('the MDN HTTP Observatory grading a served page', () => {
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    server = createServer((request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html', ...headersFor[request.url ?? ''] });
      response.end('<!doctype html><title>page</title><p>Hello</p>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('fails a page without security headers, so the A+ check can fail', async () => {
    const result = await gradeServed(`${origin}/none`);
    expect(result.grade).not.toMatch(/^A/);
    expect(result.tests['content-security-policy']?.result).toBe('csp-not-implemented');
    expect(result.tests['strict-transport-security']?.pass).toBe(false);
  });

  it("takes points for 'unsafe-inline' scripts", async () => {
    const result = await gradeServed(`${origin}/unsafe`);
    expect(result.tests['content-security-policy']?.result).toBe(
      'csp-implemented-with-unsafe-inline',
    );
    expect(result.grade).not.toBe('A+');
  });

  it('gives A+ with its bonuses to strict headers', async () => {
    const result = await gradeServed(`${origin}/strict`);
    expect(result.tests['content-security-policy']?.result).toBe(
      'csp-implemented-with-no-unsafe-default-src-none',
    );
    expect(result).toMatchObject({ grade: 'A+', score: 130 });
  });
});
