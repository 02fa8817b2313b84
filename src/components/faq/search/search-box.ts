import type { PagefindApi } from '../../../lib/search/pagefind-api';
import { addressForQuery, normaliseQuery, readQuery } from '../../../lib/search/query';
import { questionResults, type QuestionResult } from '../../../lib/search/results';
import { joinBase } from '../../../lib/url';
import { showAnswer } from './highlight-answer';

export { highlightAnswer } from './highlight-answer';

/** Questions shown at most; more would bury the answer the visitor wants. */
const MAX_RESULTS = 10;
/** Pages whose results are read (each costs a fragment request). */
const MAX_PAGES = 8;
const EXCERPT_WORDS = 24;
const TYPING_PAUSE_MS = 150;

/**
 * The FAQ search, started by the loader in FaqSearch.astro when the visitor
 * reaches for it. Pagefind's engine and index load with the first query.
 */
export function startSearch(root: HTMLElement, input: HTMLInputElement): void {
  const view = new SearchView(root);
  if (import.meta.env.DEV) {
    view.say('Search works on the built site: run npm run build, then npm run preview.');
    return;
  }

  let engine: Promise<PagefindApi> | undefined;
  const loadEngine = () => (engine ??= importPagefind());
  let latest = 0;

  const search = async (text: string, typing: boolean) => {
    const query = normaliseQuery(text);
    const ticket = ++latest;
    history.replaceState(history.state, '', addressForQuery(location.href, query));
    if (!query) return view.clear();
    try {
      const pagefind = await loadEngine();
      const found = typing
        ? await pagefind.debouncedSearch(query, {}, TYPING_PAUSE_MS)
        : await pagefind.search(query);
      if (!found || ticket !== latest) return;
      const pages = await Promise.all(found.results.slice(0, MAX_PAGES).map((page) => page.data()));
      if (ticket !== latest) return;
      view.show(query, questionResults(pages, MAX_RESULTS));
    } catch {
      if (ticket !== latest) return;
      engine = undefined;
      view.say('Search is not available right now. Every answer is on this page below.');
    }
  };

  input.addEventListener('input', () => void search(input.value, true));
  root.addEventListener('keydown', (event) => view.onKeydown(event, input));
  view.onFollow((url) => {
    history.pushState(null, '', url);
    showAnswer(url);
  });

  const linked = readQuery(location.search);
  if (linked) input.value = linked;
  if (input.value) void search(input.value, false);
}

async function importPagefind(): Promise<PagefindApi> {
  const address = joinBase(import.meta.env.BASE_URL, '/pagefind/pagefind.js');
  const pagefind = (await import(/* @vite-ignore */ address)) as PagefindApi;
  await pagefind.options({ excerptLength: EXCERPT_WORDS, excerptEllipsis: '…' });
  return pagefind;
}

/** The search's DOM: the status line, the no-results message and the result list. */
class SearchView {
  private readonly message: HTMLElement;
  private readonly empty: HTMLElement;
  private readonly term: HTMLElement;
  private readonly list: HTMLOListElement;

  constructor(root: HTMLElement) {
    this.message = part(root, '[data-search-message]');
    this.empty = part(root, '[data-search-empty]');
    this.term = part(this.empty, '[data-search-term]');
    this.list = part(root, '[data-search-results]') as HTMLOListElement;
  }

  say(text: string): void {
    this.clear();
    this.message.textContent = text;
  }

  clear(): void {
    this.message.textContent = '';
    this.empty.hidden = true;
    this.list.replaceChildren();
    this.list.hidden = true;
  }

  show(query: string, results: QuestionResult[]): void {
    this.list.replaceChildren(...results.map(renderResult));
    this.list.hidden = results.length === 0;
    this.term.textContent = query;
    this.empty.hidden = results.length > 0;
    this.message.textContent =
      results.length === 0 ? '' : `Questions matching “${query}”: ${results.length}.`;
  }

  private links(): HTMLAnchorElement[] {
    return [...this.list.querySelectorAll('a')];
  }

  /** Arrow keys move between the field and the results; Enter in the field opens the first. */
  onKeydown(event: KeyboardEvent, input: HTMLInputElement): void {
    const links = this.links();
    const current = links.indexOf(document.activeElement as HTMLAnchorElement);
    const inField = event.target === input;
    let next: HTMLElement | undefined;
    if (event.key === 'ArrowDown') next = links[inField ? 0 : current + 1];
    else if (event.key === 'ArrowUp' && current >= 0) next = links[current - 1] ?? input;
    else if (event.key === 'Escape' && current >= 0) next = input;
    else if (event.key === 'Enter' && inField && !event.isComposing && links[0]) {
      event.preventDefault();
      links[0].click();
      return;
    }
    if (!next) return;
    event.preventDefault();
    next.focus();
  }

  /** Results on this very page are shown without reloading it. */
  onFollow(follow: (url: URL) => void): void {
    this.list.addEventListener('click', (event) => {
      const link = (event.target as Element).closest('a');
      if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      const url = new URL(link.href);
      if (url.origin !== location.origin || url.pathname !== location.pathname) return;
      event.preventDefault();
      follow(url);
    });
  }
}

function part(root: HTMLElement, selector: string): HTMLElement {
  const element = root.querySelector<HTMLElement>(selector);
  if (!element) throw new Error(`The FAQ search is missing ${selector}.`);
  return element;
}

function renderResult(result: QuestionResult): HTMLLIElement {
  const item = element('li', 'faq-search__result');
  const link = element('a', 'faq-search__question');
  link.href = result.url;
  link.textContent = result.question;
  item.append(link);
  if (result.topic) {
    const topic = element('p', 'faq-search__topic', result.topic);
    topic.prepend(element('span', 'visually-hidden', 'Topic: '));
    item.append(topic);
  }
  const excerpt = element('p', 'faq-search__excerpt');
  for (const part of result.excerpt) {
    excerpt.append(part.marked ? element('mark', '', part.text) : part.text);
  }
  item.append(excerpt);
  return item;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  if (className) created.className = className;
  if (text !== undefined) created.textContent = text;
  return created;
}
