/**
 * Tables on phones and laptops (issue #14):
 *  - every sticky table cell is painted opaque, in light and dark mode, also while its row is
 *    hovered, so columns scrolling under it cannot show through ("ULMFiT" over "Not listed");
 *  - (at 390px no page scrolls sideways and every rating lies within the viewport: pages.spec.ts);
 *  - /models/ shows cards at 390px and a table at 1280px, from the same markup;
 *  - /guide/open-alternatives/ lists its open-weight models from the dataset without JavaScript.
 */
import type {Page} from '@playwright/test';
import {test, expect, gotoReady} from './fixtures';
import {models} from '../../src/data/models';
import {releaseClass} from '../../src/lib/models';

const PHONE = {width: 390, height: 844};
const LAPTOP = {width: 1280, height: 800};
const MODES = ['light', 'dark'] as const;
/** Pages with sticky table columns (the side-by-side comparisons and the explorer). */
const STICKY_PAGES = [
  'models/',
  'guide/is-chatgpt-open-source/',
  'guide/open-source-vs-open-weights/',
  'guide/open-alternatives/',
];

/** Alpha of a computed CSS colour: rgb(), rgba(), color(srgb … / a) or `transparent`. */
function alphaOf(color: string): number {
  if (color === 'transparent') return 0;
  const slash = /\/\s*([\d.]+)(%?)\s*\)$/.exec(color);
  if (slash) return slash[2] ? Number(slash[1]) / 100 : Number(slash[1]);
  const rgba = /^rgba\(([^)]+)\)$/.exec(color);
  if (rgba) return Number(rgba[1].split(',')[3]);
  return 1;
}

test('alphaOf reads the colour forms Chromium computes', () => {
  expect(alphaOf('rgb(255, 255, 255)')).toBe(1);
  expect(alphaOf('rgba(0, 0, 0, 0)')).toBe(0);
  expect(alphaOf('rgba(0, 0, 0, 0.03)')).toBe(0.03);
  expect(alphaOf('color(srgb 0.97 0.97 0.98)')).toBe(1);
  expect(alphaOf('color(srgb 0.97 0.97 0.98 / 0.5)')).toBe(0.5);
  expect(alphaOf('transparent')).toBe(0);
});

interface StickyCell {
  text: string;
  background: string;
}

/** Table cells that are position: sticky, with their computed background colour. */
async function stickyCells(page: Page): Promise<StickyCell[]> {
  return page.locator('main table').evaluateAll((tables) =>
    tables.flatMap((table) =>
      [...table.querySelectorAll('th, td')]
        .filter((cell) => getComputedStyle(cell).position === 'sticky')
        .map((cell) => ({
          text: (cell.textContent ?? '').trim().slice(0, 40),
          background: getComputedStyle(cell).backgroundColor,
        })),
    ),
  );
}

test.describe('sticky cells', () => {
  test.use({reducedMotion: 'reduce'});

  // One page load per page: the two colour modes come from the theme's own toggle (it swaps
  // colours on the same DOM) and the two widths from resizing, which re-applies the same
  // stylesheet's media queries, as a reader turning a tablet would.
  for (const p of STICKY_PAGES) {
    test(`/${p}: every sticky table cell is opaque in both modes, on a phone and a laptop, also on a hovered row`, async ({
      page,
    }) => {
      await page.setViewportSize(PHONE);
      await gotoReady(page, `${p}?docusaurus-theme=${MODES[0]}`);
      for (const mode of MODES) {
        if (mode !== MODES[0]) {
          await page.mouse.move(0, 0);
          await page.getByRole('button', {name: /switch between dark and light mode/i}).click();
        }
        await expect(page.locator('html')).toHaveAttribute('data-theme', mode);
        for (const viewport of [PHONE, LAPTOP]) {
          await test.step(`${viewport.width}px, ${mode} mode`, async () => {
            await page.setViewportSize(viewport);
            const cells = await stickyCells(page);
            // On a laptop each of these pages has a grid with a sticky first column; on a phone
            // the grids are cards and may have none, which is fine: nothing scrolls under anything.
            if (viewport === LAPTOP) expect(cells.length, `sticky cells on /${p}`).toBeGreaterThan(0);
            for (const cell of cells) {
              expect(alphaOf(cell.background), `"${cell.text}" background ${cell.background}`).toBe(1);
            }
            if (viewport === LAPTOP) {
              const stickyRow = page.locator('main table tbody tr').filter({
                has: page.locator('th[scope=row]'),
              });
              await stickyRow.first().hover();
              for (const cell of await stickyCells(page)) {
                expect(alphaOf(cell.background), `hovered "${cell.text}" ${cell.background}`).toBe(1);
              }
            }
          });
        }
        // Ends at the laptop width, where the next mode's toggle is in the navbar.
      }
    });
  }
});

const row = 'main table tbody tr[id^="model-"]';

