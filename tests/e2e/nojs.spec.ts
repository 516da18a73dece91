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

test('the search results page explains itself without JavaScript', async ({page}) => {
  const response = await page.goto('search/?q=gpt-oss');
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toBeVisible();
});
