/**
 * Browser tests run against the production builds, served by scripts/serve-static.mjs on
 * 127.0.0.1 exactly as GitHub Pages would: `build/` at the root and `build-subpath/` under
 * /some-repo/. Each spec runs once per build (projects "root" and "subpath").
 * Build first: `npm run build && npm run build:subpath` (npm test does it for you).
 */
import {defineConfig} from '@playwright/test';
import type {PageCheckOptions} from './e2e/fixtures';
import {chromium} from '@playwright/test';
import {CHROMIUM_ARGS, resolveChromium} from './e2e/browser';

const ROOT_PORT = Number(process.env.E2E_ROOT_PORT ?? 4173);
const SUB_PORT = Number(process.env.E2E_SUB_PORT ?? 4174);
/** The sub-path build's base URL: /some-repo/, or the deploy's BASE_URL in CI (TEST_SUBPATH). */
export const SUBPATH = process.env.TEST_SUBPATH ?? '/some-repo/';

let bundled: string | undefined;
try {
  bundled = chromium.executablePath();
} catch {
  bundled = undefined;
}
const browser = resolveChromium(bundled);

export default defineConfig<PageCheckOptions>({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.E2E_WORKERS ? Number(process.env.E2E_WORKERS) : 2,
  reporter: [['list']],
  timeout: 60_000,
  expect: {timeout: 10_000},
  outputDir: '../test-results',
  use: {
    browserName: 'chromium',
    launchOptions: {executablePath: browser.executablePath, args: CHROMIUM_ARGS},
    trace: 'off',
    screenshot: 'off',
    serviceWorkers: 'block',
    // Each worker keeps one browser context and Playwright resets it between tests (cookies, HTTP
    // cache, local and session storage, IndexedDB, service workers, routes, init scripts, extra
    // pages, viewport and emulated media), instead of creating a context per test: the specs other
    // than pages.spec took 4.0 min with a context per test and 2.5 min reused, same tests. What the
    // reset leaves is handled in fixtures.ts (permissions are cleared, page listeners removed);
    // browsing history stays, and no test reads it. A test whose options cannot be reused
    // (javaScriptEnabled, isMobile, hasTouch) still gets a fresh context, as does every test after
    // a failure (Playwright restarts the worker).
    reuseContext: true,
  },
  projects: [
    {name: 'root', use: {baseURL: `http://127.0.0.1:${ROOT_PORT}/`}},
    {
      name: 'subpath',
      use: {baseURL: `http://127.0.0.1:${SUB_PORT}${SUBPATH}`, fullPageChecks: false},
      // Only what depends on the base path runs again under /some-repo/ (tests tagged @base-path):
      // every page loads with status 200, its markup, no console error and no foreign request
      // (pages.spec); redirects, section URLs, navbar and menu links, search result URLs, canonical
      // and OG URLs, robots/llms files and the 404 page. Layout, widgets, axe and no-JS reading
      // give the same result on the same markup; the link crawl (scripts/check-links.mjs) checks
      // every href of the sub-path build statically.
      grep: /@base-path/,
    },
  ],
  webServer: [
    {
      command: `node scripts/serve-static.mjs --dir build --base / --port ${ROOT_PORT}`,
      url: `http://127.0.0.1:${ROOT_PORT}/`,
      cwd: '..',
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `node scripts/serve-static.mjs --dir build-subpath --base ${SUBPATH} --port ${SUB_PORT}`,
      url: `http://127.0.0.1:${SUB_PORT}${SUBPATH}`,
      cwd: '..',
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
