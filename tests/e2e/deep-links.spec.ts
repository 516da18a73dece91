/**
 * Deep links, under both base URLs: the heading "copy link" button (accessible name, hidden until
 * hover or keyboard focus, ≥ 24×24 px, copies the absolute section URL and announces it), arriving
 * at a #fragment scrolls the heading below the sticky navbar, and renamed pages redirect.
 */
import {expectNoAxeViolations} from './axe';
import {test, expect, gotoReady} from './fixtures';

const PAGE = 'guide/is-chatgpt-open-source/';

test('h2–h4 headings with an id get a copy-link button, and only they do', async ({page}) => {
  await gotoReady(page, PAGE);
  const headings = page.locator('article :is(h2, h3, h4)[id]');
  const count = await headings.count();
  expect(count).toBeGreaterThan(3);
  await expect(page.locator('article button[aria-label^="Copy link to section: "]')).toHaveCount(count);
  await expect(page.locator('article h1 button')).toHaveCount(0);
  const labels = await page
    .locator('article button[aria-label^="Copy link to section: "]')
    .evaluateAll((els) => els.map((el) => [el.getAttribute('aria-label'), el.textContent]));
  for (const [label, text] of labels) {
    expect(label).toMatch(/^Copy link to section: \S/);
    expect(text, 'icon only: no text content').toBe('');
  }
});

test(
  'copy link copies the absolute section URL and announces it',
  {tag: '@base-path'},
  async ({page, context, baseURL}) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(baseURL!).origin,
    });
    await gotoReady(page, `${PAGE}?utm=x`);
    const heading = page.locator('h2#what-is-closed');
    const button = heading.getByRole('button', {name: 'Copy link to section: What exactly is closed'});
    await expect(button).toHaveCount(1);
    await expect(button.locator('svg[aria-hidden="true"]')).toHaveCount(1);

    const opacity = () => button.evaluate((el) => getComputedStyle(el).opacity);
    await page.mouse.move(0, 0);
    await expect.poll(opacity, 'hidden until hover or focus').toBe('0');
    await heading.hover();
    await expect.poll(opacity, 'visible on hover').toBe('1');

    const box = await button.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(24);
    expect(box?.height).toBeGreaterThanOrEqual(24);

    await button.click();
    const expected = new URL(`${PAGE}#what-is-closed`, baseURL).href;
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    await expect(page.getByRole('status').filter({hasText: 'Link copied'})).toHaveText('Link copied');
  },
);

test('the copy-link button shows on keyboard focus', async ({page}) => {
  await gotoReady(page, PAGE);
  const button = page.locator('h2#what-is-closed button');
  // Reach the button with the keyboard: start from the heading's hash link and Shift+Tab back.
  await page.locator('h2#what-is-closed a.hash-link').focus();
  await page.keyboard.press('Shift+Tab');
  await expect(button).toBeFocused();
  await expect.poll(() => button.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
  await expect.poll(() => button.evaluate((el) => el.matches(':focus-visible'))).toBe(true);
});

test('arriving at a #fragment puts the heading below the sticky navbar', async ({page}) => {
  await gotoReady(page, `${PAGE}#what-is-closed`);
  const navbar = await page.locator('nav.navbar').boundingBox();
  expect(navbar, 'navbar').not.toBeNull();
  const heading = page.locator('h2#what-is-closed');
  await expect
    .poll(async () => (await heading.boundingBox())?.y ?? -1)
    .toBeGreaterThanOrEqual(navbar!.height);
  const box = await heading.boundingBox();
  const viewport = page.viewportSize();
  expect(box!.y, 'heading is in view').toBeLessThan(viewport!.height / 2);
  expect(await page.evaluate(() => window.scrollY), 'the page scrolled').toBeGreaterThan(0);
});

test('the old URL of a renamed page ends on the new page', {tag: '@base-path'}, async ({page, baseURL}) => {
  await page.goto('guide/short-answer/');
  await expect(page).toHaveURL(new URL('guide/is-chatgpt-open-source/', baseURL).href);
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
  await expect(page.locator('h1')).toHaveText('Is ChatGPT open source?');
});

test(
  'old model URLs reach their pages: renamed family pages redirect, ids that became families show them',
  {tag: '@base-path'},
  async ({page, baseURL}) => {
    for (const [old, now, h1] of [
      ['models/claude-family/', 'models/claude/', 'Is Claude open source?'],
      ['models/gemini-family/', 'models/gemini/', 'Is Gemini open source?'],
      ['models/olmo-family/', 'models/olmo/', 'Is OLMo open source?'],
      // These three were records; the id now names the family, whose page links the record.
      ['models/claude/', 'models/claude/', 'Is Claude open source?'],
      ['models/olmo/', 'models/olmo/', 'Is OLMo open source?'],
    ] as const) {
      await test.step(old, async () => {
        await page.goto(old);
        await expect(page).toHaveURL(new URL(now, baseURL).href);
        await expect(page.locator('h1')).toHaveText(h1);
      });
    }
    await expect(page.getByRole('link', {name: 'OLMo (first release)'}).first()).toHaveAttribute(
      'href',
      /models\/olmo-1\/$/,
    );
  },
);

test('the copy-link button is not in the static HTML (search index, no-JS readers)', async ({request}) => {
  const html = await (await request.get(PAGE)).text();
  expect(html).toContain('id=what-is-closed');
  expect(html).not.toContain('Copy link to section');
});

test('headings with the copy-link button pass axe, hovered and focused', async ({page}) => {
  await gotoReady(page, PAGE);
  const heading = page.locator('h2#what-is-closed');
  await heading.hover();
  await heading.getByRole('button').focus();
  await expectNoAxeViolations(page, 'headings with copy-link buttons', {
    allRules: true,
    include: ['article h2', 'article h3'],
  });
});
