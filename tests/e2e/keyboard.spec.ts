/** Keyboard use, visible focus, reduced motion and print styles. */
import {test, expect, gotoReady} from './fixtures';

test('the first Tab reaches a skip link that moves focus to the content', async ({page}) => {
  await gotoReady(page, 'guide/is-chatgpt-open-source/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', {name: /skip to main content/i});
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  const inMain = await page.evaluate(() => {
    const main =
      document.querySelector('main') ?? document.getElementById('__docusaurus_skipToContent_fallback');
    return !!main && (main === document.activeElement || main.contains(document.activeElement));
  });
  expect(inMain, 'focus is in the main content after the skip link').toBe(true);
});

test('focused links show a visible outline', async ({page}) => {
  await gotoReady(page, 'guide/is-chatgpt-open-source/');
  const link = page.locator('article a[href]').first();
  await link.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    return {style: style.outlineStyle, width: parseFloat(style.outlineWidth)};
  });
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThanOrEqual(2);
});

test('the sidebar and dark-mode toggle work from the keyboard', async ({page}) => {
  await gotoReady(page, 'guide/faq/?docusaurus-theme=light');
  const toggle = page.getByRole('button', {name: /switch between dark and light mode/i});
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const sidebarLink = page.locator('nav.menu a.menu__link', {hasText: 'Glossary'});
  await expect(sidebarLink).toBeVisible();
  await sidebarLink.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/guide\/glossary\/$/);
});

test('reduced motion turns off smooth scrolling and animation', async ({page}) => {
  await page.emulateMedia({reducedMotion: 'reduce'});
  await gotoReady(page, 'guide/faq/');
  const behaviour = await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
  expect(behaviour).toBe('auto');
});

test('with reduced motion, switching colour mode starts no transitions and sidebar groups still fold', async ({
  page,
}) => {
  await page.emulateMedia({reducedMotion: 'reduce'});
  // The explorer table has thousands of elements: a reduced-motion rule that gave each of them a
  // transition of every property made this switch start ~5,700 transitions and take about a second.
  await gotoReady(page, 'guide/open-alternatives/');
  const transitions = await page.evaluate(() => {
    const html = document.documentElement;
    html.setAttribute('data-theme', html.getAttribute('data-theme') === 'dark' ? 'light' : 'dark');
    void getComputedStyle(document.body).color; // applies the new styles now, as the next frame would
    return document.getAnimations().filter((a) => a instanceof CSSTransition).length;
  });
  expect(transitions, 'CSS transitions started by switching colour mode').toBe(0);

  // Docusaurus folds a sidebar group when its 1 ms height transition ends; the rule above must not
  // remove that transition, or a folded group's links stay in the tab order.
  // The current page's group is the one that is open.
  const group = page.locator('.theme-doc-sidebar-menu .menu__list-item-collapsible', {
    hasText: 'Open and closed models',
  });
  const link = page.locator('.theme-doc-sidebar-menu a.menu__link', {hasText: 'Run models locally'});
  await expect(link).toBeVisible();
  await group.getByRole('button').click();
  await expect(link).toBeHidden();
});

test('print hides navigation and shows link targets', async ({page}) => {
  await gotoReady(page, 'guide/is-chatgpt-open-source/');
  await page.emulateMedia({media: 'print'});
  await expect(page.locator('nav.navbar')).toBeHidden();
  await expect(page.locator('footer.footer')).toBeHidden();
  const after = await page
    .locator('article .markdown a[href^="http"]')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('http');
});
