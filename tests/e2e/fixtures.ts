/**
 * Shared Playwright fixtures. Every test using this `test`:
 *  - fails if the page logs a console error or throws an uncaught exception;
 *  - fails if the page requests anything from another origin (the site must be self-contained).
 * `gotoReady(page, path)` takes a path RELATIVE to the base URL (no leading slash) so the same
 * spec works at / and under a sub-path, and waits for React hydration.
 */
import {test as base, expect, type ConsoleMessage, type Page, type Request} from '@playwright/test';
import {parse} from 'parse5';

interface Watch {
  consoleErrors: string[];
  foreignRequests: string[];
  /** Accept console errors matching this pattern in this test only (e.g. an expected 404). */
  allowConsole: (pattern: RegExp) => void;
}

/**
 * Starts watching a page for console errors, uncaught exceptions and requests to another origin.
 * The shared fixture does this for every test's `page`; a test that opens its own context (no-JS,
 * another colour scheme) calls it for that context's page and then `assertClean()`.
 */
export function watchPage(
  page: Page,
  baseURL: string | undefined,
): Watch & {assertClean: () => void; stop: () => void} {
  const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
  const allowed: RegExp[] = [];
  const watch: Watch = {consoleErrors: [], foreignRequests: [], allowConsole: (re) => allowed.push(re)};
  const onConsole = (msg: ConsoleMessage) => {
    if (msg.type() === 'error') watch.consoleErrors.push(`${msg.text()} (${msg.location().url})`);
  };
  const onPageError = (err: Error) => watch.consoleErrors.push(`uncaught: ${err.message}`);
  const onRequest = (req: Request) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return;
    if (new URL(url).origin !== origin) watch.foreignRequests.push(url);
  };
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('request', onRequest);
  const assertClean = () => {
    const unexpected = watch.consoleErrors.filter((m) => !allowed.some((re) => re.test(m)));
    expect(unexpected, 'console errors on the page').toEqual([]);
    expect(watch.foreignRequests, 'requests to other origins').toEqual([]);
  };
  /** Stops watching (for a page that outlives the test, such as pages.spec's shared pages). */
  const stop = () => {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
    page.off('request', onRequest);
  };
  return {...watch, assertClean, stop};
}

export interface PageCheckOptions {
  fullPageChecks: boolean;
}

export const test = base.extend<{watch: Watch}, PageCheckOptions>({
  /**
   * Whether the per-page spec runs every check (axe, phone layout, no-JS) or only what depends on
   * the base URL (status, markup, console, foreign requests). Set per project in playwright.config.
   */
  fullPageChecks: [true, {option: true, scope: 'worker'}],
  watch: [
    async ({page, baseURL}, use) => {
      const watch = watchPage(page, baseURL);
      try {
        await use(watch);
        watch.assertClean();
      } finally {
        // The context is reused by the worker's next test (reuseContext in playwright.config):
        // leave no listener on its page and no permission a test granted (the reset keeps those).
        watch.stop();
        await page.context().clearPermissions();
      }
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
  // New-headless Chromium can leave a page's document without focus (document.hasFocus() false),
  // which makes :focus-within and Playwright's toBeFocused fail at random on a busy machine.
  // Activating the tab, as a reader's click would, makes keyboard tests deterministic.
  await page.bringToFront();
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

interface Parse5Node {
  nodeName: string;
  attrs?: Array<{name: string; value: string}>;
  childNodes?: Parse5Node[];
  content?: {childNodes?: Parse5Node[]};
}

/** A served page's markup, parsed the way a browser parses it (parse5), without rendering it. */
export interface StaticPage {
  /** Attributes of every `tag` element (with `className` among its classes, if given), in order. */
  elements: (tag: string, className?: string) => Array<Record<string, string>>;
  /** Absolute URLs of the `a` elements with `className`, resolved against the page's URL. */
  links: (className: string) => string[];
}

/**
 * The served HTML of a URL, parsed (no browser rendering): for checks that only read the static
 * markup of many pages, such as where links lead. Fails unless the server answers 200.
 */
export async function fetchHtml(page: Page, url: string): Promise<StaticPage> {
  const response = await page.request.get(url);
  expect(response.status(), `HTTP status of ${url}`).toBe(200);
  const all: Array<{tag: string; attrs: Record<string, string>}> = [];
  const walk = (node: Parse5Node) => {
    if (node.attrs)
      all.push({tag: node.nodeName, attrs: Object.fromEntries(node.attrs.map((a) => [a.name, a.value]))});
    for (const child of [...(node.childNodes ?? []), ...(node.content?.childNodes ?? [])]) walk(child);
  };
  walk(parse(await response.text()) as unknown as Parse5Node);
  const elements = (tag: string, className?: string) =>
    all
      .filter((e) => e.tag === tag && (!className || (e.attrs.class ?? '').split(/\s+/).includes(className)))
      .map((e) => e.attrs);
  return {
    elements,
    links: (className) => elements('a', className).map((a) => new URL(a.href ?? '', url).href),
  };
}
