/**
 * Home page (issue #14 §5): the "Is ___ open source?" field suggests models and opens their pages
 * (mouse, keyboard, sub-path safe), the openness table shows ratings as words and shapes linked to
 * evidence with access kept neutral, the cards reach the tools, and without JavaScript the page
 * lists every model as a link.
 */
import {test, expect, gotoReady} from './fixtures';
import {expectNoAxeViolations} from './axe';

const field = (page: import('@playwright/test').Page) => page.getByRole('combobox', {name: /open source/});

test('typing "lla" suggests Llama; Enter opens the model page', async ({page}) => {
  await gotoReady(page, '');
  await field(page).fill('lla');
  const list = page.getByRole('listbox', {name: 'Suggested models'});
  await expect(list).toBeVisible();
  const options = list.getByRole('option');
  await expect(options.first()).toContainText(/llama/i);
  expect(await options.count()).toBeGreaterThan(1);
  // Every Llama comes before any model whose name only contains the letters ("Mistral Large").
  const texts = await options.allInnerTexts();
  const firstOther = texts.findIndex((t) => !/Llama/i.test(t));
  if (firstOther >= 0) for (const t of texts.slice(firstOther)) expect(t).not.toMatch(/Llama/i);
  for (const t of texts) expect(t.toLowerCase().replace(/[^a-z0-9]/g, '')).toContain('lla');
  await expect(field(page)).toHaveAttribute('aria-expanded', 'true');
  const firstName = (await options.first().locator('span').first().innerText()).trim();
  await field(page).press('Enter');
  await expect(page).toHaveURL(/\/models\/llama[a-z0-9-]*\/$/);
  await expect(page.getByRole('heading', {level: 1})).toContainText(firstName);
});

test('arrow keys choose a suggestion; clicking one opens it too', async ({page}) => {
  await gotoReady(page, '');
  await field(page).fill('gpt-oss');
  const options = page.getByRole('option');
  await expect(options.nth(1)).toBeVisible();
  await field(page).press('ArrowDown');
  await field(page).press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  const activeId = await options.nth(1).getAttribute('id');
  await expect(field(page)).toHaveAttribute('aria-activedescendant', activeId!);
  const second = (await options.nth(1).locator('span').first().innerText()).trim();
  await field(page).press('Enter');
  await expect(page.getByRole('heading', {level: 1})).toContainText(second);

  await gotoReady(page, '');
  await field(page).fill('deeps');
  await page.getByRole('option').first().click();
  await expect(page).toHaveURL(/\/models\/deepseek[a-z0-9-]*\/$/);
});

test('the openness table: words and shapes linked to evidence; access is not a rating', async ({page}) => {
  await gotoReady(page, '');
  const glance = page.getByTestId('openness-glance');
  await expect(glance).toBeVisible();
  for (const id of ['chatgpt', 'gpt-oss-120b', 'llama-4-maverick', 'deepseek-r1'])
    await expect(glance.locator(`tr[data-model="${id}"]`)).toHaveCount(1);
  const cells = glance.locator('td[data-level]');
  expect(await cells.count()).toBeGreaterThan(10);
  for (const cell of await cells.all()) {
    const level = await cell.getAttribute('data-level');
    const link = cell.getByRole('link');
    // Not colour alone: each rating says its level in words (visible or for screen readers) and a shape.
    await expect(link).toContainText(new RegExp(`^[●◐○] ?${level![0].toUpperCase()}${level!.slice(1)}`));
    expect(await link.getAttribute('href')).toMatch(/^https:\/\//);
  }
  // ChatGPT's weights are closed even though it has an API: access is shown as plain text.
  const chatgpt = glance.locator('tr[data-model="chatgpt"]');
  await expect(chatgpt.locator('td[data-level]').first()).toHaveAttribute('data-level', 'closed');
  await expect(chatgpt.locator('th')).toContainText('Hosted API');
  await expect(chatgpt.locator('th [data-level]')).toHaveCount(0);
  // Model names open model pages.
  await expect(chatgpt.getByRole('link', {name: 'ChatGPT', exact: true})).toHaveAttribute(
    'href',
    /models\/chatgpt\/$/,
  );
});

test('home cards reach the model explorer, the calculator and the chooser', async ({page}) => {
  await gotoReady(page, '');
  const cards = page.locator('section[aria-labelledby="sections-heading"]');
  for (const [name, href] of [
    ['Model explorer', /\/models\/$/],
    ['Cost calculator', /\/calculator\/$/],
    ['Which should I use?', /\/chooser\/$/],
  ] as const)
    await expect(cards.getByRole('link', {name, exact: true})).toHaveAttribute('href', href);
});

for (const mode of ['light', 'dark'] as const) {
  for (const width of [390, 1280]) {
    test(`first screen at ${width} px (${mode}): no sideways scroll, field and table readable`, async ({
      page,
    }) => {
      await page.setViewportSize({width, height: width === 390 ? 844 : 800});
      await gotoReady(page, `?docusaurus-theme=${mode}`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', mode);
      const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
      expect(widths[0]).toBeLessThanOrEqual(widths[1]);
      await expect(field(page)).toBeVisible();
      const glance = page.getByTestId('openness-glance');
      const box = (await glance.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      if (width === 1280) {
        // The right half: beside the answer, on the first screen.
        const h1 = (await page.getByRole('heading', {level: 1}).boundingBox())!;
        expect(box.x).toBeGreaterThan(h1.x + 200);
        expect(box.y).toBeLessThan(800);
      }
      await field(page).fill('lla');
      await expect(page.getByRole('listbox', {name: 'Suggested models'})).toBeVisible();
      await expectNoAxeViolations(page, `home with suggestions, ${width} px (${mode})`);
    });
  }
}

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  test('the home page lists every model as a link, and the field falls back to the explorer', async ({
    page,
  }) => {
    await page.goto('');
    const list = page.getByTestId('all-models');
    await expect(list).toBeVisible();
    const links = list.getByRole('listitem').getByRole('link');
    const data = await (await page.request.get('data/models.json')).json();
    await expect(links).toHaveCount(data.models.length);
    await expect(list.getByRole('link', {name: 'Llama 4 Maverick'})).toHaveAttribute(
      'href',
      /models\/llama-4-maverick\/$/,
    );
    // The field is a plain form: Check opens the model explorer with the query.
    await page.getByRole('combobox', {name: /open source/}).fill('llama');
    await page.getByRole('button', {name: 'Check'}).click();
    await expect(page).toHaveURL(/\/models\/\?q=llama$/);
  });
});
