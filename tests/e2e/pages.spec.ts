/**
 * One pass over every page in the sitemap, loading each page once with JavaScript and once without.
 *
 * Under both base URLs (projects "root" and "subpath", tag @base-path):
 *   HTTP 200, React hydrates, exactly one <h1>, a <title>, a meta description, and (shared fixture)
 *   no console error and no request to another origin. Under the sub-path that is every page
 *   except the generated model and family pages, of which a sample loads (MODEL_PAGE_SAMPLE): they
 *   are one template filled with data, and what the base path could break on each of them, a link
 *   or an asset URL, the link crawl (scripts/check-links.mjs) checks on every page of the sub-path
 *   build; all of them still load in the root project.
 * In the root project only (`fullPageChecks`; the markup is the same under the sub-path):
 *   - axe-core, WCAG 2.2 A/AA, zero violations in light mode, then in dark mode after switching with
 *     the theme's own toggle. The toggle changes colours only (same DOM), so the dark pass runs the
 *     rules whose result depends on colour. On one page of each kind (DARK_SAMPLE) it proves that:
 *     the markup after the toggle is the markup before it, and the full rule set finds nothing in
 *     dark mode either. The search page is loaded with a query there, so its results are checked.
 *   - at 390 px no page scrolls sideways, and every rating in a table lies within the viewport;
 *   - without JavaScript the heading, text, tables (also those folded in <details>) and code are
 *     in the static HTML and visible.
 *
 * Speed: each worker keeps one page with JavaScript and one without, and moves them from page to
 * page as a reader would, instead of opening a new browser context per test: a navigation in a
 * warm renderer costs about a third of a cold one (measured: ~180 vs ~500 ms on a model page), and
 * axe's script is compiled by a warm engine. First visits with an empty cache are what site.spec,
 * the byte guard and the benchmark measure. Listeners are attached per test, so a console error or
 * a foreign request is charged to the page that caused it.
 */
import {
  test as base,
  expect,
  type Browser,
  type BrowserContextOptions,
  type Page,
  type WorkerInfo,
} from '@playwright/test';
import {watchPage, type PageCheckOptions} from './fixtures';
import {COLOUR_RULES, expectNoAxeViolations} from './axe';
import {builtPagePaths} from './pages';

const PHONE = {width: 390, height: 844};
/** Server-rendered placeholders that lazily loaded widgets replace after hydration. */
const LAZY_FALLBACK = '[data-calculator-fallback]';
const pages = builtPagePaths();
const DESKTOP = {width: 1280, height: 720};
/** Generated model and family pages (models/<id>/) that also load under the sub-path. */
const MODEL_PAGE_SAMPLE = ['models/gpt-oss-120b/', 'models/chatgpt/', 'models/llama/', 'models/olmo-3/'];
/**
 * One page of each kind whose dark pass compares the markup before and after the toggle and runs
 * every rule, not only the colour rules: landing, plain docs page, docs page with model widgets,
 * explorer, model page, family page, the two tools, and the search page (with results).
 */
const DARK_SAMPLE = [
  '',
  'guide/faq/',
  'guide/is-chatgpt-open-source/',
  'models/',
  'models/gpt-oss-120b/',
  'models/llama/',
  'calculator/',
  'chooser/',
  'search/',
];
for (const p of [...MODEL_PAGE_SAMPLE, ...DARK_SAMPLE]) {
  if (!pages.includes(p)) throw new Error(`pages.spec: sample page /${p} is not in the sitemap.`);
}
/** The search page is checked showing the results of a query (it needs JavaScript for them). */
const SEARCH_QUERY = 'gpt-oss';
const isModelPage = (p: string) => /^models\/[^/]+\/$/.test(p);
const basePathTag = (p: string) =>
  !isModelPage(p) || MODEL_PAGE_SAMPLE.includes(p) ? {tag: '@base-path'} : {};

/** A page in a context of its own that lives as long as the worker. */
function workerPage(
  options: BrowserContextOptions,
): [
  (args: {browser: Browser}, use: (page: Page) => Promise<void>, workerInfo: WorkerInfo) => Promise<void>,
  {scope: 'worker'},
] {
  return [
    async ({browser}, use, workerInfo) => {
      const context = await browser.newContext({
        ...options,
        baseURL: workerInfo.project.use.baseURL,
        serviceWorkers: 'block',
      });
      await use(await context.newPage());
      await context.close();
    },
    {scope: 'worker'},
  ];
}

