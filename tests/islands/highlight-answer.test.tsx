import { afterEach, describe, expect, it } from 'vitest';
import { highlightAnswer } from '../../src/components/faq/search/highlight-answer';
import { MAX_MARKS_PER_ANSWER } from '../../src/lib/search/highlight';

/** An answer as the FAQ renders it, marked for search. */
function answer(id: string, text: string) {
  const article = document.createElement('article');
  article.dataset['pagefindBody'] = '';
  article.innerHTML = `<h3 id="${id}">Question?</h3><p></p><p></p>`;
  const [first, second] = article.querySelectorAll('p');
  if (first && second) {
    first.textContent = text;
    second.textContent = text;
  }
  document.body.append(article);
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('highlighting the words a link names', () => {
  it('marks each occurrence in the answer the link points to', () => {
    answer('chat', 'Support via chat, and more chat.');
    highlightAnswer(new URL('https://site.test/faq/?highlight=chat#chat'));
    expect([...document.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual([
      'chat',
      'chat',
      'chat',
      'chat',
    ]);
  });

  it('marks a bounded number of words per answer, whatever the link says', () => {
    answer('long', Array.from({ length: 400 }, () => 'support chat').join(' '));
    const words = ['support', 'chat', ...Array.from({ length: 50 }, (_, n) => `w${n}`)];
    const query = words.map((word) => `highlight=${word}`).join('&');
    highlightAnswer(new URL(`https://site.test/faq/?${query}&highlight=support#long`));
    expect(document.querySelectorAll('mark')).toHaveLength(MAX_MARKS_PER_ANSWER);
    // The marks are the first occurrences, in reading order.
    expect(document.querySelector('article p')?.querySelectorAll('mark')).toHaveLength(
      MAX_MARKS_PER_ANSWER,
    );
  });
});
