import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/** The site's routes, relative to the base URL so they work under a base path. */
export const routes = {
  home: './',
  plans: 'plans/',
  team: 'team/',
  faq: 'faq/',
  supportHours: 'support-hours/',
} as const;

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Every test collects what went wrong on its page: console errors, uncaught
 * errors, CSP violations, failed or 4xx/5xx requests. `expectNoPageProblems`
 * then asserts the list is empty.
 */
export const test = base.extend<{ pageProblems: string[]; scriptsOffSkippedInFirefox: undefined }>({
  /**
   * Tests with scripts off (`javaScriptEnabled: false`) are skipped in Firefox:
   * Playwright over WebDriver BiDi ignores that option, so they would run with
   * scripts on and prove nothing. A Firefox started with its `javascript.enabled`
   * preference off was tried: pages load, but Playwright's expect() and
   * actionability waits never settle there (tried with Firefox ESR 153).
   */
  scriptsOffSkippedInFirefox: [
    async ({ browserName, javaScriptEnabled }, use) => {
      test.skip(
        browserName === 'firefox' && !javaScriptEnabled,
        'scripts off: Playwright cannot turn them off in Firefox over BiDi',
      );
      await use(undefined);
    },
    { auto: true },
  ],
  pageProblems: async ({ page }, use) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    page.on('requestfailed', (request) => {
      const reason = request.failure()?.errorText ?? '';
      // The browser cancelled it (a navigation, a page closing): not the site failing.
      // Chromium's word for it, then Firefox's.
      if (reason === 'net::ERR_ABORTED' || reason === 'NS_BINDING_ABORTED') return;
      problems.push(`request failed: ${request.url()} (${reason})`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) {
        problems.push(`HTTP ${response.status()}: ${response.url()}`);
      }
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
      });
    });
    await use(problems);
  },
});

export { expect };

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

/** Serves every page with its scripts stripped and blocks script files. */
export async function withoutPageScripts(page: Page) {
  await page.route('**/*', async (route) => {
    const request = route.request();
    if (request.resourceType() === 'script') return route.abort();
    if (request.resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    const html = (await response.text()).replace(/<script\b[\s\S]*?<\/script>/gi, '');
    return route.fulfill({ response, body: html });
  });
}
