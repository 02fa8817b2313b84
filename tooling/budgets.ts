/**
 * The site's byte budgets, in gzip bytes (gzip -9 of each file, as
 * tooling/transfer-size.ts counts): the tests hold every build to them, and the
 * bench and the site diff report against them. Deterministic for a given build.
 */
const KB = 1024;

export const budgets = {
  /** Everything /plans/ loads once scrolled to the end, the calculator included. */
  plansPage: 24 * KB,
  /** Everything /faq/ loads before a search. */
  faqPage: 14 * KB,
  /** The script that offers search on /faq/ and loads it when asked. */
  searchLoader: 1 * KB,
  /** Everything the first search fetches: our UI, Pagefind, its index and fragments. */
  firstSearch: 100 * KB,
  /** The calculator island's own code, with the page's inline module script. */
  calculatorOwn: 4 * KB,
  /** The calculator island with Solid's runtime and Astro's Solid client. */
  calculatorTotal: 12 * KB,
  /** The hours island's own code. */
  hoursIslandOwn: 3 * KB,
  /** Any page of the FAQ at 1,000 questions. */
  faqPageAtScale: 60 * KB,
} as const;

/**
 * The pages held to a budget of their own, by route: the site diff weighs them
 * (tooling/page-weight.ts) in both builds and reports a move against the budget.
 */
export const pageBudgets = {
  '/plans/': 'plansPage',
  '/faq/': 'faqPage',
} as const satisfies Record<string, keyof typeof budgets>;

export const kilobytes = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
