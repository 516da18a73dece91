/**
 * Foundation checks on every page of the built site, under both base URLs (projects "root" and
 * "subpath"): HTTP 200, exactly one <h1>, a <title>, a meta description, no console errors and no
 * request to another origin (the last two come from the shared fixture).
 */
import {test, expect, gotoReady, sitemapPaths} from './fixtures';
import {builtPagePaths} from './pages';

const pages = builtPagePaths();

test.describe('every page in the sitemap', () => {
  for (const p of pages) {
    test(`page /${p} is well-formed`, async ({page}) => {
      const response = await page.goto(p);
      expect(response?.status(), `HTTP status of /${p}`).toBe(200);
      await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
      await expect(page.locator('h1')).toHaveCount(1);
      expect((await page.title()).trim().length, 'title').toBeGreaterThan(5);
      await expect(page.locator('meta[name="description"]'), 'meta description').toHaveAttribute(
        'content',
        /\S.{30,}/,
      );
    });
  }
});

test('the served sitemap lists the same pages as the root build', async ({page, baseURL}) => {
  const served = await sitemapPaths(page, baseURL);
  expect(served.sort()).toEqual(pages);
  console.log(`Checked ${pages.length} pages from the sitemap under ${baseURL}`);
});

test('landing page answers the question and leads on', async ({page}) => {
  await gotoReady(page, '');
  await expect(page.locator('h1')).toHaveText('Is ChatGPT open source?');
  await expect(
    page.getByText("ChatGPT is proprietary; OpenAI's gpt-oss models are open-weight"),
  ).toBeVisible();
  await page.getByRole('link', {name: 'Read the short answer'}).click();
  await expect(page).toHaveURL(/guide\/is-chatgpt-open-source\/$/);
  await expect(page.locator('h1')).toContainText('Is ChatGPT open source?');
});

test('every section card on the landing page opens a page with a heading', async ({page}) => {
  await gotoReady(page, '');
  const links = page.locator('main ul a');
  const count = await links.count();
  expect(count).toBeGreaterThanOrEqual(4);
  const hrefs = await links.evaluateAll((els) => els.map((a) => (a as HTMLAnchorElement).href));
  for (const href of hrefs) {
    const response = await page.goto(href);
    expect(response?.status(), href).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
  }
});

test('dark mode can be forced by query and toggled', async ({page}) => {
  await gotoReady(page, 'guide/faq/?docusaurus-theme=dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('button', {name: /switch between dark and light mode/i}).click();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'dark');
});

test('dark mode follows the system setting', async ({browser, baseURL}) => {
  const context = await browser.newContext({colorScheme: 'dark', baseURL});
  const page = await context.newPage();
  await page.goto('guide/faq/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await context.close();
});

test('unknown paths get the 404 page with status 404', async ({page, watch}) => {
  watch.allowConsole(/status of 404/);
  const response = await page.goto('no-such-page-here/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toContainText(/not found/i);
});
