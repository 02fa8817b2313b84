import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** The page's elements in document order, each with where its tags are in the HTML. */
function elementsOf(html: string): Element[] {
  const elements: Element[] = [];
  const walk = (node: Node) => {
    if ('tagName' in node) elements.push(node);
    if ('childNodes' in node) node.childNodes.forEach(walk);
  };
  walk(parse(html, { sourceCodeLocationInfo: true }));
  return elements;
}

/**
 * Where each element written in the HTML starts (the parser's implied ones have no
 * place), outside islands: an island's hydration may replace what is inside it while
 * the page is still arriving.
 */
function elementStarts(html: string): number[] {
  const islands = elementsOf(html).filter(({ tagName }) => tagName === 'astro-island');
  const inIsland = (offset: number) =>
    islands.some(
      ({ sourceCodeLocation: at }) => at && offset > at.startOffset && offset < at.endOffset,
    );
  return elementsOf(html).flatMap(({ sourceCodeLocation: at }) =>
    at && !inIsland(at.startOffset) ? [at.startOffset] : [],
  );
}

/** The browser's count of what elementStarts counts, as a selector. */
export const parsedElements = '*:not(astro-island *)';

/**
 * Where a page is cut into pieces, as offsets into its HTML: before each element of
 * the site's header and footer (the frame every page shares, whose rows fill as
 * their items arrive), and before about every twelfth of the elements of <main>
 * (the page's own content, a frame at each twelfth of the way). The first piece
 * holds the whole <head> and the start of <body>, so the browser may paint as soon
 * as it has it. Offsets come from parse5, the parser jsdom uses, not from a regex.
 */
export function cutPoints(html: string, mainPieces = 12): number[] {
  const elements = elementsOf(html);
  const start = (element: Element) => element.sourceCodeLocation?.startOffset ?? -1;
  const end = (element: Element) => element.sourceCodeLocation?.endOffset ?? -1;
  const within = (outer: Element | undefined) =>
    outer
      ? elements.filter((element) => start(element) > start(outer) && end(element) <= end(outer))
      : [];
  const frame = elements.filter(
    (element) =>
      (element.tagName === 'header' &&
        element.attrs.some(
          ({ name, value }) => name === 'class' && /\bsite-header\b/.test(value),
        )) ||
      element.tagName === 'footer',
  );
  const main = within(elements.find((element) => element.tagName === 'main'));
  const step = Math.max(1, Math.ceil(main.length / mainPieces));
  // <body> is implied when not written: then the first piece ends at the first element.
  const bodyStart =
    elements.find((element) => element.tagName === 'body')?.sourceCodeLocation?.startOffset ?? 0;
  const points = [
    ...frame.flatMap((outer) => [outer, ...within(outer)]),
    ...main.filter((_, index) => index % step === 0),
  ]
    .map(start)
    .filter((offset) => offset > bodyStart);
  return [...new Set(points)].sort((a, b) => a - b);
}

/** One page on its way: the test calls `next()` to send each further piece. */
export interface PacedPage {
  /** How many pieces the page is cut into. */
  pieces: number;
  /**
   * Sends the next piece; resolves, once it is written, with how many elements
   * outside islands the page's HTML has started by the end of it (the browser
   * counts at least as many `parsedElements` once it has parsed the piece), or
   * undefined when none was left.
   */
  next(): Promise<number | undefined>;
}

export interface PacedServer {
  origin: string;
  /**
   * The next request for a page at `path` gets its HTML in pieces, each sent only
   * when the test asks for it; resolves with the page's controls once it is requested.
   */
  pace(path: string): Promise<PacedPage>;
  close(): Promise<void>;
}

/**
 * A server in front of the site's own server (Wrangler, with the production
 * headers) that hands each requested HTML page over piece by piece, each piece
 * held until the test has seen the browser paint what came before it: the browser
 * paints half-parsed pages on purpose, at known points, on a busy machine or an
 * idle one alike. Everything else passes through untouched. Written on node:http
 * and fetch, a few lines: a kept proxy (http-proxy and the like) streams a response
 * as it comes and would still need this pacing written around it.
 */
export async function startPacedServer(upstream: string, port: number): Promise<PacedServer> {
  const waiting = new Map<string, (page: PacedPage) => void>();
  const server: Server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', upstream);
      const answer = await fetch(url, {
        headers: { accept: request.headers.accept ?? '*/*' },
        redirect: 'manual',
      });
      const headers = new Headers(answer.headers);
      // fetch decoded the body: it goes on as sent here, whole or in pieces.
      headers.delete('content-encoding');
      headers.delete('content-length');
      headers.delete('transfer-encoding');
      response.writeHead(answer.status, Object.fromEntries(headers));
      const hold = waiting.get(url.pathname);
      if (!hold || !headers.get('content-type')?.startsWith('text/html')) {
        response.end(Buffer.from(await answer.arrayBuffer()));
        return;
      }
      waiting.delete(url.pathname);
      const html = await answer.text();
      const offsets = [0, ...cutPoints(html), html.length];
      const starts = elementStarts(html);
      let sent = 0;
      hold({
        pieces: offsets.length - 1,
        next: async () => {
          const [from, to] = [offsets[sent], offsets[sent + 1]];
          if (to === undefined) return undefined;
          sent += 1;
          await new Promise<void>((resolve, reject) =>
            response.write(html.slice(from, to), (error) => (error ? reject(error) : resolve())),
          );
          if (to === html.length) response.end();
          return starts.filter((offset) => offset < to).length;
        },
      });
    })().catch((error: unknown) => {
      response.destroy(error instanceof Error ? error : new Error(String(error)));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${bound}`,
    pace: (path) =>
      new Promise((resolve) => {
        waiting.set(path, resolve);
      }),
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
