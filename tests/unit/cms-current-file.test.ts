import { afterEach, describe, expect, test, vi } from 'vitest';
import { currentFileReader } from '../../src/cms/browser';

/** How the save check reads a file as it is on main now, per backend (fetch stubbed). */
const config = {
  backend: { name: 'github' as const, repo: 'owner/site', branch: 'main' },
  local_backend: { url: 'http://127.0.0.1:5160/admin/api/v1' },
  collections: [],
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the file as it is on the branch now', () => {
  test('through the local proxy: decap-server’s getEntry on the branch', async () => {
    const fetch = vi.fn(async () => Response.json({ data: 'text on main\n', file: { path: 'x' } }));
    vi.stubGlobal('fetch', fetch);
    const text = await currentFileReader(config, true)('src/content/team.yaml');
    expect(text).toBe('text on main\n');
    expect(fetch).toHaveBeenCalledWith(config.local_backend.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        action: 'getEntry',
        params: { branch: 'main', path: 'src/content/team.yaml' },
      }),
    });
  });

  test('on GitHub: the contents API with the editor’s own token', async () => {
    const fetch = vi.fn(async () => new Response('text on main\n'));
    vi.stubGlobal('fetch', fetch);
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => (key === 'decap-cms-user' ? '{"token":"t0ken"}' : null),
    });
    const text = await currentFileReader(config, false)('src/content/faq/a b.mdx');
    expect(text).toBe('text on main\n');
    expect(fetch).toHaveBeenCalledWith(
      'https://api.github.com/repos/owner/site/contents/src/content/faq/a%20b.mdx?ref=main',
      { headers: { Accept: 'application/vnd.github.raw+json', Authorization: 'token t0ken' } },
    );
  });

  test('a file that is not on main (yet) reads as none', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('', { status: 404 })),
    );
    vi.stubGlobal('localStorage', { getItem: () => '{"token":"t"}' });
    await expect(
      currentFileReader(config, false)('src/content/faq/new.mdx'),
    ).resolves.toBeUndefined();
  });

  test('without a login there is nothing to read with', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    vi.stubGlobal('localStorage', { getItem: () => null });
    await expect(
      currentFileReader(config, false)('src/content/site.yaml'),
    ).resolves.toBeUndefined();
    expect(fetch).not.toHaveBeenCalled();
  });
});
