import { spawn } from 'node:child_process';
import { setTimeout as delay } from 'node:timers/promises';

/** Starts scripts/serve.ts on 127.0.0.1 for a built dist/; `stop()` ends it. */
export async function serveDist(root: string, port: number, dir = 'dist') {
  const server = spawn(
    process.execPath,
    ['scripts/serve.ts', '--port', String(port), '--dir', dir],
    {
      cwd: root,
      stdio: 'ignore',
    },
  );
  const url = `http://127.0.0.1:${port}/`;
  for (let attempt = 0; attempt < 50; attempt += 1) {
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
