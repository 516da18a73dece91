/**
 * Reading without JavaScript: every page's heading, text, tables and code are in the static HTML
 * and visible when scripts are disabled.
 */
import {test, expect} from './fixtures';
import {builtPagePaths} from './pages';

test.use({javaScriptEnabled: false});

const pages = builtPagePaths().filter((p) => p !== 'search/'); // the results page needs JS by nature

for (const p of pages) {
  test(`/${p} reads without JavaScript`, async ({page}) => {
    const response = await page.goto(p);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toBeVisible();
    const main = page.locator('main').first();
    await expect(main).toBeVisible();
    const text = (await main.innerText()).trim();
    expect(text.length, `visible text on /${p}`).toBeGreaterThan(200);
    // Tables behind a <details> toggle (the explorer's historical models) must open without
    // JavaScript: click each closed section's summary first, then every table must show.
    for (const summary of await page.locator('main details:not([open]) > summary').all()) {
      await expect(summary).toBeVisible();
      await summary.click();
    }
    for (const table of await page.locator('main table').all()) {
      // A table folded in a <details> (the timeline's data) must open with no script at all.
      const folded = table.locator('xpath=ancestor::details[not(@open)][1]');
      if ((await folded.count()) > 0) await folded.locator(':scope > summary').click();
      await expect(table).toBeVisible();
      expect(await table.locator('tr').count()).toBeGreaterThan(1);
    }
    for (const code of await page.locator('main pre code').all()) {
      expect((await code.innerText()).trim().length).toBeGreaterThan(0);
    }
  });
}

test('the search results page explains itself without JavaScript and offers the contents', async ({
  page,
  baseURL,
}) => {
  const response = await page.goto('search/?q=gpt-oss');
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toBeVisible();
  const main = page.locator('main');
  await expect(main.getByText('Search needs JavaScript')).toBeVisible();
  // The guide's sections and every model page, as links that work under the base URL.
  await expect(main.getByRole('heading', {name: 'Sections of the guide'})).toBeVisible();
  const answer = main.getByRole('link', {name: 'The answer: is ChatGPT open source?'});
  await expect(answer).toBeVisible();
  expect(new URL((await answer.getAttribute('href'))!, page.url()).pathname).toBe(
    new URL('guide/is-chatgpt-open-source/', baseURL).pathname,
  );
  const modelLinks = main.locator('ul li a[href*="/models/"]');
  expect(await modelLinks.count()).toBeGreaterThan(40);
  const kimi = main.getByRole('link', {name: 'Kimi K2', exact: true});
  await expect(kimi).toBeVisible();
  const res = await page.request.get(new URL((await kimi.getAttribute('href'))!, page.url()).href);
  expect(res.status()).toBe(200);
  expect((await main.innerText()).trim().length).toBeGreaterThan(500);
});

test.describe('with JavaScript', () => {
  test.use({javaScriptEnabled: true});
  test('the search page hides its no-JavaScript fallback', async ({page}) => {
    await page.goto('search/?q=gpt-oss');
    await page.locator('html[data-has-hydrated="true"]').waitFor();
    await expect(page.getByText('Search needs JavaScript')).toHaveCount(0);
    await expect(page.locator('article h2 a').first()).toBeVisible();
  });
});
