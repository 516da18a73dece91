/**
 * Reading without JavaScript: the search page's fallback. (Every other page's heading, text,
 * tables and code are checked without JavaScript by the per-page pass in pages.spec.ts.)
 */
import {test, expect} from './fixtures';

test.use({javaScriptEnabled: false});

test(
  'the search results page explains itself without JavaScript and offers the contents',
  {tag: '@base-path'},
  async ({page, baseURL}) => {
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
  },
);

test.describe('with JavaScript', () => {
  test.use({javaScriptEnabled: true});
  test('the search page hides its no-JavaScript fallback', async ({page}) => {
    await page.goto('search/?q=gpt-oss');
    await page.locator('html[data-has-hydrated="true"]').waitFor();
    await expect(page.getByText('Search needs JavaScript')).toHaveCount(0);
    await expect(page.locator('article h2 a').first()).toBeVisible();
  });

  test('before hydration the fallback takes no space, so removing it shifts nothing', async ({
    page,
    watch,
  }) => {
    // Scripts enabled but never delivered: the page stays as the server rendered it.
    watch.allowConsole(/Failed to load resource|ERR_FAILED/);
    await page.route(/\.js(\?|$)/, (route) => route.abort());
    await page.goto('search/?q=gpt-oss');
    const fallback = page.locator('[data-search-fallback]');
    await expect(fallback).toHaveCount(1);
    await expect(fallback).toBeHidden();
    expect(await fallback.evaluate((el) => el.getBoundingClientRect().height)).toBe(0);
  });
});
