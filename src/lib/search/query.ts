import { HIGHLIGHT_PARAMETER, QUERY_PARAMETER } from './parameters';

/** Longer input is cut: nobody types a question this long, and it keeps the URL sane. */
export const MAX_QUERY_LENGTH = 200;

/** Tidies typed or linked text into a search term: single spaces, trimmed, bounded. */
export function normaliseQuery(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();
}

/** The search term in a URL's query string (`location.search`), or "" when there is none. */
export function readQuery(search: string): string {
  return normaliseQuery(new URLSearchParams(search).get(QUERY_PARAMETER) ?? '');
}

/**
 * The current address with the search term in it (or without one, for an empty
 * term), so a reload or the Back button brings the same results back. Any
 * highlight from an earlier result is dropped.
 */
export function addressForQuery(current: string, query: string): string {
  const url = new URL(current);
  url.searchParams.delete(HIGHLIGHT_PARAMETER);
  if (query) url.searchParams.set(QUERY_PARAMETER, query);
  else url.searchParams.delete(QUERY_PARAMETER);
  return url.toString();
}
