import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

/**
 * How the browser tests start Firefox: a stock Firefox over WebDriver BiDi
 * (Playwright's `moz-firefox` channel), the browser visitors run, not Playwright's
 * own patched build, which speaks a protocol of its own. FIREFOX_PATH names one;
 * otherwise Debian's /usr/bin/firefox-esr or /usr/bin/firefox; where neither
 * exists, the channel looks in its own places (the snap on Linux,
 * /Applications/Firefox.app on macOS, Program Files on Windows).
 */
export function firefoxLaunchOptions(): LaunchOptions {
  const executablePath =
    process.env['FIREFOX_PATH'] ??
    ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((path) => existsSync(path));
  return {
    channel: 'moz-firefox',
    ...(executablePath ? { executablePath } : {}),
  };
}
