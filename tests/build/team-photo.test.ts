import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContent, readContentFiles } from '../../src/content-model';
import { solidPng } from '../support/png';
import { TempSite } from '../../tooling/temp-site';

/**
 * No real team photos exist yet, so this adds a generated one for the first
 * person on the team page to a copy of the site and builds it: the photo goes
 * through Astro's image pipeline, everyone else keeps the initials avatar.
 */
describe('a team member with a photo', () => {
  let site: TempSite;
  let name = '';
  let teamSize = 0;
  let html = '';
  let member = '';
  let assets: string[] = [];

  beforeAll(async () => {
    site = await TempSite.create();
    const team = readContent(await readContentFiles(site.root)).model?.team ?? [];
    name = team[0]?.name ?? '';
    teamSize = team.length;
    await mkdir(path.join(site.root, 'src/content/team'), { recursive: true });
    await writeFile(
      path.join(site.root, 'src/content/team/first.png'),
      solidPng(300, 400, [180, 120, 90]),
    );
    await site.replace(
      'src/content/team.yaml',
      `  name: ${name}\n`,
      `  name: ${name}\n  photo: ./team/first.png\n`,
    );
    const build = await site.build();
    expect(build.output).toContain('Complete!');
    html = await site.page('team/');
    member = html.match(/<li class="team__member[^>]*>(.*?)<\/li>/s)?.[1] ?? '';
    assets = await readdir(path.join(site.root, 'dist/_astro'));
  });

  afterAll(async () => {
    await site.remove();
  });

  it('is shown as a responsive, lazily loaded picture with alt text naming them', () => {
    expect(member).toContain('<picture');
    expect(member).toContain(`alt="Photo of ${name}"`);
    expect(member).toMatch(/<img [^>]*loading="lazy"/);
    expect(member).toMatch(/<img [^>]*sizes="5rem"/);
    expect(member).toMatch(/<img [^>]*width="\d+" height="\d+"/);
    expect(member).not.toContain('team__avatar');
  });

  it('comes in modern formats and sizes for every screen density', () => {
    for (const type of ['image/avif', 'image/webp']) {
      expect(member).toMatch(new RegExp(`<source [^>]*type="${type}"`));
    }
    const candidates = [...member.matchAll(/\/_astro\/([^\s"]+) (\d+)w/g)];
    expect(new Set(candidates.map(([, , width]) => width))).toEqual(new Set(['80', '160', '240']));
    for (const [, file] of candidates) expect(assets).toContain(file);
  });

  it('leaves everyone else with an initials avatar, and no inline styles for the CSP', () => {
    expect(html.match(/class="team__avatar"/g)).toHaveLength(teamSize - 1);
    expect(html).not.toMatch(/\sstyle="/);
  });
});
