import { describe, expect, it } from 'vitest';
import { joinBase, withQuery } from '../../src/lib/url';

describe('site paths and links', () => {
  it('join the base path and a page path with one slash', () => {
    expect(joinBase('/', '/plans/')).toBe('/plans/');
    expect(joinBase('/support/', '/plans/')).toBe('/support/plans/');
    expect(joinBase('/support', 'plans/')).toBe('/support/plans/');
  });

  it('add query parameters, encoded, keeping existing ones', () => {
    expect(withQuery('https://example.test/buy?ref=site', { plan: 'plus', billing: 'a&b' })).toBe(
      'https://example.test/buy?ref=site&plan=plus&billing=a%26b',
    );
  });
});
