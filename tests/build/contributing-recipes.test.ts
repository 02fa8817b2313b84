import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContent, readContentFiles } from '../../src/content-model';
import { applyEdit, guideEdits, readGuide } from '../support/contributing';
import { solidPng } from '../support/png';
import { TempSite } from '../../tooling/temp-site';

/**
 * Follows every recipe of CONTRIBUTING.md, as written there, in a copy of the site:
 * the content check passes and the build shows each change.
 */
describe('the recipes in CONTRIBUTING.md', () => {
  let site: TempSite;
  let problems: string[];
  const pages: Record<string, string> = {};

  beforeAll(async () => {
    site = await TempSite.create();
    for (const edit of guideEdits(await readGuide())) {
      const original = edit.action === 'new' ? undefined : await site.read(edit.file);
      await site.write(edit.file, applyEdit(original, edit));
    }
    // The photo the team recipe names.
    await mkdir(path.join(site.root, 'src/content/team'), { recursive: true });
    await writeFile(
      path.join(site.root, 'src/content/team/marta.jpg'),
      solidPng(240, 240, [90, 140, 200]),
    );
    problems = readContent(await readContentFiles(site.root)).problems.map((p) => p.message);
    const build = await site.build();
    expect(build.output).toContain('Complete!');
    for (const route of ['', 'plans/', 'faq/', 'team/', 'support-hours/']) {
      pages[route] = await site.page(route);
    }
  });

  afterAll(async () => {
    await site.remove();
  });

  it('leave content the check accepts', () => {
    expect(problems).toEqual([]);
  });

  it('change the Plus annual price everywhere it shows, structured data included', () => {
    expect(pages['']).toContain('$175');
    expect(pages['plans/']).toContain('$175');
    expect(pages['plans/']).toContain('$2,100');
    const structured = pages['plans/']?.match(
      /<script type="application\/ld\+json">(.*?)<\/script>/s,
    );
    const offers = JSON.stringify(JSON.parse(structured?.[1] ?? '{}'));
    expect(offers).toMatch(/"name":"[^"]*Plus, billed annually"[^}]*"price":175\b/);
  });

  it('add a question with fact components, at its own address', () => {
    const faq = pages['faq/'] ?? '';
    expect(faq).toContain('id="phone-support"');
    expect(faq).toContain('Can I call support on the phone?');
    expect(faq).toMatch(/No, support works in writing[\s\S]*?8:30 to 17:30/);
  });

  it('add a team member with a photo', () => {
    expect(pages['team/']).toMatch(/<img [^>]*alt="Photo of Marta"/);
    expect(pages['team/']).toContain('Support engineer');
  });

  it('add a license type with its included support', () => {
    expect(pages['plans/']).toMatch(/Store Builder Standard Lifetime License<\/th>.*?2 months/s);
  });

  it('change the support hours', () => {
    expect(pages['support-hours/']).toContain('8:30 – 17:30');
  });
});
