/**
 * Static islands (src/components/StaticIsland): fixed comparisons, scorecards and the model
 * tables' rows are server-rendered markup that the browser keeps without hydrating it, so the
 * page's JavaScript carries no model record. These tests check what a reader gets:
 *  - after hydration the island content is still there, and no script the page loaded (before the
 *    network went idle) contains a record the page does not show;
 *  - after a client-side navigation (no server HTML to keep) the islands render, and the
 *    explorer's filters and permalinks work on the rows.
 */
import type {Page, Response} from '@playwright/test';
import {test, expect, gotoReady} from './fixtures';
import {models} from '../../src/data/models';
import {getLicense} from '../../src/data/licenses';
import {sources} from '../../src/data/sources';
import {DEFAULT_STATE, DIMENSIONS, filterModels} from '../../src/lib/models';

const SHORT_ANSWER = 'guide/is-chatgpt-open-source/';
/** The models the short answer page shows (its scorecard and its comparison). */
const SHOWN = new Set(['chatgpt', 'gpt-oss-120b', 'olmo-2-32b']);

/** Bodies of every script the page requests while `action` runs and until the network is idle. */
async function scriptsLoaded(page: Page, action: () => Promise<void>): Promise<string[]> {
  const bodies: Array<Promise<string>> = [];
  const onResponse = (r: Response) => {
    if (r.request().resourceType() === 'script') bodies.push(r.text().catch(() => ''));
  };
  page.on('response', onResponse);
  try {
    await action();
    await page.waitForLoadState('networkidle');
  } finally {
    page.off('response', onResponse);
  }
  return Promise.all(bodies);
}

/** The records whose summary sentence appears in one of the scripts (as a JS string literal). */
function recordsIn(scripts: string[], records: typeof models): string[] {
  return records
    .filter((m) => scripts.some((body) => body.includes(JSON.stringify(m.summary).slice(1, -1))))
    .map((m) => m.id);
}

test('the short answer keeps its comparison and scorecard after hydration and ships no model record', async ({
  page,
}) => {
  const scripts = await scriptsLoaded(page, () => gotoReady(page, SHORT_ANSWER));
  expect(scripts.length, 'scripts loaded').toBeGreaterThan(3);
  const compare = page.locator('main table').filter({hasText: 'What is released'});
  await expect(compare).toHaveCount(1);
  await expect(compare.locator('thead th')).toHaveText([/ChatGPT/, /gpt-oss-120b/, /OLMo 2 32B/]);
  await expect(page.locator('main [data-static-island] [data-rating]').first()).toBeVisible();
  // A sentence from each record the page does not show: none may be in the page's JavaScript.
  const hidden = models.filter((m) => !SHOWN.has(m.id));
  expect(hidden.length).toBeGreaterThan(10);
  expect(recordsIn(scripts, hidden)).toEqual([]);
  // Control: the same check finds records where the page really loads them (a model table's
  // lazily loaded filter logic), so an empty list above is not an artefact of the check.
  const withFilter = await scriptsLoaded(page, () => gotoReady(page, 'models/?q=llama'));
  expect(recordsIn(withFilter, hidden).length).toBeGreaterThan(0);
});

// Lazy chunks load from the base URL, so this one also runs under the sub-path.
test(
  'after a client-side navigation the islands render their content',
  {tag: '@base-path'},
  async ({page}) => {
    await gotoReady(page, 'guide/faq/');
    await page.evaluate(() => ((window as {spaMarker?: number}).spaMarker = 1));
    await page.locator(`main a[href$="/${SHORT_ANSWER}"]`).first().click();
    await expect(page).toHaveURL(new RegExp(`${SHORT_ANSWER}$`));
    const compare = page.locator('main table').filter({hasText: 'What is released'});
    // Five fact rows (release, first release, parameters, license, access), then one per dimension.
    await expect(compare.locator('tbody tr')).toHaveCount(5 + DIMENSIONS.length);
    expect(await page.evaluate(() => (window as {spaMarker?: number}).spaMarker), 'no full page load').toBe(
      1,
    );
  },
);

test('the explorer reached by client-side navigation renders its rows and filters them', async ({page}) => {
  await gotoReady(page, 'guide/faq/');
  await page.evaluate(() => ((window as {spaMarker?: number}).spaMarker = 1));
  await page.locator('.navbar__items a.navbar__link', {hasText: 'Models'}).first().click();
  await expect(page.locator('h1')).toHaveText('Model explorer');
  const rows = page.locator('table tbody tr[id^="model-"]');
  await expect(rows).toHaveCount(models.length);
  await page.getByRole('searchbox', {name: 'Search', exact: true}).fill('gpt-oss');
  await expect(page.locator('table tbody tr[id^="model-"]:not([hidden])')).toHaveCount(
    filterModels(models, {...DEFAULT_STATE, q: 'gpt-oss'}, getLicense).length,
  );
  await expect(page.getByRole('status').filter({hasText: /^Showing /})).toHaveText(/^Showing [1-9]\d* of /);
  expect(await page.evaluate(() => (window as {spaMarker?: number}).spaMarker), 'no full page load').toBe(1);
});

