/**
 * Site-wide behaviour: the sitemap, the landing page's first links, dark mode and the 404 status.
 * The per-page checks (status, markup, axe, phone width, no-JS) are in pages.spec.ts. Every test
 * here, like every test using ./fixtures, fails on a console error or a request to another origin.
 * Tests tagged @base-path also run under the sub-path build.
 */
import {test, expect, fetchHtml, gotoReady, sitemapPaths} from './fixtures';
import {builtPagePaths} from './pages';

const pages = builtPagePaths();

test(
  'the served sitemap lists the same pages as the root build',
  {tag: '@base-path'},
  async ({page, baseURL}) => {
    const served = await sitemapPaths(page, baseURL);
    expect(served.sort()).toEqual(pages);
    console.log(`Checked ${pages.length} pages from the sitemap under ${baseURL}`);
  },
);

test('landing page answers the question and leads on', {tag: '@base-path'}, async ({page}) => {
  await gotoReady(page, '');
  await expect(page.locator('h1')).toHaveText('Is ChatGPT open source?');
  await expect(
    page.getByText("ChatGPT is proprietary; OpenAI's gpt-oss models are open-weight"),
  ).toBeVisible();
  await page.getByRole('link', {name: 'Read the short answer'}).click();
  await expect(page).toHaveURL(/guide\/is-chatgpt-open-source\/$/);
  await expect(page.locator('h1')).toContainText('Is ChatGPT open source?');
});

test(
  'every section card on the landing page opens a page with a heading',
  {tag: '@base-path'},
  async ({page}) => {
    await gotoReady(page, '');
    const links = page.locator('main ul a');
    const count = await links.count();
    expect(count).toBeGreaterThanOrEqual(4);
    const hrefs = await links.evaluateAll((els) => els.map((a) => (a as HTMLAnchorElement).href));
    // Each target page is rendered and checked in full by pages.spec.ts; here only where the
    // cards lead matters, so the served HTML is enough.
    for (const href of hrefs) {
      const doc = await fetchHtml(page, href);
      expect(doc.elements('h1'), `<h1> on ${href}`).toHaveLength(1);
    }
  },
);

test('dark mode can be forced by query and toggled', async ({page}) => {
  await gotoReady(page, 'guide/faq/?docusaurus-theme=dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('button', {name: /switch between dark and light mode/i}).click();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'dark');
});

test.describe('with a dark system setting', () => {
  test.use({colorScheme: 'dark'});
  test('dark mode follows the system setting', async ({page}) => {
    await page.goto('guide/faq/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });
});

test('unknown paths get the 404 page with status 404', {tag: '@base-path'}, async ({page, watch}) => {
  watch.allowConsole(/status of 404/);
  const response = await page.goto('no-such-page-here/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toContainText(/not found/i);
});
