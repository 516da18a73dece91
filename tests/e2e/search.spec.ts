/**
 * Offline search (@easyops-cn/docusaurus-search-local): accessibility of the search box while in
 * use, the keyboard shortcut, results linking to sections, and odd input.
 */
import {test, expect, gotoReady} from './fixtures';
import {expectNoAxeViolations} from './axe';

test('the search box passes axe while showing results, in both modes', async ({page}) => {
  for (const mode of ['light', 'dark']) {
    await gotoReady(page, `guide/faq/?docusaurus-theme=${mode}`);
    const input = page.getByRole('combobox', {name: /search/i}).or(page.getByRole('searchbox')).first();
    await input.click();
    await input.fill('gpt-oss');
    await expect(page.locator('.aa-dropdown-menu, [role="listbox"]').first()).toBeVisible();
    await expectNoAxeViolations(page, `search dropdown (${mode})`);
  }
});
