import { describe, expect, it } from 'vitest';
import {
  addressForQuery,
  MAX_QUERY_LENGTH,
  normaliseQuery,
  readQuery,
} from '../../src/lib/search/query';

describe('search terms from the URL and the field', () => {
  it('reads ?q= and tidies its spaces', () => {
    expect(readQuery('?q=live+chat')).toBe('live chat');
    expect(readQuery('?q=%20%20live%0A%09chat%20')).toBe('live chat');
  });

  it('falls back to no search when ?q= is missing or blank', () => {
    expect(readQuery('')).toBe('');
    expect(readQuery('?other=1')).toBe('');
    expect(readQuery('?q=')).toBe('');
    expect(readQuery('?q=%20%20')).toBe('');
  });

  it('keeps markup and pattern characters as the text they are', () => {
    expect(readQuery('?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E')).toBe(
      '<img src=x onerror=alert(1)>',
    );
    expect(normaliseQuery('(.*+?[')).toBe('(.*+?[');
  });

  it('cuts overlong input', () => {
    expect(normaliseQuery('a'.repeat(500))).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('puts the term in the address, drops an old highlight, and keeps the hash', () => {
    expect(addressForQuery('https://example.com/faq/?highlight=chat#live-chat', 'hours')).toBe(
      'https://example.com/faq/?q=hours#live-chat',
    );
    expect(addressForQuery('https://example.com/support/faq/?q=hours', '')).toBe(
      'https://example.com/support/faq/',
    );
  });
});
