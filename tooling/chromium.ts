import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';

/**
 * How every browser run of this project starts Chromium: Playwright's own when
 * it is installed; otherwise the system one (Debian's /usr/bin/chromium), or
 * whatever CHROMIUM_PATH names.
 */
export function chromiumLaunchOptions(extraArgs: string[] = []): LaunchOptions {
  const system = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) =>
    existsSync(path),
  );
  const executablePath =
    process.env['CHROMIUM_PATH'] ?? (existsSync(chromium.executablePath()) ? undefined : system);
  return {
    ...(executablePath ? { executablePath } : {}),
    args: [
      // Root has no user namespaces for the sandbox (CI and containers run as root).
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      // Debian's wrapper script fails to add this; /dev/shm is small in containers.
      '--disable-dev-shm-usage',
      // Keep Chromium from dialling out on a machine with no network.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...extraArgs,
    ],
  };
}