test.describe('/models/ at 390px', () => {
  test.use({viewport: PHONE});
  test('rows are cards: name, ratings and license in one box, column names shown', async ({page}) => {
    await gotoReady(page, 'models/');
    const first = page.locator(row).first();
    expect(await first.evaluate((el) => getComputedStyle(el).display)).toBe('grid');
    const box = (await first.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    // Each of the eight ratings sits inside the card with its column name and its word shown.
    const ratingCells = first.locator('td:has([data-rating])');
    await expect(ratingCells).toHaveCount(8);
    for (const cell of await ratingCells.all()) {
      const label = await cell.evaluate((el) => getComputedStyle(el, '::before').content);
      expect(label).toMatch(
        /Weights|Inference code|Training code|Training data|Data documentation|Paper|Model card|License/,
      );
      await expect(cell.locator('[data-rating] > span:not([aria-hidden="true"])')).toBeVisible();
      const r = (await cell.boundingBox())!;
      expect(r.x).toBeGreaterThanOrEqual(box.x);
      expect(r.x + r.width).toBeLessThanOrEqual(box.x + box.width + 0.5);
    }
    // The verdicts and the score are in the card too.
    await expect(first.locator('[data-verdict]')).toHaveCount(2);
    await expect(first.locator('td[data-score]')).toBeVisible();
    // The non-sortable column headers are hidden on screen but stay in the table for screen readers.
    await expect(page.locator('main table thead th', {hasText: 'Training data'}).first()).toHaveCSS(
      'position',
      'absolute',
    );
    // The sort buttons are still there, as chips.
    await expect(page.getByRole('button', {name: /^Model/})).toBeVisible();
  });
});

test.describe('/models/ at 1280px', () => {
  test.use({viewport: LAPTOP});
  test('rows are table rows with visible column headers and a sticky name column', async ({page}) => {
    await gotoReady(page, 'models/');
    const first = page.locator(row).first();
    expect(await first.evaluate((el) => getComputedStyle(el).display)).toBe('table-row');
    await expect(page.locator('main table thead th', {hasText: 'Training data'}).first()).toBeVisible();
    await expect(first.locator('th[scope=row]')).toHaveCSS('position', 'sticky');
    const label = await first
      .locator('td:has([data-rating])')
      .first()
      .evaluate((el) => getComputedStyle(el, '::before').content);
    expect(label).toBe('none');
  });
});

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false, viewport: PHONE});
  test('/guide/open-alternatives/ lists every model with downloadable weights', async ({page}) => {
    const response = await page.goto('guide/open-alternatives/');
    expect(response?.status()).toBe(200);
    const expected = models.filter((m) => releaseClass(m) !== 'hosted-only');
    expect(expected.length).toBeGreaterThan(20);
    const table = page.locator('main table', {
      has: page.locator('caption', {hasText: 'Models with downloadable weights'}),
    });
    await expect(table).toBeVisible();
    // textContent, not innerText: on a phone the cards off screen are not laid out yet
    // (content-visibility: auto), and innerText reads rendered text only.
    const names = await table.locator('tbody tr th[scope=row] a[href*="/models/"]').allTextContents();
    expect(names.map((n) => n.trim()).sort()).toEqual(expected.map((m) => m.name).sort());
    // Closed models are not in this table (the explorer at /models/ has every model).
    expect(names).not.toContain('ChatGPT');
    // Each row carries its permalink id (#model-<id>), once.
    const ids = await page.locator('[id^="model-"]').evaluateAll((els) => els.map((el) => el.id));
    expect(ids.sort()).toEqual(expected.map((m) => `model-${m.id}`).sort());
  });
});

test.describe('scroll cues', () => {
  test.use({viewport: {width: 1280, height: 900}});

  // The open alternatives table is a static island (never hydrated): the cue comes from plain DOM
  // code (src/clientModules/tableScroll.ts), so it must work there as on hydrated tables.
  test('a wide table shows "Scroll →" and fades the hidden edge until scrolled to its end', async ({
    page,
  }) => {
    await gotoReady(page, 'guide/open-alternatives/');
    const frame = page
      .locator('main [data-table-scroll]')
      .filter({has: page.locator('table[data-part]')})
      .first();
    const hint = frame.locator(':scope > [aria-hidden="true"]');
    await expect(frame).toHaveAttribute('data-fade-end', '');
    await expect(hint).toBeVisible();
    await expect(hint).toHaveText('Scroll →');
    const region = frame.getByRole('region');
    await region.evaluate((el) => el.scrollTo({left: el.scrollWidth}));
    await expect(frame).not.toHaveAttribute('data-fade-end', '');
    await expect(frame).toHaveAttribute('data-fade-start', '');
    await expect(hint).toBeHidden();
  });

  test('a table that fits shows no cue', async ({page}) => {
    // gpt-oss's scorecard (a static island) fits the docs column at this width.
    await gotoReady(page, 'guide/gpt-oss/');
    const frame = page
      .locator('main [data-table-scroll]')
      .filter({has: page.getByRole('region', {name: /^Openness of/})});
    await expect(frame.getByRole('region')).toHaveJSProperty(
      'scrollWidth',
      await frame.getByRole('region').evaluate((el) => el.clientWidth),
    );
    await expect(frame).toBeVisible();
    await expect(frame).not.toHaveAttribute('data-fade-end', '');
    await expect(frame.locator(':scope > [aria-hidden="true"]')).toBeHidden();
  });
});