const test = base.extend<object, PageCheckOptions & {jsPage: Page; noJsPage: Page}>({
  fullPageChecks: [true, {option: true, scope: 'worker'}],
  // The theme animates colour changes; with reduced motion they are instant, so axe never
  // measures contrast halfway through a light-to-dark transition.
  jsPage: workerPage({reducedMotion: 'reduce', viewport: DESKTOP}),
  noJsPage: workerPage({javaScriptEnabled: false, viewport: DESKTOP}),
});

async function expectNoSidewaysScroll(page: Page, p: string): Promise<void> {
  const {scrollWidth, clientWidth, ratings} = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
    ratings: [...document.querySelectorAll('main table [data-rating]')].map((el) => {
      const r = el.getBoundingClientRect();
      return {text: (el.textContent ?? '').trim(), left: r.left, right: r.right, width: r.width};
    }),
  }));
  expect(scrollWidth, `page width at 390 px on /${p}`).toBeLessThanOrEqual(clientWidth);
  for (const r of ratings) {
    expect(r.text).toMatch(/^(Open|Partial|Closed|Not rated)$/);
    expect(r.width, `rating "${r.text}" is rendered`).toBeGreaterThan(0);
    expect(r.left, `rating "${r.text}" starts in view`).toBeGreaterThanOrEqual(0);
    expect(r.right, `rating "${r.text}" ends in view`).toBeLessThanOrEqual(clientWidth);
  }
}

/**
 * The page's markup, one line per element: tag, sorted attributes, own text. The colour-mode toggle
 * (its icon and label are meant to change) and the light/dark variant class of a themed image are
 * left out.
 */
function readMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.body.querySelectorAll('*')]
      .filter((el) => !el.closest('button[class*="toggleButton"]'))
      .map((el) => {
        const attrs = [...el.attributes]
          .map((a) =>
            a.name === 'class'
              ? a.value.replace(/\bthemedComponent--(light|dark)\S*/g, '')
              : `${a.name}=${a.value}`,
          )
          .sort()
          .join(' ');
        const text = [...el.childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .map((n) => n.textContent)
          .join('');
        return `${el.tagName} ${attrs} ${text}`.slice(0, 200);
      }),
  );
}

/** What a page shows without JavaScript, measured in one round trip (see expectReadableWithoutJs). */
interface NoJsReading {
  h1Visible: boolean;
  mainVisible: boolean;
  textLength: number;
  closedDetails: number;
  tables: Array<{visible: boolean; rows: number}>;
  emptyCode: number;
}

