/**
 * Navigation (issue #14): Previous/Next always move, the navbar (1280 px) and the phone menu
 * (390 px) reach the explorer, the calculator and the chooser, nav links are not underlined while
 * prose links are, and heading copy-link buttons never take a line of their own.
 */
import type {Page} from '@playwright/test';
import {test, expect, fetchHtml, gotoReady, sitemapPaths} from './fixtures';

const MODES = ['light', 'dark'] as const;

/** Path relative to the base URL, from an absolute URL. */
function relative(url: string, baseURL: string | undefined): string {
  const base = new URL(baseURL ?? '/').pathname;
  return new URL(url).pathname.slice(base.length);
}

/** The Previous/Next links of a page, read from its served HTML (the links are static markup). */
async function pagination(page: Page, url: string, className = 'pagination-nav__link'): Promise<string[]> {
  return (await fetchHtml(page, url)).links(className);
}

test(
  'every docs page’s Previous and Next lead to another page, and Next walks the whole guide',
  {tag: '@base-path'},
  async ({page, baseURL}) => {
    const docs = (await sitemapPaths(page, baseURL)).filter((p) => p.startsWith('guide/'));
    expect(docs.length, 'docs pages in the sitemap').toBeGreaterThan(10);
    let linked = 0;
    for (const path of docs) {
      const hrefs = await pagination(page, new URL(path, baseURL).href);
      linked += hrefs.length;
      for (const href of hrefs) {
        expect(relative(href, baseURL), `a Previous/Next link on ${path}`).not.toBe(path);
      }
    }
    expect(linked, 'Previous/Next links found').toBeGreaterThan(docs.length);

    // Follow "Next" from the first page: every docs page is visited once, none twice.
    const visited: string[] = [];
    let current: string | undefined = 'guide/is-chatgpt-open-source/';
    while (current) {
      expect(visited, `Next leads back to ${current}`).not.toContain(current);
      visited.push(current);
      const [next] = await pagination(page, new URL(current, baseURL).href, 'pagination-nav__link--next');
      current = next ? relative(next, baseURL) : undefined;
    }
    expect([...visited].sort()).toEqual([...docs].sort());
  },
);

const TOOLS = [
  {label: 'Models', path: 'models/', h1: 'Model explorer'},
  {label: 'Cost calculator', path: 'calculator/', h1: 'API vs open-weight cost calculator'},
  {label: 'Which should I use?', path: 'chooser/', h1: 'Which should I use?'},
];

test.describe('at 1280 px', () => {
  test.use({viewport: {width: 1280, height: 800}});

  for (const mode of MODES) {
    test(`the navbar fits on one row (${mode})`, async ({page}) => {
      await gotoReady(page, `guide/faq/?docusaurus-theme=${mode}`);
      const items = page.locator('.navbar__inner .navbar__item');
      expect(await items.count()).toBeGreaterThanOrEqual(6);
      const tops = await items.evaluateAll((els) =>
        els
          .filter((el) => (el as HTMLElement).offsetParent)
          .map((el) => Math.round(el.getBoundingClientRect().top)),
      );
      expect(new Set(tops).size, `navbar item rows: ${tops.join(', ')}`).toBe(1);
      const height = await page.locator('nav.navbar').evaluate((el) => el.getBoundingClientRect().height);
      expect(height).toBeLessThanOrEqual(64);
    });
  }

  test('the navbar’s tool links open their pages', {tag: '@base-path'}, async ({page, baseURL}) => {
    for (const tool of TOOLS) {
      await test.step(`"${tool.label}" opens ${tool.path}`, async () => {
        await gotoReady(page, 'guide/glossary/');
        await page
          .locator('.navbar__items a.navbar__link', {
            hasText: new RegExp(`^${tool.label.replace('?', '\\?')}$`),
          })
          .click();
        await expect.poll(() => relative(page.url(), baseURL)).toBe(tool.path);
        await expect(page.locator('h1')).toHaveText(tool.h1);
      });
    }
  });

  test('"Compare" opens the side-by-side comparison, and one item is highlighted per page', async ({
    page,
    baseURL,
  }) => {
    await gotoReady(page, 'guide/glossary/');
    await page.locator('.navbar__items a.navbar__link', {hasText: /^Compare$/}).click();
    await expect.poll(() => relative(page.url(), baseURL)).toBe('guide/open-source-vs-open-weights/');
    expect(new URL(page.url()).hash).toBe('#spectrum');
    await expect(page.locator('#spectrum')).toBeVisible();
    await expect(page.locator('#spectrum ~ * table').first()).toBeAttached();

    await gotoReady(page, 'guide/is-chatgpt-open-source/');
    await expect(page.locator('.navbar__items .navbar__link--active')).toHaveText(['Short answer']);
    await gotoReady(page, 'models/chatgpt/');
    await expect(page.locator('.navbar__items .navbar__link--active')).toHaveText(['Models']);
  });

  for (const mode of MODES) {
    test(`navbar and sidebar links are not underlined; prose links are (${mode})`, async ({page}) => {
      await gotoReady(page, `guide/open-source/?docusaurus-theme=${mode}`);
      const decoration = (selector: string) =>
        page
          .locator(selector)
          .first()
          .evaluate((el) => getComputedStyle(el).textDecorationLine);
      expect(await decoration('.navbar__items a.navbar__link')).toBe('none');
      expect(await decoration('nav.menu a.menu__link')).toBe('none');
      expect(await decoration('nav.pagination-nav a')).toBe('none');
      // A link in running text (citation markers are superscript numbers with their own cue).
      expect(await decoration('.markdown p > a:not([data-cite] a)')).toBe('underline');
    });
  }
});

