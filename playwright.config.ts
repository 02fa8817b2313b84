import { defineConfig, devices } from '@playwright/test';
import { parseBasePath } from './src/settings';
import { chromiumLaunchOptions } from './tooling/chromium';
import { firefoxLaunchOptions } from './tooling/firefox';
import { e2eCmsProxyPort } from './tooling/local-cms';

const port = Number(process.env['E2E_PORT'] ?? 4391);
const basePath = parseBasePath(process.env['BASE_PATH']);
const launchOptions = chromiumLaunchOptions();
/** Desktop Firefox's window; Firefox's own user agent, not the device entry's made-up one. */
const { viewport, deviceScaleFactor, isMobile, hasTouch } = devices['Desktop Firefox'];
const firefox = {
  browserName: 'firefox',
  viewport,
  deviceScaleFactor,
  isMobile,
  hasTouch,
} as const;
/**
 * Tests tagged @base-path run a second time against the build under /support/
 * (`npm run build:base-path`), on its own port: far from E2E_PORT, so parallel
 * runs with distinct E2E_PORTs never collide.
 */
const basePathPort = Number(process.env['E2E_BASE_PATH_PORT'] ?? port + 1000);
/**
 * tests/e2e/admin.spec.ts starts the content editor's local git proxy (decap-server,
 * on a throwaway clone) here; the site's server forwards <base>admin/api/v1 to it.
 */
const cmsProxyPort = e2eCmsProxyPort();
/** Tests tagged @dev run against `astro dev`, where no search index exists. */
const devPort = Number(process.env['E2E_DEV_PORT'] ?? port + 2000);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  // Two on CI's two cores: a third was tried on an idle machine of CI's kind and
  // gained nothing (6.5 min with two, 6.7 min with three).
  workers: process.env['CI'] ? 2 : '50%',
  reporter: [
    ['list'],
    ['./tooling/project-summary.ts'],
    ...(process.env['CI'] ? [] : [['html', { open: 'never' }] as const]),
  ],
  use: {
    baseURL: `http://127.0.0.1:${port}${basePath}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      grepInvert: /@dev/,
      use: {
        ...devices['Desktop Chrome'],
        launchOptions,
      },
    },
    {
      name: 'base-path',
      grep: /@base-path/,
      use: {
        ...devices['Desktop Chrome'],
        launchOptions,
        baseURL: `http://127.0.0.1:${basePathPort}/support/`,
      },
    },
    // The tests of what a page does (tagged @every-browser: console and CSP, text
    // within the width, the calculator, search, the hours island, scripts off) run
    // in Firefox too, over WebDriver BiDi. The rest check markup, bytes and headers,
    // which are the same in every browser, or use what only Chromium gives
    // (its accessibility tree, layout-shift entries, the DevTools protocol).
    {
      name: 'firefox',
      grep: /@every-browser/,
      use: { ...firefox, launchOptions: firefoxLaunchOptions() },
    },
    {
      name: 'dev',
      grep: /@dev/,
      use: { ...devices['Desktop Chrome'], launchOptions, baseURL: `http://127.0.0.1:${devPort}/` },
    },
  ],
  webServer: [
    {
      // Serves dist/ with Cloudflare's own runtime (Wrangler's workerd), which applies
      // dist/_headers and 404.html as the host does: every test runs under the
      // production CSP and security headers. It takes seconds to start under load.
      command: `node scripts/wrangler-serve.ts --port ${port} --cms-proxy http://127.0.0.1:${cmsProxyPort}`,
      url: `http://127.0.0.1:${port}${basePath}`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      command: `node scripts/wrangler-serve.ts --port ${basePathPort} --dir dist-base-path`,
      env: { BASE_PATH: '/support/' },
      url: `http://127.0.0.1:${basePathPort}/support/`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      command: `npx astro dev --ignore-lock --host 127.0.0.1 --port ${devPort}`,
      url: `http://127.0.0.1:${devPort}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
