import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SITE_URL,
  parseBasePath,
  parseSiteUrl,
  readSettings,
  SettingError,
} from '../../src/settings';

const siteFix =
  'Set it to a full https address, like SITE_URL=https://customer-care.cs-cart.com, or leave it unset.';
const baseFix = 'Set it to a path like BASE_PATH=/support/, or leave it unset to serve from /.';

/** The message a bad value stops the build with. */
function refusal(parse: () => unknown): string {
  try {
    parse();
  } catch (error) {
    expect(error).toBeInstanceOf(SettingError);
    return (error as SettingError).message;
  }
  throw new Error('The value was accepted.');
}

describe('SITE_URL', () => {
  it('defaults to the production address when unset or empty', () => {
    expect(parseSiteUrl(undefined)).toBe(DEFAULT_SITE_URL);
    expect(parseSiteUrl('')).toBe(DEFAULT_SITE_URL);
  });

  it.each([
    ['https://support.example.com', 'https://support.example.com'],
    ['https://support.example.com/', 'https://support.example.com'],
    ['https://support.example.com:8443/', 'https://support.example.com:8443'],
    ['http://localhost:4321', 'http://localhost:4321'],
    ['http://127.0.0.1:5100/', 'http://127.0.0.1:5100'],
  ])('accepts %s as %s', (value, site) => {
    expect(parseSiteUrl(value)).toBe(site);
  });

  it.each([
    ['notaurl', 'it is not a full address.'],
    ['support.example.com', 'it is not a full address.'],
    ['javascript:alert(1)', 'it uses "javascript:", not https.'],
    ['data:text/html,x', 'it uses "data:", not https.'],
    ['file:///etc/passwd', 'it uses "file:", not https.'],
    ['ftp://example.com/', 'it uses "ftp:", not https.'],
    ['http://support.example.com', 'http is allowed only for localhost and 127.0.0.1.'],
    ['http://localhost.evil.example/', 'http is allowed only for localhost and 127.0.0.1.'],
    ['https://user:secret@example.com/', 'it holds a user name or password.'],
    ['https://example.com/?a=1', 'it has a query or a #fragment, which no page address may carry.'],
    ['https://example.com/#top', 'it has a query or a #fragment, which no page address may carry.'],
    [' https://example.com', 'it has spaces around it.'],
  ])('refuses %s, naming the variable and a good value', (value, problem) => {
    expect(refusal(() => parseSiteUrl(value))).toBe(
      `SITE_URL=${JSON.stringify(value)}: ${problem} ${siteFix}`,
    );
  });

  it('refuses a path rather than dropping it, saying where the path goes', () => {
    expect(refusal(() => parseSiteUrl('https://example.com/support'))).toBe(
      'SITE_URL="https://example.com/support": it has a path (/support). Give the path in BASE_PATH instead: SITE_URL=https://example.com BASE_PATH=/support/.',
    );
  });
});

describe('BASE_PATH', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['/support/', '/support/'],
    ['/support', '/support/'],
    ['/help/customer-care_2~v1.0/', '/help/customer-care_2~v1.0/'],
  ])('reads %j as %s', (value, base) => {
    expect(parseBasePath(value)).toBe(base);
  });

  it.each([
    ['../', 'it does not start with /.'],
    ['support/', 'it does not start with /.'],
    ['https://evil.example/', 'it does not start with /.'],
    ['//evil.example/', 'it has // in it, which browsers read as another host.'],
    ['/support//x/', 'it has // in it, which browsers read as another host.'],
    ['/../', 'it has a ".." segment; name the folder itself.'],
    ['/support/../x/', 'it has a ".." segment; name the folder itself.'],
    ['/./', 'it has a "." segment; name the folder itself.'],
    ['/a b/', 'the part "a b" has characters other than letters, digits, "-", "_", "." and "~".'],
    ['/a\\b/', 'the part "a\\b" has characters other than letters, digits, "-", "_", "." and "~".'],
    [
      '/s%2e%2e/',
      'the part "s%2e%2e" has characters other than letters, digits, "-", "_", "." and "~".',
    ],
    [
      '/support?x/',
      'the part "support?x" has characters other than letters, digits, "-", "_", "." and "~".',
    ],
  ])('refuses %j, naming the variable and a good value', (value, problem) => {
    expect(refusal(() => parseBasePath(value))).toBe(
      `BASE_PATH=${JSON.stringify(value)}: ${problem} ${baseFix}`,
    );
  });
});

describe('readSettings', () => {
  it('reads both from the environment', () => {
    expect(readSettings({ SITE_URL: 'https://example.com', BASE_PATH: '/support' })).toEqual({
      site: 'https://example.com',
      base: '/support/',
    });
    expect(readSettings({})).toEqual({ site: DEFAULT_SITE_URL, base: '/' });
  });

  it('names the variable that is wrong', () => {
    const error = (() => {
      try {
        readSettings({ SITE_URL: 'https://example.com', BASE_PATH: '../' });
      } catch (thrown) {
        return thrown;
      }
      return undefined;
    })();
    expect(error).toMatchObject({ variable: 'BASE_PATH' });
  });
});
