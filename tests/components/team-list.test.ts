import { readFile } from 'node:fs/promises';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import TeamList from '../../src/components/team/TeamList.astro';
import { avatarTone, avatarToneCount } from '../../src/lib/avatar';

describe('TeamList without photos', async () => {
  const container = await AstroContainer.create();
  const html = await container.renderToString(TeamList, {
    props: {
      members: [
        { id: 'tomas', name: 'Tomás Ortega', order: 1, role: 'Support engineer' },
        { id: 'li', name: 'Li', order: 2 },
      ],
    },
  });
  const avatars = [...html.matchAll(/<span class="team__avatar"([^>]*)>\s*([^<]*?)\s*<\/span>/g)];

  it('gives each person an initials avatar in their own stable colour', () => {
    expect(avatars.map(([, , initials]) => initials)).toEqual(['TO', 'L']);
    expect(avatars[0]?.[1]).toContain(`data-tone="${avatarTone('tomas')}"`);
    expect(avatars[1]?.[1]).toContain(`data-tone="${avatarTone('li')}"`);
  });

  it('hides the avatar from screen readers, which read the name beside it', () => {
    for (const [, attributes] of avatars) expect(attributes).toContain('aria-hidden="true"');
    expect(html).toContain('Tomás Ortega');
    expect(html).toContain('Support engineer');
    expect(html).not.toContain('<img');
  });

  it('defines a light and a dark colour in the stylesheet for every tone', async () => {
    const source = await readFile(
      new URL('../../src/components/team/TeamList.astro', import.meta.url),
      'utf-8',
    );
    // Tone 0 is the default; each other tone is styled once per colour scheme.
    for (let tone = 1; tone < avatarToneCount; tone++) {
      expect(source.match(new RegExp(`data-tone='${tone}'`, 'g'))).toHaveLength(2);
    }
    expect(source).not.toContain(`data-tone='${avatarToneCount}'`);
  });
});
