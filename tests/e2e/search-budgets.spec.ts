import { scriptSizes, totalBytes, TransferLog, type Transfer } from '../../tooling/transfer-size';
import { budgets } from '../../tooling/budgets';
import { expect, routes, test } from './support';

/**
 * Byte budgets from the search issue, measured as gzip would send each file
 * (bench/search-bytes.ts prints the same figures in detail).
 */
const PAGE_BUDGET = budgets.faqPage;
const LOADER_BUDGET = budgets.searchLoader;
const FIRST_QUERY_BUDGET = budgets.firstSearch;

test('/faq/ fits its budgets before a search, and the first query fits its own', async ({
  page,
}) => {
  const log = new TransferLog(page);
  await page.goto(routes.faq);
  await page.waitForLoadState('networkidle');
  // The browser asks for the icon whenever it likes; it is not the page's weight.
  const withoutIcon = (transfers: Transfer[]) =>
    transfers.filter((transfer) => !transfer.path.includes('favicon'));
  const beforeSearch = withoutIcon(await log.take());

  expect(beforeSearch.map((transfer) => transfer.path)).not.toContainEqual(
    expect.stringContaining('/pagefind/'),
  );
  expect(totalBytes(beforeSearch)).toBeLessThanOrEqual(PAGE_BUDGET);
  const scripts = await scriptSizes(page, beforeSearch);
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.reduce((sum, size) => sum + size, 0)).toBeLessThanOrEqual(LOADER_BUDGET);

  await page.getByRole('searchbox', { name: 'Search the FAQ' }).fill('live chat');
  await expect(
    page.getByRole('list', { name: 'Search results' }).getByRole('link').first(),
  ).toHaveText('Can I talk to support in a live chat?');
  await page.waitForLoadState('networkidle');
  const firstQuery = withoutIcon(await log.take());

  const paths = firstQuery.map((transfer) => transfer.path);
  for (const file of [
    /search-box\.[\w-]+\.js$/,
    /pagefind\.js$/,
    /\.pf_index$/,
    /\.pf_fragment$/,
  ]) {
    expect(
      paths.some((path) => file.test(path)),
      String(file),
    ).toBe(true);
  }
  expect(totalBytes(firstQuery)).toBeLessThanOrEqual(FIRST_QUERY_BUDGET);
});
