import { describe, expect, it } from 'vitest';
import { proseProblems } from '../../src/content-model/prose';

/**
 * What MDX prose may hold, checked on the MDX parser's own syntax tree: Markdown
 * and the fact components, nothing that runs, no raw HTML, and only https,
 * mailto: and site addresses. Each mistake names its line and says how to write
 * what the editor meant.
 */
const facts = {
  plans: ['basic', 'pro'],
  pricedPlans: ['pro'],
  features: ['server-setup'],
  licenses: ['shop-lifetime'],
  siteLinks: ['helpDesk'],
};

/** An MDX file: three lines of front matter, then the body from line 5. */
const file = (...body: string[]) => ['---', 'question: Why?', '---', '', ...body, ''].join('\n');
const found = (...body: string[]) =>
  proseProblems(file(...body), facts).map(({ line, field, value }) => [line, field, value]);

describe('MDX prose', () => {
  it('accepts Markdown and correct fact components', () => {
    const text = file(
      '<Price plan="pro" billing="monthly" per="year" /> and <PlanName plan="basic" short />.',
      '',
      '- <SiteLink to="helpDesk">the Help Desk</SiteLink>, **bold**, _italic_, `<code>`',
      '- [docs](https://docs.example.com/) or [mail](mailto:help@example.com), https://example.com',
      '- <PageLink to="/plans/#compare">the plans</PageLink> <IncludedSupport license="shop-lifetime" />',
      '',
      '```',
      '<script>left alone: it is an example</script>',
      '```',
    );
    expect(proseProblems(text, facts)).toEqual([]);
  });

  it('refuses import and export, which run on the build machine', () => {
    expect(found("import fs from 'node:fs'", "export const y = execSync('id -un')")).toEqual([
      [5, '(import or export)', "import fs from 'node:fs'"],
    ]);
    expect(proseProblems(file('export const a = 1'))[0]).toMatchObject({
      message: 'An import or export line runs code when the site is built.',
      fix: 'Remove the line. Fact components, like <Price plan="plus" billing="annual" />, need no import.',
    });
  });

  it('refuses expressions in text and in attributes, spreads included', () => {
    expect(
      found('Home: {process.env.HOME}', '', '<Price plan={x} billing="annual" {...rest} />'),
    ).toEqual([
      [5, '{…}', '{process.env.HOME}'],
      [7, '<Price> plan', '{x}'],
      [7, '<Price>', undefined],
    ]);
  });

  it('refuses raw HTML elements, saying how to write them in Markdown', () => {
    const problems = proseProblems(
      file(
        '<script>alert(1)</script>',
        '',
        '<meta http-equiv="refresh" content="2;url=https://evil.example/" />',
        '',
        '<iframe src="https://evil.example/" /> <img src="x" onerror="alert(1)" /> <base href="//x/" /> <style>{"*{}"}</style> <b>bold</b>',
      ),
    );
    expect(problems.map(({ line, field }) => [line, field])).toEqual([
      [5, '<script>'],
      [7, '<meta>'],
      [9, '<iframe>'],
      [9, '<img>'],
      [9, '<base>'],
      [9, '<style>'],
      // The style's braces are an expression inside it: refused too.
      [9, '{…}'],
      [9, '<b>'],
    ]);
    expect(problems.at(-1)).toMatchObject({
      message: 'Content files hold Markdown and fact components, not HTML elements.',
      fix: 'Write **bold** in Markdown instead.',
    });
  });

  it('refuses links and pictures to anything but https, mailto: and this site', () => {
    expect(
      found(
        '[a](javascript:alert(1)) [b](data:text/html,x) [c](file:///etc/passwd) [d](http://example.com/)',
        '',
        '[e](//evil.example/) [f](/plans/) [g][ref] www.example.com ![i](https://example.com/x.png)',
        '',
        '[ref]: ftp://example.com/',
      ),
    ).toEqual([
      [5, '(link)', 'javascript:alert(1)'],
      [5, '(link)', 'data:text/html,x'],
      [5, '(link)', 'file:///etc/passwd'],
      [5, '(link)', 'http://example.com/'],
      [7, '(link)', '//evil.example/'],
      [7, '(link)', '/plans/'],
      // GFM turns a bare www. address into a link: http, so refused.
      [7, '(link)', 'http://www.example.com'],
      [7, '(image)', 'https://example.com/x.png'],
      [9, '(link)', 'ftp://example.com/'],
    ]);
    const [javascript] = proseProblems(file('[a](javascript:alert(1))'));
    expect(javascript).toMatchObject({
      message: 'The link uses "javascript:", which this site does not allow.',
      fix: 'Write a full address that starts with https://, like https://www.cs-cart.com/, or mailto: with an e-mail address.',
    });
    const [sitePath] = proseProblems(file('[f](/plans/)'));
    expect(sitePath?.fix).toBe('Write <PageLink to="/plans/">the words</PageLink> instead.');
  });

  it('refuses a page link that leaves the site or is not a path', () => {
    expect(
      found(
        '<PageLink to="//evil.example/">x</PageLink> <PageLink to="/a\\b">y</PageLink> <PageLink to="plans/">z</PageLink>',
      ),
    ).toEqual([
      [5, '<PageLink> to', '//evil.example/'],
      [5, '<PageLink> to', '/a\\b'],
      [5, '<PageLink> to', 'plans/'],
    ]);
  });

  it('names the line and attribute of each fact component mistake', () => {
    expect(
      found(
        'Intro',
        '<Price plan="basic" billing="annual" /> <PlanName />',
        '<Prise plan="pro" />',
      ),
    ).toEqual([
      [6, '<Price> plan', 'basic'],
      [6, '<PlanName> plan', undefined],
      [7, '<Prise>', '<Prise>'],
    ]);
  });

  it('checks a feature id against the features of every plan, suggesting the nearest', () => {
    expect(
      found(
        '<FeatureBilling feature="server-setup" /> <FeatureName feature="server-setup" />',
        '<FeatureBilling feature="server-set-up" /> <FeatureName />',
      ),
    ).toEqual([
      [6, '<FeatureBilling> feature', 'server-set-up'],
      [6, '<FeatureName> feature', undefined],
    ]);
    expect(
      proseProblems(file('<FeatureBilling feature="server-set-up" />'), facts)[0],
    ).toMatchObject({
      message: 'There is no feature "server-set-up".',
      fix: 'Did you mean "server-setup"? The features in the plan files are: "server-setup".',
    });
  });

  it('checks ids only when it knows the content', () => {
    expect(proseProblems(file('<Price plan="gold" billing="annual" />'))).toEqual([]);
    expect(proseProblems(file('<Price plan="gold" billing="anual" />'))).toHaveLength(1);
  });

  it('reports text the parser cannot read, with its line', () => {
    expect(proseProblems(file('Fine.', '', '<SiteLink to="helpDesk">open'), facts)).toEqual([
      expect.objectContaining({ line: 7, field: '(MDX)' }),
    ]);
    expect(proseProblems(file('See <https://example.com/>.'))).toEqual([
      expect.objectContaining({ line: 5, field: '(MDX)' }),
    ]);
  });
});
