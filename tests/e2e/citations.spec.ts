/**
 * Citation markers (src/components/Cite, numbered by src/plugins/cite/): by keyboard, by tap and
 * without JavaScript; each page's "Sources on this page" list matches its markers; axe stays clean
 * with a popover open; citations stay out of the search index.
 */
import {test, expect, gotoReady} from './fixtures';
import {expectNoAxeViolations} from './axe';
import type {Locator, Page} from '@playwright/test';

const PAGE = 'guide/open-source-vs-open-weights/';
const CHECKED_PAGES = [
  'guide/is-chatgpt-open-source/',
  PAGE,
  'guide/faq/',
  'guide/open-vs-closed-trade-offs/',
  'guide/open-alternatives/',
];

/** The marker link of a <sup data-cite>, and its popover. */
const markerIn = (cite: Locator) => cite.locator(':scope > a');
const popIn = (cite: Locator) => cite.locator(':scope > span').last();

/** Where focus is, for failure messages. */
async function focusReport(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return `hasFocus=${document.hasFocus()} active=${el?.outerHTML.slice(0, 160) ?? 'none'} scrollY=${window.scrollY}`;
  });
}

async function focusedCite(page: Page): Promise<string | null> {
  return page.evaluate(
    () => document.activeElement?.closest('sup[data-cite]')?.getAttribute('data-cite') ?? null,
  );
}

test.describe('keyboard', () => {
  test.use({viewport: {width: 1280, height: 900}});
  // This test used to lose focus at random: the Tab walk passed the old search plugin's box, which
  // focused itself again when its index arrived. Our search box never moves focus (search.spec.ts
  // tests it with the index held back).
  test('Tab reaches a marker, shows its source, Escape hides it, Tab moves on', async ({page}) => {
    await gotoReady(page, PAGE);
    // Start from a settled page: hydration and lazy chunks done.
    await page.waitForLoadState('networkidle');
    let id: string | null = null;
    for (let i = 0; i < 200 && !id; i += 1) {
      await page.keyboard.press('Tab');
      id = await focusedCite(page);
    }
    expect(id, 'Tab reached a citation marker').not.toBeNull();
    expect(await page.evaluate(() => document.hasFocus()), 'the page has focus').toBe(true);
    const cite = page.locator(`main sup[data-cite="${id}"]`).first();
    const marker = markerIn(cite);
    await expect(marker).toBeFocused();
    await expect(marker).toHaveAccessibleName(/^Source 1: .+, .+/);
    await expect(popIn(cite)).toBeVisible();
    await expect(popIn(cite)).toContainText('[1]');
    await expect(popIn(cite).getByRole('link')).toHaveAttribute('href', /^https:\/\//);

    await page.keyboard.press('Escape');
    await expect(popIn(cite)).toBeHidden();
    await expect(marker).toBeFocused();

    // Once dismissed, Tab moves on past the hidden popover; coming back shows it again.
    const insideCite = () =>
      page.evaluate((citeId) => !!document.activeElement?.closest(`sup[data-cite="${citeId}"]`), id);
    await page.keyboard.press('Tab');
    expect(await insideCite(), 'Tab left the dismissed marker').toBe(false);
    await page.keyboard.press('Shift+Tab');
    await expect(marker, await focusReport(page)).toBeFocused();
    await expect(popIn(cite)).toBeVisible();

    // Tab goes into the popover's source link (it stays open), then out: focus is not trapped.
    await page.keyboard.press('Tab');
    await expect(popIn(cite).getByRole('link')).toBeFocused();
    await expect(popIn(cite)).toBeVisible();
    await page.keyboard.press('Tab');
    expect(await insideCite(), 'focus left the citation').toBe(false);
    await expect(popIn(cite)).toBeHidden();
  });

  test('the popover shows on hover, stays inside the viewport, can be hovered and Escape hides it', async ({
    page,
  }) => {
    await gotoReady(page, PAGE);
    const cite = page.locator('main table sup[data-cite]').last();
    await cite.scrollIntoViewIfNeeded();
    await markerIn(cite).hover();
    await expect(popIn(cite)).toBeVisible();
    const box = await popIn(cite).boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(1280);
    // The pointer can move onto the popover (to its link) without it closing.
    await popIn(cite).getByRole('link').hover();
    await expect(popIn(cite)).toBeVisible();
    // Escape hides it while the pointer stays (focus is elsewhere); leaving and coming back shows it.
    await page.keyboard.press('Escape');
    await expect(popIn(cite)).toBeHidden();
    await page.locator('main h1').hover();
    await markerIn(cite).hover();
    await expect(popIn(cite)).toBeVisible();
  });
});

test.describe('touch', () => {
  test.use({viewport: {width: 390, height: 844}, hasTouch: true, isMobile: true});

  test('a tap opens the source, a tap elsewhere closes it, a second tap follows the link', async ({page}) => {
    await gotoReady(page, PAGE);
    const cite = page.locator('main table sup[data-cite]').nth(2);
    const id = await cite.getAttribute('data-cite');
    await markerIn(cite).tap();
    await expect(popIn(cite)).toBeVisible();
    expect(new URL(page.url()).hash, 'the first tap does not leave the text').toBe('');
    const box = await popIn(cite).boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);

    await page.locator('main h1').tap();
    await expect(popIn(cite)).toBeHidden();

    await markerIn(cite).tap();
    await expect(popIn(cite)).toBeVisible();
    await markerIn(cite).tap();
    await expect(page).toHaveURL(new RegExp(`#cite-${id}$`));
  });
});

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false, viewport: {width: 390, height: 844}});

  test('a marker jumps to its list entry, which links back; focus shows the source', async ({page}) => {
    await page.goto(PAGE);
    const cite = page.locator('main sup[data-cite]').first();
    const id = await cite.getAttribute('data-cite');
    await markerIn(cite).focus();
    await expect(popIn(cite)).toBeVisible();

    await markerIn(cite).click();
    await expect(page).toHaveURL(new RegExp(`#cite-${id}$`));
    const entry = page.locator(`li#cite-${id}`);
    await expect(entry).toBeVisible();
    await expect(entry).toHaveAttribute('value', '1');
    const back = entry.getByRole('link', {name: 'Back to the text at source 1'});
    await expect(back).toHaveAttribute('href', `#cite-ref-${id}`);
    await back.click();
    await expect(page).toHaveURL(new RegExp(`#cite-ref-${id}$`));
    await expect(page.locator(`#cite-ref-${id}`)).toBeInViewport();
  });
});

