/**
 * The parts of Pagefind's browser API (`/pagefind/pagefind.js`, written by the
 * build) that the FAQ search uses. Pagefind publishes no types for it, so these
 * mirror what version 1.x returns.
 */

export interface PagefindWordLocation {
  weight: number;
  /** How much this word adds to the result's relevance. */
  balanced_score: number;
  /** The word's position in the page's content, counted in words. */
  location: number;
}

/** An element with an `id` inside the indexed content, such as a question's heading. */
export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}

/** A section of a page, from one heading with an `id` to the next. */
export interface PagefindSubResult {
  title: string;
  /** The page's address with the anchor as its hash, base path included. */
  url: string;
  anchor?: PagefindAnchor;
  /** The page's text with matched words wrapped in `<mark>`; its own "<" and ">" escaped. */
  excerpt: string;
  locations: number[];
  weighted_locations: PagefindWordLocation[];
}

export interface PagefindPageData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  locations: number[];
  weighted_locations: PagefindWordLocation[];
  sub_results: PagefindSubResult[];
}

export interface PagefindSearchResult {
  id: string;
  score: number;
  data: () => Promise<PagefindPageData>;
}

export interface PagefindSearch {
  results: PagefindSearchResult[];
}

export interface PagefindApi {
  options: (options: { excerptLength?: number; excerptEllipsis?: string }) => Promise<void>;
  search: (term: string) => Promise<PagefindSearch>;
  /** Resolves to null when a newer search has replaced this one. */
  debouncedSearch: (
    term: string,
    options?: object,
    debounceMilliseconds?: number,
  ) => Promise<PagefindSearch | null>;
}
