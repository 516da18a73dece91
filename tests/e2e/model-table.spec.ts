/**
 * The model explorer (/models/), its table, the comparison, the downloads and one model page,
 * under both base URLs. Covers sorting (aria-sort and order), filtering (count, URL, reload),
 * row permalinks, keyboard use, and that the whole table is in the HTML served before any
 * JavaScript runs.
 */
import {parse} from 'node-html-parser';
import {test, expect, gotoReady} from './fixtures';
import {expectNoAxeViolations} from './axe';
import {canUse, models} from '../../src/data/models';
import {getLicense} from '../../src/data/licenses';

const TOTAL = models.length;
const OSI = models.filter((m) => getLicense(m.license)?.kind === 'osi-approved').length;
const rows = 'table tbody tr[id^="model-"]';

test('the static HTML has every row, rating label and link before JavaScript', async ({request, baseURL}) => {
  const response = await request.get(new URL('models/', baseURL).href);
  expect(response.status()).toBe(200);
  // The minifier drops optional end tags (</tr>, </td>, </caption>); tell the parser to close them.
  const root = parse(await response.text(), {parseNoneClosedTags: true});
  const trs = root.querySelectorAll('tr').filter((tr) => (tr.getAttribute('id') ?? '').startsWith('model-'));
  expect(trs.length).toBe(TOTAL);
  expect(trs.map((tr) => tr.getAttribute('id')).sort()).toEqual(models.map((m) => `model-${m.id}`).sort());
  const table = trs[0].closest('table')!;
  expect(table.querySelector('caption')?.text.trim().length).toBeGreaterThan(10);
  expect(table.querySelectorAll('thead th[scope=col]').length).toBeGreaterThanOrEqual(8);
  const basePath = new URL(baseURL!).pathname;
  for (const m of models) {
    const tr = trs.find((t) => t.getAttribute('id') === `model-${m.id}`)!;
    const th = tr.querySelector('th[scope=row]');
    expect(th?.text, m.id).toContain(m.name);
    const hrefs = th!.querySelectorAll('a').map((a) => a.getAttribute('href') ?? '');
    expect(hrefs, m.id).toContain(`#model-${m.id}`);
    // In `href=/models/x/>` a browser keeps the final slash; node-html-parser reads "/>" as a
    // self-closing tag and drops it, so compare without it.
    expect(
      hrefs.map((h) => h.replace(/\/$/, '')),
      m.id,
    ).toContain(`${basePath}models/${m.id}`);
    // Every rating is text, not colour: each of the eight rating cells has a word.
    // (The parser nests rows whose end tags the minifier dropped, so read this row's first eight.)
    const words = tr
      .querySelectorAll('[data-rating]')
      .slice(0, 8)
      .map((el) => el.text.trim());
    expect(words.length, m.id).toBe(8);
    for (const w of words) expect(w, m.id).toMatch(/^(Open|Partial|Closed|Not rated)$/);
    // The verdict chips and the score are in the static HTML too.
    expect(tr.querySelectorAll('[data-verdict]').length, m.id).toBeGreaterThanOrEqual(2);
    expect(tr.text, m.id).toMatch(/from \d of 8/);
  }
  // (The navbar's search box has its own, empty, live region first.)
  const live = root.querySelectorAll('main [aria-live=polite]').map((el) => el.text);
  expect(live.join(' | ')).toContain(`Showing ${TOTAL} of ${TOTAL} models`);
});

