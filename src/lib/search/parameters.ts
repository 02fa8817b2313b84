/**
 * The URL parameters of search: /faq/?q=live+chat carries a search, and
 * /faq/?highlight=chat#live-chat the words to mark in an answer. Constants alone,
 * so the page's tiny loader can read them without loading the search code.
 */
export const QUERY_PARAMETER = 'q';
export const HIGHLIGHT_PARAMETER = 'highlight';
