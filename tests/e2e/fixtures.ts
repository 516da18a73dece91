/**
 * Shared Playwright fixtures. Every test using this `test`:
 *  - fails if the page logs a console error or throws an uncaught exception;
 *  - fails if the page requests anything from another origin (the site must be self-contained).
 * `gotoReady(page, path)` takes a path RELATIVE to the base URL (no leading slash) so the same
 * spec works at / and under a sub-path, and waits for React hydration.
 */
import {test as base, expect, type Page} from '@playwright/test';

interface Watch {
  consoleErrors: string[];
  foreignRequests: string[];
  /** Accept console errors matching this pattern in this test only (e.g. an expected 404). */
  allowConsole: (pattern: RegExp) => void;
}

export const test = base.extend<{watch: Watch}>({
  watch: [
    async ({page, baseURL}, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
      const allowed: RegExp[] = [];
      const watch: Watch = {consoleErrors: [], foreignRequests: [], allowConsole: (re) => allowed.push(re)};
      page.on('console', (msg) => {
        if (msg.type() === 'error') watch.consoleErrors.push(`${msg.text()} (${msg.location().url})`);
      });
      page.on('pageerror', (err) => watch.consoleErrors.push(`uncaught: ${err.message}`));
      page.on('request', (req) => {
        const url = req.url();
        if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return;
        if (new URL(url).origin !== origin) watch.foreignRequests.push(url);
      });
      await use(watch);
      const unexpected = watch.consoleErrors.filter((m) => !allowed.some((re) => re.test(m)));
      expect(unexpected, 'console errors on the page').toEqual([]);
      expect(watch.foreignRequests, 'requests to other origins').toEqual([]);
    },
    {auto: true},
  ],
});

export {expect};

/** Navigates to a path relative to the base URL and waits until React has hydrated. */
export async function gotoReady(page: Page, path: string): Promise<void> {
  if (path.startsWith('/')) {
    throw new Error(`gotoReady takes a path relative to the base URL; drop the leading slash in "${path}".`);
  }
  const response = await page.goto(path);
  expect(response, `no response for ${path}`).not.toBeNull();
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
}

/** Page paths (relative to the base URL) listed in the build's sitemap.xml. */
export async function sitemapPaths(page: Page, baseURL: string | undefined): Promise<string[]> {
  const response = await page.request.get(new URL('sitemap.xml', baseURL).href);
  expect(response.status()).toBe(200);
  const xml = await response.text();
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  expect(locs.length, 'sitemap lists pages').toBeGreaterThan(0);
  const basePath = new URL(baseURL ?? '/').pathname;
  return locs.map((loc) => {
    const p = new URL(loc).pathname;
    if (!p.startsWith(basePath)) {
      throw new Error(`Sitemap URL ${loc} is not under the base path ${basePath}.`);
    }
    return p.slice(basePath.length);
  });
}
