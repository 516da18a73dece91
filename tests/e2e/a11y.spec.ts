/**
 * axe-core on every page in the sitemap, in light and dark mode, at WCAG 2.2 A/AA. Zero violations.
 * One page load per page: axe runs in light mode, then again after switching the page to dark mode
 * with the theme's own toggle (the same as a reader would).
 * Runs on the root build only (tests/playwright.config.ts keeps it out of the sub-path project: the
 * markup is the same); the structural checks in site.spec.ts cover both builds.
 */
import {test, expect, gotoReady} from './fixtures';
import {expectNoAxeViolations} from './axe';
import {builtPagePaths} from './pages';

const pages = builtPagePaths();

// The theme animates colour changes; with reduced motion they are instant, so axe never measures
// contrast halfway through a light-to-dark transition.
test.use({reducedMotion: 'reduce'});

for (const p of pages) {
  test(`/${p} has no axe violations in light and dark mode`, async ({page}) => {
    const sep = p.includes('?') ? '&' : '?';
    await gotoReady(page, `${p}${sep}docusaurus-theme=light`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expectNoAxeViolations(page, `/${p} (light)`);
    await page.getByRole('button', {name: /switch between dark and light mode/i}).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expectNoAxeViolations(page, `/${p} (dark)`);
  });
}
