import type { Locator, Page } from '@playwright/test';
import { faqQuestion, site } from './site-facts';
import { expect, expectNoAxeViolations, routes, test } from './support';

const helpDesk = site.site.links.helpDesk;
const [liveChat, bugFixes, freeResources, hosting, hoursQuestion] = [
  'live-chat',
  'bug-fixes',
  'free-resources',
  'scalesta-hosting',
  'support-hours',
].map(faqQuestion) as [Found, Found, Found, Found, Found];
type Found = ReturnType<typeof faqQuestion>;
const provider = site.site.hostingTrial.provider;
// A name from the team page: the longest, since Pagefind matches a short word's stems loosely.
const someone = site.team.map((person) => person.name).sort((a, b) => b.length - a.length)[0] ?? '';

const searchbox = (page: Page) => page.getByRole('searchbox', { name: 'Search the FAQ' });
const results = (page: Page) =>
  page.getByRole('list', { name: 'Search results' }).getByRole('link');
const status = (page: Page) => page.getByRole('status');

/** Types a query and waits until the results (or the no-results message) for it are shown. */
async function search(page: Page, query: string): Promise<void> {
  await searchbox(page).fill(query);
  await expect(status(page)).toContainText(`“${query}”`, { useInnerText: true });
}

function answer(page: Page, question: string): Locator {
  return page.getByRole('article', { name: question });
}

const isPagefindFile = (url: string) => new URL(url).pathname.includes('/pagefind/');

