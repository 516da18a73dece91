/**
 * Offline search (@easyops-cn/docusaurus-search-local): accessibility of the search box while in
 * use, the keyboard shortcut, results linking to sections, and odd input.
 */
import {test, expect, gotoReady} from './fixtures';
import {expectNoAxeViolations} from './axe';

test('the search box passes axe while showing results, in both modes', async ({page}) => {
  for (const mode of ['light', 'dark']) {
    await gotoReady(page, `guide/faq/?docusaurus-theme=${mode}`);
    const input = page.locator('input.navbar__search-input');
    await input.click();
    await input.fill('gpt-oss');
    await expect(page.locator('.aa-dropdown-menu, [role="listbox"]').first()).toBeVisible();
    await expectNoAxeViolations(page, `search dropdown (${mode})`);
  }
});

/** Query → the page (and optionally the section) the first result must open. */
const QUERIES: Array<[string, string, string?]> = [
  ['is chatgpt open source', 'guide/is-chatgpt-open-source/'],
  ['gpt-oss license', 'guide/gpt-oss/'],
  ['open weights', 'guide/open-source-vs-open-weights/'],
  ['llama license', 'guide/open-alternatives/', '#llama'],
  ['run locally', 'guide/run-locally/'],
  ['cost per million tokens', 'guide/costs/'],
  ['OSI definition', 'guide/open-source-vs-open-weights/', '#osaid'],
  ['deepseek', 'guide/open-alternatives/', '#deepseek'],
  ['ollama', 'guide/run-locally/', '#ollama'],
  ['break-even', 'guide/costs/', '#break-even'],
  ['is llama open source', 'guide/faq/', '#is-llama-open-source'],
];

for (const [query, expectedPage, expectedHash] of QUERIES) {
  test(`search "${query}" opens ${expectedPage}${expectedHash ?? ''} first`, async ({page, baseURL}) => {
    await gotoReady(page, 'guide/glossary/');
    const input = page.locator('input.navbar__search-input');
    await input.fill(query);
    await expect(page.locator('[role="listbox"] [role="option"]').first()).toBeVisible();
    await input.press('Enter');
    const expectedPath = new URL(expectedPage, baseURL).pathname;
    await expect
      .poll(() => new URL(page.url()).pathname, {message: `first result for "${query}"`})
      .toBe(expectedPath);
    if (expectedHash) expect(new URL(page.url()).hash).toBe(expectedHash);
    // The search term is highlighted on the page it lands on.
    await expect(page.locator('article mark').first()).toBeVisible();
  });
}

test('Ctrl+K focuses the search box, and Tab moves focus on instead of losing it', async ({page}) => {
  await gotoReady(page, 'guide/faq/');
  await page.keyboard.press('Control+k');
  const input = page.locator('input.navbar__search-input');
  await expect(input).toBeFocused();
  await input.fill('gpt-oss');
  await expect(page.locator('[role="listbox"] [role="option"]').first()).toBeVisible();
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement?.tagName ?? 'none');
  expect(focused, 'focus after Tab from the search box').not.toBe('BODY');
});

test('the results page lists matches with excerpts and links to sections', async ({page}) => {
  await gotoReady(page, 'search/?q=gpt-oss%20license');
  const results = page.locator('article h2 a');
  await expect(results.first()).toBeVisible();
  expect(await results.count()).toBeGreaterThan(1);
  const hrefs = await results.evaluateAll((els) => els.map((a) => a.getAttribute('href') ?? ''));
  expect(
    hrefs.some((h) => h.includes('#')),
    'some results link to a section',
  ).toBe(true);
  await expect(page.locator('article mark').first()).toBeVisible();
});
