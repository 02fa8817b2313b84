import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { expect, test } from './support';

/**
 * Requests a careless static server gets wrong, sent byte for byte (a client
 * library would normalise or refuse them). Each must get a 4xx, a redirect to
 * the same origin, or a file of dist/, and the server must still serve the site.
 */
const served = path.resolve('dist');
/** A folder beside dist/ whose name starts with "dist": a string-prefix root check lets it through. */
const sibling = path.resolve('dist-evil');
const marker = `outside-dist-${process.pid}`;

const hostile: Record<string, string> = {
  'encoded traversal': '/%2e%2e%2fdist-evil/marker.txt',
  'encoded slash after dots': '/..%2fdist-evil/marker.txt',
  'encoded dots': '/%2e%2e/dist-evil/marker.txt',
  'plain dots': '/../dist-evil/marker.txt',
  'deep traversal': '/plans/../../dist-evil/marker.txt',
  'overlong UTF-8 dots': '/%c0%ae%c0%ae/dist-evil/marker.txt',
  'overlong UTF-8 dots and slash': '/%c0%ae%c0%ae%c0%afdist-evil/marker.txt',
  'sibling folder sharing the prefix': '/../dist-evil/marker.txt',
  backslashes: '/..\\dist-evil\\marker.txt',
  'encoded backslashes': '/..%5cdist-evil%5cmarker.txt',
  'encoded NUL': '/index.html%00.txt',
  'raw NUL': '/index.html\0.txt',
  'malformed percent-encoding': '/%E0%A4%A',
  'lone percent sign': '/%',
  'an 8 KB path': `/${'a'.repeat(8192)}`,
  'a thousand query parameters': `/?${Array.from({ length: 1000 }, (_, i) => `p${i}=${i}`).join('&')}`,
};

interface RawResponse {
  status: number;
  headers: Map<string, string>;
  body: Buffer;
}

/** One HTTP/1.0 request, written as raw bytes; the server closes after its answer. */
function rawGet(port: number, target: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.setTimeout(30_000, () => socket.destroy(new Error(`no answer to ${target}`)));
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const response = Buffer.concat(chunks);
      const split = response.indexOf('\r\n\r\n');
      const [statusLine = '', ...lines] = response
        .subarray(0, split)
        .toString('latin1')
        .split('\r\n');
      resolve({
        status: Number(statusLine.split(' ')[1]),
        headers: new Map(
          lines.map((line) => {
            const colon = line.indexOf(':');
            return [line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()];
          }),
        ),
        body: response.subarray(split + 4),
      });
    });
    socket.write(
      Buffer.from(`GET ${target} HTTP/1.0\r\nHost: 127.0.0.1:${port}\r\n\r\n`, 'latin1'),
    );
  });
}

async function digestsOf(folder: string): Promise<Set<string>> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  const files = entries.filter((entry) => entry.isFile());
  return new Set(
    await Promise.all(
      files.map(async (entry) =>
        createHash('sha256')
          .update(await readFile(path.join(entry.parentPath, entry.name)))
          .digest('hex'),
      ),
    ),
  );
}

test.describe('hostile requests', () => {
  test.beforeAll(async () => {
    await mkdir(sibling, { recursive: true });
    await writeFile(path.join(sibling, 'marker.txt'), marker);
  });
  test.afterAll(() => rm(sibling, { recursive: true, force: true }));

  test('get a 4xx, a same-origin redirect or a file of dist/, and the site stays up', async ({
    baseURL,
  }) => {
    const origin = new URL(baseURL ?? '');
    const port = Number(origin.port);
    const files = await digestsOf(served);
    for (const [name, target] of Object.entries(hostile)) {
      const response = await rawGet(port, target);
      expect(response.body.toString('latin1'), name).not.toContain(marker);
      if (response.status >= 300 && response.status < 400) {
        const location = new URL(response.headers.get('location') ?? '', origin);
        expect(location.origin, `${name}: redirects to ${location.href}`).toBe(origin.origin);
      } else if (response.status >= 200 && response.status < 300) {
        const digest = createHash('sha256').update(response.body).digest('hex');
        expect(files.has(digest), `${name}: answers with a file of dist/`).toBe(true);
      } else {
        expect(response.status, `${name}: status`).toBeGreaterThanOrEqual(400);
        expect(response.status, `${name}: status`).toBeLessThan(500);
      }
    }
    const home = await rawGet(port, '/');
    expect(home.status).toBe(200);
    expect(files.has(createHash('sha256').update(home.body).digest('hex'))).toBe(true);
  });
});