test('sorting: header buttons set aria-sort and reorder rows', async ({page}) => {
  await gotoReady(page, 'models/');
  const nameTh = page.locator('thead th').filter({has: page.getByRole('button', {name: /^Model/})});
  const dateTh = page.locator('thead th').filter({has: page.getByRole('button', {name: /^First release/})});
  await expect(dateTh).toHaveAttribute('aria-sort', 'descending');
  await expect(nameTh).not.toHaveAttribute('aria-sort', /.+/);

  await nameTh.getByRole('button').click();
  await expect(nameTh).toHaveAttribute('aria-sort', 'ascending');
  await expect(dateTh).not.toHaveAttribute('aria-sort', /.+/);
  // Each of the two tables (current, historical) is sorted by the same rule.
  const current = `table[data-part=current] tbody tr[id^="model-"] th[scope=row] a:first-child`;
  const names = await page.locator(current).allTextContents();
  expect(names).toEqual([...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase(), 'en')));
  await expect(page).toHaveURL(/sort=name&dir=asc/);

  await nameTh.getByRole('button').click();
  await expect(nameTh).toHaveAttribute('aria-sort', 'descending');
  const reversed = await page.locator(current).allTextContents();
  expect(reversed).toEqual([...names].reverse());

  // Score sorts highest first on the first click.
  const scoreTh = page.locator('table[data-part=current] thead th').filter({
    has: page.getByRole('button', {name: /^Score/}),
  });
  await scoreTh.getByRole('button').click();
  await expect(scoreTh).toHaveAttribute('aria-sort', 'descending');
  const scores = (
    await page
      .locator(`table[data-part=current] tbody tr[id^="model-"] td[data-score]`)
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-score')))
  )
    .filter((v) => v !== '')
    .map(Number);
  expect(scores.length).toBeGreaterThan(20);
  expect(scores).toEqual([...scores].sort((x, y) => y - x));
});

test('default order is newest first, current models above the historical section', async ({page}) => {
  await gotoReady(page, 'models/');
  const dates = await page
    .locator(`table[data-part=current] tbody tr[id^="model-"] time`)
    .evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
  expect(dates.length).toBeGreaterThan(40);
  expect(dates).toEqual([...dates].sort().reverse());
  expect(dates.every((d) => d >= '2021')).toBe(true);
  const newest = [...models]
    .map((m) => m.firstRelease)
    .sort()
    .at(-1);
  expect(dates[0]).toBe(newest);
});

test('historical models sit behind a toggle that works', async ({page}) => {
  await gotoReady(page, 'models/');
  const historical = models.filter((m) => m.firstRelease < '2021');
  expect(historical.length).toBeGreaterThan(3);
  const summary = page.locator('summary', {hasText: 'Show historical models'});
  await expect(summary).toContainText(`${historical.length} research models`);
  const bert = page.locator('#model-bert');
  await expect(bert).toBeHidden();
  await summary.click();
  await expect(bert).toBeVisible();
  await expect(page.locator(`table[data-part=historical] tbody tr[id^="model-"]`)).toHaveCount(
    historical.length,
  );
});

test('a permalink to a historical row opens its section', async ({page}) => {
  await gotoReady(page, 'models/#model-bert');
  await expect(page.locator('#model-bert')).toBeInViewport();
});

test('the use-case filter goes into the URL and survives a reload', async ({page}) => {
  await gotoReady(page, 'models/');
  const status = page.getByRole('status').filter({hasText: /^Showing /});
  const select = page.getByLabel('Can I use it for…');
  await select.selectOption('commercial');
  await expect(page).toHaveURL(/[?&]use=commercial/);
  await expect(status).not.toHaveText(`Showing ${TOTAL} of ${TOTAL} models`);
  const visible = async () =>
    (
      await page
        .locator(rows)
        .evaluateAll((els) => els.filter((el) => !(el as HTMLElement).hidden).map((el) => el.id))
    ).sort();
  const before = await visible();
  expect(before.length).toBeGreaterThan(5);
  expect(before.length).toBeLessThan(TOTAL);
  // A model passes when one of its ways in allows it: ChatGPT through OpenAI's business terms,
  // gpt-oss through Apache 2.0; Jukebox's weights are licensed for non-commercial use only and
  // it has no API, so it does not.
  expect(before).toContain('model-chatgpt');
  expect(before).toContain('model-gpt-oss-120b');
  expect(before).not.toContain('model-jukebox');
  // The browser filters exactly as the build answered (src/data/models canUse).
  expect(before).toEqual(
    models
      .filter((m) => canUse(m, 'commercial'))
      .map((m) => `model-${m.id}`)
      .sort(),
  );
  await expect(status).toHaveText(`Showing ${before.length} of ${TOTAL} models`);

  await page.reload();
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
  await expect(select).toHaveValue('commercial');
  expect(await visible()).toEqual(before);
});

