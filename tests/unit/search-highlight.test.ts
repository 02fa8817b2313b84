import { describe, expect, it } from 'vitest';
import {
  distinctWords,
  findWords,
  readHighlightWords,
  trimWord,
  withHighlightWords,
} from '../../src/lib/search/highlight';

const marked = (text: string, words: string[]) =>
  findWords(text, words).map(({ start, end }) => text.slice(start, end));

describe('highlighting matched words in an answer', () => {
  it('finds whole words, ignoring case', () => {
    expect(marked('Live chat is part of it. In the chat we answer.', ['chat', 'live'])).toEqual([
      'Live',
      'chat',
      'chat',
    ]);
  });

  it('skips a word inside a longer word', () => {
    expect(marked('chatting about chat', ['chat'])).toEqual(['chat']);
    expect(marked('debug a bug', ['bug'])).toEqual(['bug']);
  });

  it('finds words with symbols in them, such as a time zone', () => {
    expect(marked('9:00 to 18:00 (GMT+4), Monday to Friday', ['GMT+4'])).toEqual(['GMT+4']);
  });

  it('treats regular-expression characters as plain text', () => {
    expect(marked('a (.*) b', ['.*'])).toEqual(['.*']);
    expect(marked('nothing here', ['(.*', '['])).toEqual([]);
  });

  it('never returns overlapping ranges', () => {
    expect(findWords('support team', ['support team', 'team'])).toEqual([{ start: 0, end: 12 }]);
  });

  it('still matches exact case when lower-casing would change the text length', () => {
    expect(marked('İstanbul chat', ['chat'])).toEqual(['chat']);
  });

  it('trims punctuation around words and drops repeats', () => {
    expect(trimWord('(GMT+4).')).toBe('GMT+4');
    expect(trimWord('chat?')).toBe('chat');
    expect(distinctWords(['Chat', 'chat?', '', '...', 'live'])).toEqual(['Chat', 'live']);
  });

  it('reads the words from the URL, bounded', () => {
    expect(readHighlightWords('?highlight=live&highlight=chat')).toEqual(['live', 'chat']);
    const many = Array.from({ length: 50 }, (_, n) => `highlight=w${n}`).join('&');
    expect(readHighlightWords(`?${many}`)).toHaveLength(20);
    expect(readHighlightWords(`?highlight=${'x'.repeat(100)}`)).toEqual([]);
  });

  it('adds the words to a link without disturbing its path or hash', () => {
    expect(withHighlightWords('/faq/#live-chat', ['live', 'chat'])).toBe(
      '/faq/?highlight=live&highlight=chat#live-chat',
    );
    expect(withHighlightWords('/support/faq/?highlight=old#x', ['new'])).toBe(
      '/support/faq/?highlight=new#x',
    );
    expect(withHighlightWords('https://example.com/faq/#a', ['GMT+4'])).toBe(
      'https://example.com/faq/?highlight=GMT%2B4#a',
    );
    expect(withHighlightWords('/faq/#a', [])).toBe('/faq/#a');
  });
});
