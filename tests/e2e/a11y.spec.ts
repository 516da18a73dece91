/**
 * axe-core on every page in the sitemap, in light and dark mode, at WCAG 2.2 A/AA. Zero violations.
 * Runs on the root build only (tests/playwright.config.ts keeps it out of the sub-path project: the
 * markup is the same); the structural checks in site.spec.ts cover both builds.
 */
import {test, expect, gotoReady} from './fixtures';
import {expectNoAxeViolations} from './axe';
import {builtPagePaths} from './pages';

const pages = builtPagePaths();

for (const mode of ['light', 'dark'] as const) {
  test.describe(`accessibility, ${mode} mode`, () => {
    for (const p of pages) {
      test(`/${p} has no axe violations (${mode})`, async ({page}) => {
        const sep = p.includes('?') ? '&' : '?';
        await gotoReady(page, `${p}${sep}docusaurus-theme=${mode}`);
        await expect(page.locator('html')).toHaveAttribute('data-theme', mode);
        await expectNoAxeViolations(page, `/${p} (${mode})`);
      });
    }
  });
}