test('the rated-cell count is shown and computed from the data', async ({page}) => {
  await gotoReady(page, 'models/');
  const dims = 9;
  const rated = models.reduce((n, m) => n + Object.keys(m.openness).length, 0);
  const total = models.length * dims;
  const text = page.locator('[data-rated-cells]');
  await expect(text).toContainText(
    `${rated} of ${total} cells rated (${((100 * rated) / total).toFixed(1)} %)`,
  );
  expect(rated / total).toBeGreaterThanOrEqual(0.95);
});

test('filtering updates the count and the URL, and survives a reload', async ({page}) => {
  await gotoReady(page, 'models/');
  const status = page.getByRole('status').filter({hasText: /^Showing /});
  await expect(status).toHaveText(`Showing ${TOTAL} of ${TOTAL} models`);
  await page.getByLabel('License kind').selectOption('osi-approved');
  await expect(status).toHaveText(`Showing ${OSI} of ${TOTAL} models`);
  await expect(page.locator(`${rows}:not([hidden])`)).toHaveCount(OSI);
  await expect(page).toHaveURL(/[?&]license=osi-approved/);

  await page.reload();
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
  await expect(page.getByLabel('License kind')).toHaveValue('osi-approved');
  await expect(status).toHaveText(`Showing ${OSI} of ${TOTAL} models`);

  await page.getByRole('searchbox', {name: 'Search', exact: true}).fill('gpt-oss');
  await expect(page.locator(`${rows}:not([hidden])`)).toHaveCount(3);
  await expect(page).toHaveURL(/q=gpt-oss/);

  await page.getByRole('button', {name: 'Reset filters'}).click();
  await expect(status).toHaveText(`Showing ${TOTAL} of ${TOTAL} models`);
  await expect(page).not.toHaveURL(/license=|q=/);
});

test('unknown URL values are ignored', async ({page}) => {
  await gotoReady(page, 'models/?license=free-as-in-beer&level=maybe&org=nobody&sort=vibes');
  await expect(page.getByRole('status').filter({hasText: /^Showing /})).toHaveText(
    `Showing ${TOTAL} of ${TOTAL} models`,
  );
  await expect(page.getByLabel('License kind')).toHaveValue('');
});

test('a shared link with the British ?licence= spelling still filters', async ({page}) => {
  await gotoReady(page, 'models/?licence=osi-approved');
  await expect(page.getByRole('status').filter({hasText: /^Showing /})).toHaveText(
    `Showing ${OSI} of ${TOTAL} models`,
  );
  await expect(page.getByLabel('License kind')).toHaveValue('osi-approved');
});

