/**
 * Odd input in the search box and on the results page never breaks the page or injects markup.
 * Input handling does not depend on the base path, so this runs in the root project only.
 */
import {test, expect, gotoReady} from './fixtures';

const ODD_INPUT = [
  '',
  'x'.repeat(2000),
  '"open weights"',
  "it's 'quoted'",
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '🤖🔓 open',
  'オープンソース',
  'открытый исходный код',
  '\\ ( ) * ? [ ] ^ $ ~ :',
];

for (const [i, query] of ODD_INPUT.entries()) {
  test(`odd search input #${i} neither breaks the page nor injects markup`, async ({page}) => {
    await gotoReady(page, 'guide/faq/');
    const input = page.locator('input.navbar__search-input');
    await input.fill(query);
    await page.waitForTimeout(300);
    await gotoReady(page, `search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('h1')).toHaveCount(1);
    expect(await page.evaluate(() => (window as unknown as {__pwned?: number}).__pwned)).toBeUndefined();
    expect(await page.locator('main script, main img[src="x"]').count()).toBe(0);
  });
}