/**
 * Marks every island element the HTML parser made, before any of the site's (deferred) scripts
 * run: an element that still carries the mark later was neither re-created nor re-parsed.
 */
async function markServerElements(page: Page): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      for (const el of document.querySelectorAll('[data-static-island] *')) {
        (el as Element & {fromParser?: boolean}).fromParser = true;
      }
    });
  });
}

test('hydration and filtering keep the rows the browser parsed (an island is never re-parsed)', async ({
  page,
}) => {
  await markServerElements(page);
  await gotoReady(page, 'models/');
  await page.waitForLoadState('networkidle');
  await page.getByRole('searchbox', {name: 'Search', exact: true}).fill('llama');
  await expect(page.locator('table tbody tr[id^="model-"]:not([hidden])')).toHaveCount(
    filterModels(models, {...DEFAULT_STATE, q: 'llama'}, getLicense).length,
  );
  const rows = await page.evaluate(() =>
    [...document.querySelectorAll('tr[data-model]')].map(
      (tr) => !!(tr as Element & {fromParser?: boolean}).fromParser,
    ),
  );
  expect(rows.length).toBe(models.length);
  expect(rows.every(Boolean), 'every row is the element the parser made').toBe(true);

  await gotoReady(page, 'guide/open-alternatives/');
  await page.waitForLoadState('networkidle');
  const cells = await page.evaluate(() =>
    [...document.querySelectorAll('[data-static-island] td')].map(
      (td) => !!(td as Element & {fromParser?: boolean}).fromParser,
    ),
  );
  expect(cells.length).toBeGreaterThan(100);
  expect(cells.every(Boolean), 'every cell is the element the parser made').toBe(true);
});

/** Text only CodeBlock (its metastring parser) and Prism's grammars (the `greedy` flag) contain. */
const HIGHLIGHTER_CODE = ['title=(?<quote>', 'greedy:'];
const hasHighlighter = (scripts: string[]) =>
  HIGHLIGHTER_CODE.map((text) => scripts.some((body) => body.includes(text)));

test('code blocks are static: highlighted in the HTML in both colour modes, copyable, no highlighter loaded', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: new URL(baseURL!).origin});
  const scripts = await scriptsLoaded(page, () =>
    gotoReady(page, 'guide/run-locally/?docusaurus-theme=light'),
  );
  expect(hasHighlighter(scripts), 'a page with code blocks loads CodeBlock or Prism').toEqual([false, false]);
  // Bash is one of prism.additionalLanguages: highlighted at build time, coloured by CSS per mode.
  const fn = page.locator('main pre.language-bash .token.function').first();
  await expect(fn).toBeVisible();
  const colour = () => fn.evaluate((el) => getComputedStyle(el).color);
  const light = await colour();
  await page.getByRole('button', {name: /switch between dark and light mode/i}).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(colour).not.toBe(light);
  // The copy button copies the block's text.
  const block = page.locator('main [data-code-block]').first();
  const code = (await block.locator('pre code').innerText()).trim();
  expect(code.length).toBeGreaterThan(0);
  await block.hover();
  await block.getByRole('button', {name: 'Copy code to clipboard'}).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(code);
  await expect(block.getByRole('button', {name: 'Copy code to clipboard'})).toHaveText('Copied');
  // Control: reached by client-side navigation, the page loads the highlighter and renders the
  // same tokens, with one copy button per block.
  await gotoReady(page, 'guide/closed-models/');
  const later = await scriptsLoaded(page, () =>
    page.locator('.theme-doc-sidebar-container').getByRole('link', {name: 'Run models locally'}).click(),
  );
  await expect(page).toHaveURL(/\/guide\/run-locally\/$/);
  expect(hasHighlighter(later)).toEqual([true, true]);
  await expect(page.locator('main pre.language-bash .token.function').first()).toBeVisible();
  const first = page.locator('main [data-code-block]').first();
  await expect(first.getByRole('button', {name: /copy/i, includeHidden: false})).toHaveCount(1);
});

test('the sources page lists every record from its static HTML and ships none of them', async ({page}) => {
  const scripts = await scriptsLoaded(page, () => gotoReady(page, 'guide/sources/'));
  await expect(page.locator('main li[id^="source-"]')).toHaveCount(sources.length);
  // Sources the page's own text cites are shown in its citation popovers, so they may be shipped.
  const cited = new Set(
    await page
      .locator('main sup[data-cite]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-cite'))),
  );
  const shipped = sources.filter(
    (s) => !cited.has(s.id) && scripts.some((body) => body.includes(JSON.stringify(s.url).slice(1, -1))),
  );
  expect(shipped.map((s) => s.id)).toEqual([]);
  // Reached by client-side navigation, the island renders the same list.
  await gotoReady(page, 'guide/faq/');
  await page
    .locator('.theme-doc-sidebar-container')
    .getByRole('link', {name: 'Sources', exact: true})
    .click();
  await expect(page).toHaveURL(/\/guide\/sources\/$/);
  await expect(page.locator('main li[id^="source-"]')).toHaveCount(sources.length);
});