async function expectReadableWithoutJs(page: Page, baseURL: string | undefined, p: string) {
  const watch = watchPage(page, baseURL);
  try {
    const response = await page.goto(p);
    expect(response?.status()).toBe(200);
    // One evaluation in Playwright's own script world (the page's scripts are off) instead of a
    // round trip per element: on pages with many tables the per-element locators cost more than the
    // page load. Sections behind a <details> toggle (the explorer's historical models, the
    // timeline's data) must open without JavaScript: every visible closed one is opened by a click
    // on its <summary>, the browser's own toggle (nested ones on the next round); then every table
    // must show and every code block have text.
    const reading: NoJsReading = await page.evaluate(() => {
      // Playwright's own test (computeBox in its injected script): rendered (checkVisibility() is
      // false inside a closed <details> or display: none), visibility: visible, a non-empty box.
      const visible = (el: Element | null) => {
        if (!el || !el.checkVisibility() || getComputedStyle(el).visibility !== 'visible') return false;
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0;
      };
      const main = document.querySelector('main');
      for (let round = 0; round < 3; round++) {
        const closed = [...document.querySelectorAll<HTMLElement>('main details > summary')].filter(
          (s) => visible(s) && !(s.parentElement as HTMLDetailsElement).open,
        );
        if (closed.length === 0) break;
        for (const summary of closed) summary.click();
      }
      return {
        h1Visible: visible(document.querySelector('h1')),
        mainVisible: visible(main),
        textLength: (main?.innerText ?? '').trim().length,
        closedDetails: [...document.querySelectorAll('main details')].filter(
          (d) => visible(d) && !(d as HTMLDetailsElement).open,
        ).length,
        tables: [...document.querySelectorAll('main table')].map((t) => ({
          visible: visible(t),
          rows: t.querySelectorAll('tr').length,
        })),
        emptyCode: [...document.querySelectorAll<HTMLElement>('main pre code')].filter(
          (c) => c.innerText.trim().length === 0,
        ).length,
      };
    });
    expect(reading.h1Visible, `<h1> visible on /${p} without JavaScript`).toBe(true);
    expect(reading.mainVisible, `<main> visible on /${p} without JavaScript`).toBe(true);
    expect(reading.textLength, `visible text on /${p} without JavaScript`).toBeGreaterThan(200);
    expect(reading.closedDetails, `<details> left closed after clicking their summaries`).toBe(0);
    for (const [i, table] of reading.tables.entries()) {
      expect(table.visible, `table ${i + 1} visible on /${p} without JavaScript`).toBe(true);
      expect(table.rows, `table ${i + 1} has rows`).toBeGreaterThan(1);
    }
    expect(reading.emptyCode, `empty code blocks on /${p} without JavaScript`).toBe(0);
    watch.assertClean();
  } finally {
    watch.stop();
  }
}

test.describe('every page in the sitemap', () => {
  for (const p of pages) {
    test(`/${p}`, basePathTag(p), async ({jsPage: page, noJsPage, baseURL, fullPageChecks}) => {
      await page.setViewportSize(DESKTOP);
      const watch = watchPage(page, baseURL);
      try {
        const darkSample = fullPageChecks && DARK_SAMPLE.includes(p);
        const query = darkSample && p === 'search/' ? `q=${SEARCH_QUERY}&` : '';
        const response = await page.goto(`${p}?${query}docusaurus-theme=light`);
        expect(response?.status(), `HTTP status of /${p}`).toBe(200);
        await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
        // A lazily loaded widget (the calculator's form) replaces its server-rendered fallback.
        await expect(page.locator(LAZY_FALLBACK), 'lazy widgets have loaded').toHaveCount(0);
        if (query) await expect(page.locator('main article h2 a').first(), 'search results').toBeVisible();
        // The hydrated page's markup, read in one round trip.
        const head = await page.evaluate(() => ({
          h1: document.querySelectorAll('h1').length,
          title: document.title.trim(),
          description: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
          theme: document.documentElement.dataset.theme,
        }));
        expect(head.h1, `<h1> elements on /${p}`).toBe(1);
        expect(head.title.length, 'title').toBeGreaterThan(5);
        expect(head.description, 'meta description').toMatch(/\S.{30,}/);
        if (fullPageChecks) {
          expect(head.theme, 'colour mode from ?docusaurus-theme').toBe('light');
          await expectNoAxeViolations(page, `/${p} (light)`);
          const light = darkSample ? await readMarkup(page) : [];
          await page.getByRole('button', {name: /switch between dark and light mode/i}).click();
          await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
          if (darkSample) {
            const dark = await readMarkup(page);
            const firstDiff = dark.findIndex((line, i) => line !== light[i]);
            expect(
              {count: dark.length, firstDiff: firstDiff < 0 ? null : [light[firstDiff], dark[firstDiff]]},
              `elements on /${p} after switching to dark mode`,
            ).toEqual({count: light.length, firstDiff: null});
            await expectNoAxeViolations(page, `/${p} (dark, every rule)`);
          } else {
            await expectNoAxeViolations(page, `/${p} (dark)`, {rules: COLOUR_RULES});
          }

          await page.setViewportSize(PHONE);
          await expectNoSidewaysScroll(page, p);
        }
        watch.assertClean();
      } finally {
        watch.stop();
      }
      // The search results page needs JavaScript by nature; nojs.spec.ts checks its fallback.
      if (fullPageChecks && p !== 'search/') await expectReadableWithoutJs(noJsPage, baseURL, p);
    });
  }
});
