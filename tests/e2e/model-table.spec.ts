/**
 * The model explorer (/models/), its table, the comparison, the downloads and one model page,
 * under both base URLs. Covers sorting (aria-sort and order), filtering (count, URL, reload),
 * row permalinks, keyboard use, and that the whole table is in the HTML served before any
 * JavaScript runs.
 */
import {parse} from 'node-html-parser';
import {test, expect, gotoReady} from './fixtures';
import {models} from '../../src/data/models';
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
    // Every rating is text, not colour: each of the three rating cells has a label.
    expect(tr.text, m.id).toMatch(/Open|Partial|Closed|Not rated/);
  }
  expect(root.querySelector('[aria-live=polite]')?.text).toContain(`Showing ${TOTAL} of ${TOTAL} models`);
});

test('sorting: header buttons set aria-sort and reorder rows', async ({page}) => {
  await gotoReady(page, 'models/');
  const nameTh = page.locator('thead th').filter({has: page.getByRole('button', {name: /^Model/})});
  const dateTh = page.locator('thead th').filter({has: page.getByRole('button', {name: /^First release/})});
  await expect(dateTh).toHaveAttribute('aria-sort', 'ascending');
  await expect(nameTh).not.toHaveAttribute('aria-sort', /.+/);

  await nameTh.getByRole('button').click();
  await expect(nameTh).toHaveAttribute('aria-sort', 'ascending');
  await expect(dateTh).not.toHaveAttribute('aria-sort', /.+/);
  const names = await page.locator(`${rows} th[scope=row] a:first-child`).allTextContents();
  expect(names).toEqual([...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase(), 'en')));
  await expect(page).toHaveURL(/sort=name&dir=asc/);

  await nameTh.getByRole('button').click();
  await expect(nameTh).toHaveAttribute('aria-sort', 'descending');
  const reversed = await page.locator(`${rows} th[scope=row] a:first-child`).allTextContents();
  expect(reversed).toEqual([...names].reverse());
});

test('filtering updates the count and the URL, and survives a reload', async ({page}) => {
  await gotoReady(page, 'models/');
  const status = page.getByRole('status').filter({hasText: /^Showing /});
  await expect(status).toHaveText(`Showing ${TOTAL} of ${TOTAL} models`);
  await page.getByLabel('License kind').selectOption('osi-approved');
  await expect(status).toHaveText(`Showing ${OSI} of ${TOTAL} models`);
  await expect(page.locator(rows)).toHaveCount(OSI);
  await expect(page).toHaveURL(/[?&]license=osi-approved/);

  await page.reload();
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
  await expect(page.getByLabel('License kind')).toHaveValue('osi-approved');
  await expect(status).toHaveText(`Showing ${OSI} of ${TOTAL} models`);

  await page.getByRole('searchbox', {name: 'Search'}).fill('gpt-oss');
  await expect(page.locator(rows)).toHaveCount(3);
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
  await page.getByRole('searchbox', {name: 'Search'}).focus();
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