test('a row permalink scrolls to and highlights the row', async ({page}) => {
  await gotoReady(page, 'models/#model-gpt-oss-120b');
  const row = page.locator('#model-gpt-oss-120b');
  await expect(row).toBeInViewport();
  await expect.poll(() => row.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
  const others = await page.locator('#model-chatgpt').evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(others).toBe('none');
});

test('keyboard: Tab reaches a sort button and Enter sorts', async ({page}) => {
  await gotoReady(page, 'models/');
  await page.getByRole('searchbox', {name: 'Search', exact: true}).focus();
  let onSortButton = false;
  for (let i = 0; i < 15 && !onSortButton; i += 1) {
    await page.keyboard.press('Tab');
    onSortButton = await page.evaluate(
      () => !!document.activeElement?.closest('thead') && document.activeElement?.tagName === 'BUTTON',
    );
  }
  expect(onSortButton, 'a sort button is reachable with Tab').toBe(true);
  const th = page.locator('thead th:has(button:focus)');
  await expect(th).not.toHaveAttribute('aria-sort', /.+/);
  await page.keyboard.press('Enter');
  await expect(th).toHaveAttribute('aria-sort', 'ascending');
});

test('downloads are generated from the records, under the base URL', async ({page, request}) => {
  await gotoReady(page, 'models/');
  const json = await page.getByRole('link', {name: 'models.json'}).getAttribute('href');
  const csv = await page.getByRole('link', {name: 'models.csv'}).getAttribute('href');
  const jsonRes = await request.get(new URL(json!, page.url()).href);
  expect(jsonRes.status()).toBe(200);
  const data = await jsonRes.json();
  expect(data.models.length).toBe(TOTAL);
  expect(data.models.find((m: {id: string}) => m.id === 'gpt-oss-120b').license).toBe('Apache-2.0');
  const csvRes = await request.get(new URL(csv!, page.url()).href);
  expect(csvRes.status()).toBe(200);
  expect((await csvRes.text()).trimEnd().split('\r\n').length).toBe(TOTAL + 1);
});

test.describe('overview at 1280px', () => {
  test.use({viewport: {width: 1280, height: 900}});
  test('fits without sideways scrolling', async ({page}) => {
    await gotoReady(page, 'models/');
    const sizes = await page.locator('table[data-part=current]').evaluate((table) => {
      const box = table.parentElement!;
      return {
        scrollWidth: box.scrollWidth,
        clientWidth: box.clientWidth,
        pageScroll: document.documentElement.scrollWidth,
        pageClient: document.documentElement.clientWidth,
      };
    });
    expect(sizes.scrollWidth).toBeLessThanOrEqual(sizes.clientWidth);
    expect(sizes.pageScroll).toBeLessThanOrEqual(sizes.pageClient);
  });
});

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});
  test('the overview reads: current rows visible, historical ones behind a working toggle', async ({
    page,
  }) => {
    const response = await page.goto('models/');
    expect(response?.status()).toBe(200);
    const current = models.filter((m) => m.firstRelease >= '2021');
    await expect(page.locator(`table[data-part=current] tbody tr[id^="model-"]`)).toHaveCount(current.length);
    await expect(page.locator(`#model-${current[0].id}`)).toBeVisible();
    await expect(page.locator('[data-rated-cells]')).toBeVisible();
    await expect(page.locator('#model-bert')).toBeHidden();
    await page.locator('summary', {hasText: 'Show historical models'}).click();
    await expect(page.locator('#model-bert')).toBeVisible();
  });
});

test('axe: the overview with the historical section open and a filter set', async ({page}) => {
  await gotoReady(page, 'models/?use=offline&docusaurus-theme=light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.locator('summary', {hasText: 'Show historical models'}).click();
  await expectNoAxeViolations(page, '/models/?use=offline (light, historical open)');
  await page.getByRole('button', {name: /switch between dark and light mode/i}).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectNoAxeViolations(page, '/models/?use=offline (dark, historical open)');
});

test('compare: readers can swap a model and the choice goes into the URL', async ({page}) => {
  await gotoReady(page, 'models/');
  const picker = page.getByLabel('Model 3');
  await expect(picker).toHaveValue('olmo-2-32b');
  await picker.selectOption('pythia');
  await expect(page).toHaveURL(/compare=chatgpt%2Cgpt-oss-120b%2Cpythia/);
  await expect(page.locator('table thead th').filter({hasText: 'Pythia'})).toHaveCount(1);
});

test('a model page has its facts, scorecard, sources and a correction link', async ({page}) => {
  await gotoReady(page, 'models/gpt-oss-120b/');
  await expect(page.locator('h1')).toHaveText('Is gpt-oss-120b open source?');
  await expect(page).toHaveTitle(/gpt-oss-120b/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /gpt-oss-120b/);
  await expect(page.getByText('117B total, 5.1B active')).toBeVisible();
  await expect(page.getByRole('table', {name: /Openness of gpt-oss-120b/})).toBeVisible();
  const correction = page.getByRole('link', {name: /Suggest a correction/});
  await expect(correction).toHaveAttribute(
    'href',
    /issues\/new\?template=correction\.yml.*model-id=gpt-oss-120b/,
  );
  await page.getByRole('link', {name: 'See it in the comparison table'}).click();
  await expect(page.locator('#model-gpt-oss-120b')).toBeInViewport();
});