test.describe('FAQ search', () => {
  test('loads Pagefind with the first query, not before @base-path @every-browser', async ({
    page,
    pageProblems,
  }) => {
    const pagefindFiles: string[] = [];
    page.on('request', (request) => {
      if (isPagefindFile(request.url())) pagefindFiles.push(new URL(request.url()).pathname);
    });
    await page.goto(routes.faq);
    await page.waitForLoadState('networkidle');
    const searchCode = page.waitForResponse(/\/_astro\/search-box\.[\w-]+\.js$/);
    await searchbox(page).focus();
    await searchCode;
    expect(pagefindFiles).toEqual([]);

    await search(page, 'live chat');

    for (const file of [
      /\/pagefind\/pagefind\.js$/,
      /\/pagefind\/pagefind-entry\.json$/,
      /\/pagefind\/wasm\.en\.pagefind$/,
      /\/pagefind\/index\/[\w-]+\.pf_index$/,
      /\/pagefind\/fragment\/[\w-]+\.pf_fragment$/,
    ]) {
      expect(
        pagefindFiles.some((path) => file.test(path)),
        String(file),
      ).toBe(true);
    }
    expect(pageProblems).toEqual([]);
  });

  test('"live chat" finds the live-chat question first, linked to its anchor @base-path @every-browser', async ({
    page,
    pageProblems,
  }) => {
    await page.goto(routes.faq);
    const faqPath = new URL(page.url()).pathname;
    await search(page, 'live chat');

    const first = results(page).first();
    await expect(first).toHaveText(liveChat.question);
    const target = new URL((await first.getAttribute('href')) ?? '', page.url());
    expect(target.pathname).toBe(faqPath);
    expect(target.hash).toBe('#live-chat');
    const result = page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first();
    await expect(result).toContainText(liveChat.topic);
    await expect(result.locator('mark').first()).toHaveText(/live|chat/i);
    expect(pageProblems).toEqual([]);
  });

  test("the issue's queries find their questions, also by words found only in answers @every-browser", async ({
    page,
  }) => {
    await page.goto(routes.faq);
    for (const [query, question] of [
      [provider, hosting.question],
      ['security bugs', bugFixes.question],
      ['remote access', bugFixes.question],
      ['forum account', freeResources.question],
    ] as const) {
      await test.step(`"${query}" finds "${question}" first`, async () => {
        await search(page, query);
        await expect(results(page).first()).toHaveText(question);
      });
    }
    await test.step(`"${site.supportHours.offsetLabel}", written by the support-hours fact component, finds the hours question`, async () => {
      await search(page, site.supportHours.offsetLabel);
      const hours = results(page).filter({ hasText: hoursQuestion.question });
      await expect(hours).toHaveCount(1);
      expect(new URL((await hours.getAttribute('href')) ?? '', page.url()).hash).toBe(
        '#support-hours',
      );
    });
  });

  test('only answers are indexed, not the page around them @every-browser', async ({ page }) => {
    await page.goto(routes.faq);
    // The FAQ's own heading, the navigation, and other pages.
    for (const query of ['frequently', 'Overview', someone, 'calculator']) {
      await search(page, query);
      // Pagefind matches loosely ("Anastasia" finds "an"), so a result may come;
      // none may have found the word itself, which only the page around holds.
      const marked = await page
        .getByRole('list', { name: 'Search results' })
        .locator('mark')
        .allTextContents();
      expect(marked.map((word) => word.toLowerCase())).not.toContain(query.toLowerCase());
    }
  });

  test('nonsense says so plainly and points to the Help Desk @every-browser', async ({
    page,
    pageProblems,
  }) => {
    await page.goto(routes.faq);
    await search(page, 'qwxzvy plorfish');
    await expect(results(page)).toHaveCount(0);
    await expect(status(page)).toContainText('No question matches “qwxzvy plorfish”');
    await expect(status(page).getByRole('link', { name: 'Help Desk' })).toHaveAttribute(
      'href',
      helpDesk,
    );
    await expectNoAxeViolations(page);
    expect(pageProblems).toEqual([]);
  });

  test('markup and pattern characters are shown as text and run nothing @every-browser', async ({
    page,
    pageProblems,
  }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(routes.faq);
    const search_ = page.locator('[data-faq-search]');
    for (const hostile of ['<img src=x onerror=alert(1)>', '(.*', '"><script>alert(2)</script>']) {
      await search(page, hostile);
      await expect(search_.locator('img, script')).toHaveCount(0);
    }
    await page.goto(`${routes.faq}?q=${encodeURIComponent('<img src=x onerror=alert(3)>')}`);
    await expect(searchbox(page)).toHaveValue('<img src=x onerror=alert(3)>');
    await expect(status(page)).toContainText('“<img src=x onerror=alert(3)>”');
    await expect(search_.locator('img, script')).toHaveCount(0);
    expect(dialogs).toEqual([]);
    expect(pageProblems).toEqual([]);
  });

  test('?q= runs the search, and typing keeps the address in step @every-browser', async ({
    page,
  }) => {
    await page.goto(`${routes.faq}?q=live+chat`);
    await expect(searchbox(page)).toHaveValue('live chat');
    await expect(results(page).first()).toHaveText(liveChat.question);
    await search(page, provider);
    expect(new URL(page.url()).searchParams.get('q')).toBe(provider);
  });

  test('the keyboard alone finds and opens a result @every-browser', async ({
    page,
    pageProblems,
  }) => {
    await page.goto(routes.faq);
    await page.keyboard.press('/');
    await expect(searchbox(page)).toBeFocused();
    await page.keyboard.type('support hours');
    await expect(status(page)).toContainText('“support hours”');
    const links = results(page);
    expect(await links.count()).toBeGreaterThanOrEqual(2);

    await page.keyboard.press('ArrowDown');
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(searchbox(page)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const question = (await links.nth(1).textContent()) ?? '';
    const href = (await links.nth(1).getAttribute('href')) ?? '';
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(new URL(href, page.url()).href);
    const heading = page.getByRole('heading', { level: 3, name: question });
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();
    expect(pageProblems).toEqual([]);
  });

  test('Enter in the field opens the best result @every-browser', async ({ page }) => {
    await page.goto(routes.faq);
    await search(page, provider);
    await searchbox(page).press('Enter');
    await expect(page).toHaveURL(/#scalesta-hosting$/);
  });

  test('following a result scrolls to the answer and marks the matched words there @base-path @every-browser', async ({
    page,
    pageProblems,
  }) => {
    await page.goto(routes.faq);
    await search(page, 'security bugs');
    await results(page).first().click();

    await expect(page).toHaveURL(/#bug-fixes$/);
    const heading = page.getByRole('heading', { name: bugFixes.question });
    await expect(heading).toBeInViewport();
    const marks = answer(page, bugFixes.question).locator('mark');
    await expect(marks.first()).toBeVisible();
    const marked = (await marks.allTextContents()).map((word) => word.toLowerCase());
    expect(marked).toEqual(expect.arrayContaining(['security', 'bug', 'bugs']));
    // Only the answer followed is marked, not every mention on the page.
    await expect(page.locator('article mark')).toHaveCount(await marks.count());

    // Back returns to the search, as it was.
    await page.goBack();
    expect(new URL(page.url()).searchParams.get('q')).toBe('security bugs');
    await expect(results(page).first()).toHaveText(bugFixes.question);
    expect(pageProblems).toEqual([]);
  });

  test('a link with words to highlight marks them without loading Pagefind @every-browser', async ({
    page,
  }) => {
    const pagefindFiles: string[] = [];
    page.on('request', (request) => {
      if (isPagefindFile(request.url())) pagefindFiles.push(request.url());
    });
    await page.goto(`${routes.faq}?highlight=chat&highlight=Live#live-chat`);
    const marks = answer(page, liveChat.question).locator('mark');
    await expect(marks.first()).toBeVisible();
    expect((await marks.allTextContents()).map((word) => word.toLowerCase())).toEqual(
      expect.arrayContaining(['live', 'chat']),
    );
    await expect(page.getByRole('heading', { name: liveChat.question })).toBeInViewport();
    expect(pagefindFiles).toEqual([]);
  });

  test('a hand-edited link with a broken hash or odd words breaks nothing @every-browser', async ({
    page,
    pageProblems,
  }) => {
    await page.goto(`${routes.faq}?highlight=%3Cb%3E&highlight=(.*&highlight=chat#%E0%A4%A`);
    await expect(page.locator('article mark').first()).toHaveText(/chat/i);
    await expect(page.locator('article b')).toHaveCount(0);
    expect(pageProblems).toEqual([]);
  });

  test('axe finds nothing with results open and a result focused', async ({ page }) => {
    await page.goto(routes.faq);
    await search(page, 'support');
    await page.keyboard.press('ArrowDown');
    await expectNoAxeViolations(page);
  });

  test('the header entry leads to the field, ready to type @base-path @every-browser', async ({
    page,
  }) => {
    await page.goto(routes.home);
    await page.getByRole('banner').getByRole('link', { name: 'Search the FAQ' }).click();
    await expect(searchbox(page)).toBeFocused();
    expect(new URL(page.url()).pathname).toMatch(/\/faq\/$/);
  });

  test('without its index, the field says search is unavailable @every-browser', async ({
    page,
  }) => {
    await page.route(/\/pagefind\//, (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.goto(routes.faq);
    await searchbox(page).fill('live chat');
    await expect(status(page)).toContainText('Search is not available right now');
  });
});

test('in astro dev, where no index exists, the field says search needs a build @dev', async ({
  page,
  pageProblems,
}) => {
  const pagefindFiles: string[] = [];
  page.on('request', (request) => {
    if (isPagefindFile(request.url())) pagefindFiles.push(request.url());
  });
  await page.goto(routes.faq);
  await searchbox(page).fill('live chat');
  await expect(status(page)).toContainText('Search works on the built site');
  expect(pagefindFiles).toEqual([]);
  expect(pageProblems).toEqual([]);
});

test.describe('FAQ search under the Content Security Policy', () => {
  test('works when Pagefind has no worker and compiles its wasm on the page itself @every-browser', async ({
    page,
    pageProblems,
  }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'Worker', { value: undefined });
    });
    await page.goto(routes.faq);
    await search(page, provider);
    await expect(results(page).first()).toHaveText(hosting.question);
    expect(pageProblems).toEqual([]);
  });

  test('works when the policy also arrives as a header, for the worker too @every-browser', async ({
    page,
    pageProblems,
  }) => {
    await page.goto(routes.faq);
    const policy = await page
      .locator('meta[http-equiv="content-security-policy"]')
      .getAttribute('content');
    expect(policy).toContain("'wasm-unsafe-eval'");
    await page.route('**/*', async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'content-security-policy': policy ?? '' },
      });
    });
    await page.reload();
    await search(page, provider);
    await expect(results(page).first()).toHaveText(hosting.question);
    expect(pageProblems).toEqual([]);
  });
});

test.describe('without JavaScript @every-browser', () => {
  test.use({ javaScriptEnabled: false });

  test('the search field is not offered, and every answer is on the page', async ({ page }) => {
    await page.goto(routes.faq);
    await expect(page.getByRole('searchbox')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 3 })).not.toHaveCount(0);
    await expect(
      page.getByRole('banner').getByRole('link', { name: 'Search the FAQ' }),
    ).toHaveAttribute('href', /\/faq\/#faq-search-query$/);
  });
});