for (const p of CHECKED_PAGES) {
  test(`/${p}: the page source list matches its markers`, async ({page}) => {
    await gotoReady(page, p);
    const markers = await page
      .locator('main sup[data-cite] > a')
      .evaluateAll((links) =>
        links.map((a) => ({id: a.closest('sup')!.getAttribute('data-cite')!, text: a.textContent ?? ''})),
      );
    expect(markers.length, 'markers on the page').toBeGreaterThan(0);
    const numbers = new Map<string, string>();
    for (const m of markers) {
      const n = /(\d+)/.exec(m.text)![1];
      if (numbers.has(m.id)) expect(n, `source ${m.id} keeps its number`).toBe(numbers.get(m.id));
      else numbers.set(m.id, n);
    }
    const byFirstUse = [...numbers.entries()];
    expect(
      byFirstUse.map(([, n]) => Number(n)),
      'numbered 1, 2, 3 … by first use',
    ).toEqual(byFirstUse.map((_, i) => i + 1));

    await expect(page.locator('#sources-on-this-page')).toHaveText(/Sources on this page/);
    const entries = await page
      .locator('main ol[data-page-sources] > li')
      .evaluateAll((lis) => lis.map((li) => [li.id.replace(/^cite-/, ''), li.getAttribute('value')]));
    expect(entries).toEqual(byFirstUse);
    // Every list entry links back to a marker that exists.
    for (const [id] of byFirstUse) {
      await expect(page.locator(`#cite-ref-${id}`)).toHaveCount(1);
    }
  });
}

test('axe stays clean with a popover open, in light and dark mode', async ({page}) => {
  await page.emulateMedia({reducedMotion: 'reduce'});
  for (const theme of ['light', 'dark']) {
    await gotoReady(page, `${PAGE}?docusaurus-theme=${theme}`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    const cite = page.locator('main table sup[data-cite]').first();
    await markerIn(cite).focus();
    await expect(popIn(cite)).toBeVisible();
    await expectNoAxeViolations(page, `/${PAGE} with a citation open (${theme})`);
  }
});

test('citations and the page source lists stay out of the search index', async ({page, baseURL}) => {
  await gotoReady(page, 'guide/faq/');
  const base = new URL(baseURL ?? '/').pathname;
  // Ask the index itself (Pagefind, in the browser): citation text and source lists are not in it.
  const counts = await page.evaluate(async (bundle) => {
    const pf = await import(/* webpackIgnore: true */ bundle);
    const count = async (q: string) => (await pf.search(q)).results.length;
    return {
      prose: await count('open weights'),
      sourcesHeading: await count('"Sources on this page"'),
      backLink: await count('"Back to the text at source"'),
    };
  }, `${base}pagefind/pagefind.js`);
  expect(counts.prose, 'the index has the prose').toBeGreaterThan(5);
  expect(counts.sourcesHeading, 'source lists are left out').toBe(0);
  expect(counts.backLink, 'citation back-links are left out').toBe(0);
});
