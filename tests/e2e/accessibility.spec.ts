import { expect, expectNoAxeViolations, routes, test, withoutPageScripts } from './support';

const schemes = ['light', 'dark'] as const;

// With JavaScript, axe runs in both schemes on every page at each width in
// layout.spec.ts (1280 px among them); here, the same without JavaScript.
for (const [name, path] of Object.entries(routes)) {
  for (const colorScheme of schemes) {
    test(`${name}, ${colorScheme} scheme, without JavaScript: no axe violations`, async ({
      page,
    }) => {
      await withoutPageScripts(page);
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      await expectNoAxeViolations(page);
    });
  }

  test(`${name}: every focus stop is visible, outlined and not hidden`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 700 });
    // Instant scrolling, so each check sees where focus has landed, not a scroll in flight.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const stops = await page.evaluate(
      () =>
        document.querySelectorAll(
          'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), [tabindex="0"]',
        ).length,
    );
    const seen = new Set<string>();
    for (let press = 0; press < stops + 2; press += 1) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const element = document.activeElement;
        if (!element || element === document.body) return undefined;
        const box = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        const centre = document.elementFromPoint(
          box.left + box.width / 2,
          box.top + box.height / 2,
        );
        return {
          key: `${element.tagName}:${element.textContent?.trim().slice(0, 40) ?? ''}:${box.top + scrollY}`,
          inViewport: box.bottom > 0 && box.top < innerHeight && box.width > 0 && box.height > 0,
          notCovered: centre === element || element.contains(centre) || centre?.contains(element),
          outlined: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        };
      });
      if (!focus) continue;
      seen.add(focus.key);
      expect(focus, focus.key).toMatchObject({
        inViewport: true,
        notCovered: true,
        outlined: true,
      });
    }
    expect(seen.size).toBeGreaterThan(5);
  });
}

test('a keyboard-only visitor can reach every page from the header', async ({ page }) => {
  await page.goto(routes.home);
  for (const label of ['Plans and pricing', 'Team', 'FAQ', 'Support hours', 'Overview']) {
    const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label });
    for (
      let press = 0;
      press < 15 && !(await link.evaluate((el) => el === document.activeElement));
      press += 1
    ) {
      await page.keyboard.press('Tab');
    }
    await expect(link).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('navigation', { name: 'Main' }).locator('[aria-current="page"]'),
    ).toHaveText(label);
  }
});

test('reduced motion turns smooth scrolling off', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(routes.faq);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe(
    'auto',
  );
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe(
    'smooth',
  );
});
