import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

/**
 * What a built page says, read from its HTML as a visitor and a search engine
 * read it: the title, the description, the structured data, the visible text line
 * by line, and each FAQ answer. HTML is parsed with parse5 (the parser jsdom
 * uses), so entities and nesting read exactly as a browser reads them.
 */

type Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['document'];
type Element = DefaultTreeAdapterMap['element'];

export interface Answer {
  question: string;
  /** The answer's text, without its question. */
  text: string;
}

export interface BuiltPage {
  /** The page's path on the site: "/", "/plans/", "/404.html". */
  route: string;
  title: string;
  description: string;
  /** Each JSON-LD block, parsed. */
  structuredData: unknown[];
  /** The visible text, one line per block (heading, paragraph, list item, table cell). */
  lines: string[];
  /** The FAQ answers on the page, by the id of their question's heading. */
  answers: Map<string, Answer>;
}

/** Not read by anyone: code, styles, and what only shows without JavaScript (said again in the page). */
const unseen = new Set(['head', 'script', 'style', 'template', 'noscript', 'svg']);
const blocks = new Set(
  'address article aside blockquote br button caption dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr label legend li main nav ol option output p pre section summary table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);

const isElement = (node: Node): node is Element => 'tagName' in node;
const attribute = (element: Element, name: string) =>
  element.attrs.find((attr) => attr.name === name)?.value;
const children = (node: Node): Node[] => ('childNodes' in node ? node.childNodes : []);

function* elements(node: Node): Generator<Element> {
  for (const child of children(node)) {
    if (!isElement(child)) continue;
    yield child;
    yield* elements(child);
  }
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The visible text under a node, one line per block. */
export function linesOf(node: Node): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = clean(current);
    if (line) lines.push(line);
    current = '';
  };
  const walk = (at: Node) => {
    for (const child of children(at)) {
      if (child.nodeName === '#text' && 'value' in child) {
        current += child.value;
      } else if (isElement(child)) {
        if (unseen.has(child.tagName) || attribute(child, 'hidden') !== undefined) continue;
        const block = blocks.has(child.tagName);
        if (block) flush();
        walk(child);
        if (block) flush();
      }
    }
  };
  walk(node);
  flush();
  return lines;
}

const textOf = (node: Node) => linesOf(node).join(' ');

/**
 * The FAQ answers: each <article> labelled by a heading with an id inside it
 * (see src/components/faq/FaqAnswer.astro).
 */
function answersOf(document: Node): Map<string, Answer> {
  const answers = new Map<string, Answer>();
  for (const article of elements(document)) {
    if (article.tagName !== 'article') continue;
    const id = attribute(article, 'aria-labelledby');
    const heading = [...elements(article)].find((element) => attribute(element, 'id') === id);
    if (!id || !heading) continue;
    const question = textOf(heading);
    const lines = linesOf(article);
    answers.set(id, { question, text: lines.slice(lines.indexOf(question) + 1).join(' ') });
  }
  return answers;
}

export function readPage(route: string, html: string): BuiltPage {
  const document = parse(html);
  const all = [...elements(document)];
  const title = all.find((element) => element.tagName === 'title');
  const description = all.find(
    (element) => element.tagName === 'meta' && attribute(element, 'name') === 'description',
  );
  const structuredData = all
    .filter(
      (element) =>
        element.tagName === 'script' && attribute(element, 'type') === 'application/ld+json',
    )
    .map((script) => {
      const json = children(script)
        .map((child) => ('value' in child ? child.value : ''))
        .join('');
      try {
        return JSON.parse(json) as unknown;
      } catch {
        return { unreadable: json };
      }
    });
  return {
    route,
    title: title ? textOf(title) : '',
    description: description ? clean(attribute(description, 'content') ?? '') : '',
    structuredData,
    lines: linesOf(all.find((element) => element.tagName === 'body') ?? document),
    answers: answersOf(document),
  };
}

/** "plans/index.html" → "/plans/", "404.html" → "/404.html". */
export const routeOf = (file: string) =>
  `/${file.split(path.sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');

/** Every HTML page of a built site (Pagefind's and Astro's own folders aside), by route. */
export async function readBuiltSite(distDir: string): Promise<Map<string, BuiltPage>> {
  const files = (await readdir(distDir, { recursive: true }))
    .filter((file) => file.endsWith('.html'))
    .filter((file) => !/^(pagefind|_astro)[\\/]/.test(file))
    .sort();
  const pages = new Map<string, BuiltPage>();
  for (const file of files) {
    const route = routeOf(file);
    pages.set(route, readPage(route, await readFile(path.join(distDir, file), 'utf-8')));
  }
  return pages;
}
