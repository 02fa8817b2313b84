import { spawn } from 'node:child_process';
import { setTimeout as delay } from 'node:timers/promises';

/**
 * Serves a built dist/ on 127.0.0.1 with scripts/wrangler-serve.ts (Cloudflare's
 * runtime, which takes seconds to start); `stop()` ends it.
 */
export async function serveDist(root: string, port: number, dir = 'dist') {
  const server = spawn(
    process.execPath,
    ['scripts/wrangler-serve.ts', '--port', String(port), '--dir', dir],
    {
      cwd: root,
      stdio: 'ignore',
    },
  );
  const url = `http://127.0.0.1:${port}/`;
  for (let attempt = 0; attempt < 600; attempt += 1) {
    if (
      await fetch(url).then(
        (response) => response.ok,
        () => false,
      )
    ) {
      return { url, stop: () => void server.kill() };
    }
    await delay(100);
  }
  server.kill();
  throw new Error(`The server on ${url} did not start.`);
}