test.describe('at 390 px (phone)', () => {
  test.use({viewport: {width: 390, height: 844}, hasTouch: true, isMobile: true});

  // One context for the three (a phone context cannot be reused between tests); each link is
  // followed from a fresh load of a docs page, a named step each.
  test('the phone menu’s tool links open their pages', {tag: '@base-path'}, async ({page, baseURL}) => {
    for (const tool of TOOLS) {
      await test.step(`"${tool.label}" opens ${tool.path}`, async () => {
        await gotoReady(page, 'guide/glossary/');
        await page.getByRole('button', {name: /toggle navigation bar/i}).click();
        const menu = page.locator('.navbar-sidebar');
        await expect(menu).toBeVisible();
        // On a docs page the phone menu opens on the guide's sidebar; the main menu is one step back.
        await menu.getByRole('button', {name: /back to main menu/i}).click();
        await menu
          .locator('a.menu__link', {hasText: new RegExp(`^${tool.label.replace('?', '\\?')}$`)})
          .click();
        await expect.poll(() => relative(page.url(), baseURL)).toBe(tool.path);
        await expect(page.locator('h1')).toHaveText(tool.h1);
      });
    }
  });
});

/**
 * Each heading's copy-link button sits on the heading's last line of text (so it never wraps onto
 * a line of its own, visible or hidden) and stays inside the viewport.
 */
async function expectButtonsOnLastLine(page: Page): Promise<number> {
  const problems = await page.evaluate(() => {
    const found: string[] = [];
    let checked = 0;
    for (const button of document.querySelectorAll<HTMLElement>('article :is(h2, h3, h4) > button')) {
      const heading = button.parentElement as HTMLElement;
      const range = document.createRange();
      const textNodes = [...heading.childNodes].filter(
        (n) => n !== button && !(n instanceof HTMLAnchorElement),
      );
      range.setStartBefore(textNodes[0]);
      range.setEndAfter(textNodes[textNodes.length - 1]);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      const lastLine = rects.reduce((a, b) => (b.bottom > a.bottom ? b : a));
      const box = button.getBoundingClientRect();
      const middle = box.top + box.height / 2;
      checked += 1;
      if (middle < lastLine.top || middle > lastLine.bottom)
        found.push(`${heading.id}: button not on the last line`);
      if (box.right > document.documentElement.clientWidth)
        found.push(`${heading.id}: button past the viewport`);
    }
    return {found, checked};
  });
  expect(problems.found).toEqual([]);
  return problems.checked;
}

/** Pages with long headings that fill a line at 1280 px or 390 px. */
const HEADING_PAGES = [
  'guide/open-source-vs-open-weights/',
  'guide/faq/',
  'guide/how-to-choose/',
  'guide/costs/',
];

test.describe('heading copy-link buttons', () => {
  test('at 1280 px they never start a line of their own', async ({page}) => {
    await page.setViewportSize({width: 1280, height: 800});
    let checked = 0;
    for (const path of HEADING_PAGES) {
      await gotoReady(page, path);
      checked += await expectButtonsOnLastLine(page);
    }
    expect(checked).toBeGreaterThan(20);
  });

  test.describe('on a touch screen at 390 px', () => {
    test.use({viewport: {width: 390, height: 844}, hasTouch: true, isMobile: true});
    test('they are visible, never start a line and cause no sideways scroll', async ({page}) => {
      let checked = 0;
      for (const path of HEADING_PAGES) {
        await gotoReady(page, path);
        checked += await expectButtonsOnLastLine(page);
        const opacity = await page
          .locator('article h2 > button')
          .first()
          .evaluate((el) => getComputedStyle(el).opacity);
        expect(opacity).toBe('1');
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
      }
      expect(checked).toBeGreaterThan(20);
    });
  });
});
