/**
 * Search (Pagefind, issue #26): accessibility of the search box while in use, the keyboard
 * shortcuts, results linking to sections, ranking of question-shaped queries, filters on the
 * results page. Odd input is in search-input.spec.ts.
 */
import type {Page} from '@playwright/test';
import {test, expect, gotoReady} from './fixtures';
import {expectNoAxeViolations} from './axe';
import {models} from '../../src/data/models';

test('the search box passes axe while showing results, in both modes', async ({page}) => {
  for (const mode of ['light', 'dark']) {
    await gotoReady(page, `guide/faq/?docusaurus-theme=${mode}`);
    const input = page.locator('input.navbar__search-input');
    await input.click();
    await input.fill('gpt-oss');
    await expect(page.locator('.aa-dropdown-menu, [role="listbox"]').first()).toBeVisible();
    await expectNoAxeViolations(page, `search dropdown (${mode})`);
  }
});

/** Query → the page (and optionally the section) the first result must open. */
const QUERIES: Array<[string, string, string?]> = [
  ['is chatgpt open source', 'guide/is-chatgpt-open-source/'],
  ['gpt-oss license', 'guide/gpt-oss/'],
  ['open weights', 'guide/open-source-vs-open-weights/'],
  ['llama license', 'guide/open-alternatives/', '#llama'],
  ['run locally', 'guide/run-locally/'],
  ['cost per million tokens', 'guide/costs/'],
  ['OSI definition', 'guide/open-source-vs-open-weights/', '#osaid'],
  ['ollama', 'guide/run-locally/', '#ollama'],
  ['break-even', 'guide/costs/', '#break-even'],
];

/**
 * Under the sub-path only one query of each list runs again: result URLs are built by the same code
 * for every query and the index holds the same text, so the other queries would repeat the check.
 */
const BASE_PATH_SAMPLE = new Set(['llama license', 'cost calculator', 'is llama open source']);
const basePathTag = (query: string) => (BASE_PATH_SAMPLE.has(query) ? {tag: '@base-path'} : {});

/**
 * Types each query into the navbar's search box of a docs page and presses Enter, one query after
 * another in the same browser page (a named step each): the page reloads for every query, so each
 * starts with an empty box as a reader's would, but the index comes from the browser's cache
 * instead of a new browser context's first download. (Typing the next query on the result page
 * instead let the dropdown show the previous query's options for a moment, and Enter could pick
 * one of them.) `check` runs on the page the first result opened. With `fullList` false (the
 * sub-path project) only the sample queries run.
 */
async function searchEach<Q extends [string, string, ...unknown[]]>(
  page: Page,
  baseURL: string | undefined,
  queries: Q[],
  fullList: boolean,
  check: (query: Q) => Promise<void>,
): Promise<void> {
  const run = queries.filter(([query]) => fullList || BASE_PATH_SAMPLE.has(query));
  expect(run.length, 'queries to run').toBeGreaterThan(0);
  const input = page.locator('input.navbar__search-input');
  for (const q of run) {
    const [query, expectedPage] = q;
    await test.step(`search "${query}"`, async () => {
      await gotoReady(page, 'guide/glossary/');
      await input.fill(query);
      await expect(page.locator('[role="listbox"] [role="option"]').first()).toBeVisible();
      await input.press('Enter');
      await expect
        .poll(() => new URL(page.url()).pathname, {message: `first result for "${query}"`})
        .toBe(new URL(expectedPage, baseURL).pathname);
      await check(q);
    });
  }
}

test(
  "each query's first result opens the page and section that answers it",
  {tag: '@base-path'},
  async ({page, baseURL, fullPageChecks}) => {
    await searchEach(page, baseURL, QUERIES, fullPageChecks, async ([query, , expectedHash]) => {
      if (expectedHash) expect(new URL(page.url()).hash, `section for "${query}"`).toBe(expectedHash);
      // The search term is highlighted on the page it lands on (where the reader can see it).
      await expect(page.locator('article mark:visible').first()).toBeVisible();
    });
  },
);

test('Ctrl+K focuses the search box, and Tab moves focus on instead of losing it', async ({page}) => {
  await gotoReady(page, 'guide/faq/');
  await page.keyboard.press('Control+k');
  const input = page.locator('input.navbar__search-input');
  await expect(input).toBeFocused();
  await input.fill('gpt-oss');
  await expect(page.locator('[role="listbox"] [role="option"]').first()).toBeVisible();
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement?.tagName ?? 'none');
  expect(focused, 'focus after Tab from the search box').not.toBe('BODY');
});

test('Tabbing past the search box while its index loads leaves focus where the reader put it', async ({
  page,
}) => {
  // The index arrives late, as on a slow connection: the reader has moved on by then. (The old
  // search plugin used to focus its box again at that moment.)
  await page.route(
    (url) => url.pathname.endsWith('/pagefind/pagefind-entry.json'),
    async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 600));
      await route.continue();
    },
  );
  await gotoReady(page, 'guide/faq/');
  // Focusing the box starts loading the index; listen before that, as the delayed answer can come
  // back while the test is still tabbing on.
  const indexArrived = page.waitForResponse((r) =>
    new URL(r.url()).pathname.endsWith('/pagefind/pagefind-entry.json'),
  );
  const input = page.locator('input.navbar__search-input');
  // Reach the box by keyboard, as a reader would, then Tab on.
  for (let i = 0; i < 40 && !(await input.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(input, 'Tab reached the search box').toBeFocused();
  await page.keyboard.press('Tab');
  await expect(input).not.toBeFocused();
  const away = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120) ?? '');
  // Wait until the delayed index has arrived, then check that nothing moved the focus.
  await indexArrived;
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
  expect(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120) ?? '')).toBe(away);
  // The shortcut still focuses the box.
  await page.keyboard.press('Control+k');
  await expect(input).toBeFocused();
});

test(
  'the results page lists matches with excerpts and links to sections',
  {tag: '@base-path'},
  async ({page}) => {
    await gotoReady(page, 'search/?q=gpt-oss%20license');
    const results = page.locator('article h2 a');
    await expect(results.first()).toBeVisible();
    expect(await results.count()).toBeGreaterThan(1);
    const hrefs = await results.evaluateAll((els) => els.map((a) => a.getAttribute('href') ?? ''));
    expect(
      hrefs.some((h) => h.includes('#')),
      'some results link to a section',
    ).toBe(true);
    await expect(page.locator('article mark:visible').first()).toBeVisible();
  },
);

/** Tool pages: query → the page the first result must open, and that page's h1. */
const TOOL_QUERIES: Array<[string, string, string]> = [
  ['calculator', 'calculator/', 'API vs open-weight cost calculator'],
  ['cost calculator', 'calculator/', 'API vs open-weight cost calculator'],
  ['chooser', 'chooser/', 'Which should I use?'],
  ['model explorer', 'models/', 'Model explorer'],
];

test(
  "each tool query's first result opens the tool page",
  {tag: '@base-path'},
  async ({page, baseURL, fullPageChecks}) => {
    await searchEach(page, baseURL, TOOL_QUERIES, fullPageChecks, async ([, , h1]) => {
      await expect(page.locator('h1')).toHaveText(h1);
    });
  },
);

/** Result links on the results page, without the highlight query the plugin appends. */
async function resultLinks(page: Page, query: string): Promise<string[]> {
  await gotoReady(page, `search/?q=${encodeURIComponent(query)}`);
  const results = page.locator('article h2 a');
  await expect(results.first()).toBeVisible();
  return results.evaluateAll((els) =>
    els.map((a) => {
      const url = new URL((a as HTMLAnchorElement).href);
      return url.pathname + url.hash;
    }),
  );
}

test('search finds the chooser for "which model should I use" and a Llama page for "llama"', async ({
  page,
  baseURL,
}) => {
  const base = new URL(baseURL ?? '/').pathname;
  expect(await resultLinks(page, 'which model should I use')).toContain(`${base}chooser/`);
  const llama = await resultLinks(page, 'llama');
  expect(
    llama.slice(0, 3).some((link) => link.includes('#is-llama-open-source') || link.includes('#llama')),
    `a Llama section among the first results: ${llama.slice(0, 3).join(', ')}`,
  ).toBe(true);
});

/**
 * Model pages are in the index (issue #13 §5): a question about one model finds its page first or
 * second, and the guide's section on it is still among the results.
 */
const MODEL_QUERIES: Array<[string, RegExp, RegExp, number]> = [
  // query, a model or family page (/models/llama/ answers "is llama open source"; a link into one of
  // its sections counts) it must rank first or second, and a guide section that must rank within `top`
  [
    'is llama open source',
    /^models\/llama(-[a-z0-9-]+)?\/(#[a-z0-9-]+)?$/,
    /^guide\/faq\/#is-llama-open-source$/,
    2,
  ],
  [
    'deepseek',
    /^models\/deepseek(-[a-z0-9-]+)?\/(#[a-z0-9-]+)?$/,
    /^guide\/open-alternatives\/#deepseek$/,
    2,
  ],
  ['kimi license', /^models\/kimi-k2(-5)?\/(#[a-z0-9-]+)?$/, /^guide\//, 8],
  ['olmo training data', /^models\/olmo(-[a-z0-9-]+)?\/(#[a-z0-9-]+)?$/, /^guide\//, 8],
];

for (const sample of BASE_PATH_SAMPLE) {
  if (![...QUERIES, ...TOOL_QUERIES, ...MODEL_QUERIES].some(([query]) => query === sample)) {
    throw new Error(`search.spec: the sub-path sample query "${sample}" is in no list.`);
  }
}

for (const [query, modelPage, guideSection, top] of MODEL_QUERIES) {
  test(
    `search "${query}" ranks the model page first or second, with a guide section`,
    basePathTag(query),
    async ({page, baseURL}) => {
      const base = new URL(baseURL ?? '/').pathname;
      const relative = (link: string) => (link.startsWith(base) ? link.slice(base.length) : link);
      // The results page: every match, in rank order.
      const links = (await resultLinks(page, query)).map(relative);
      expect(
        links.slice(0, 2).some((l) => modelPage.test(l)),
        `a model page first or second for "${query}": ${links.slice(0, 4).join(', ')}`,
      ).toBe(true);
      expect(
        links.slice(0, top).some((l) => guideSection.test(l)),
        `a guide section among the first ${top} for "${query}": ${links.slice(0, 8).join(', ')}`,
      ).toBe(true);
      // The dropdown ranks the same way: Enter on its first or second option opens a model page.
      const opened: string[] = [];
      // Enter with no option chosen opens the first; ArrowDown twice chooses the second.
      for (const downs of [0, 2]) {
        await gotoReady(page, 'guide/glossary/');
        const input = page.locator('input.navbar__search-input');
        await input.fill(query);
        await expect(page.locator('[role="listbox"] [role="option"]').nth(1)).toBeVisible();
        for (let i = 0; i < downs; i++) await input.press('ArrowDown');
        const before = page.url();
        await input.press('Enter');
        await expect.poll(() => page.url()).not.toBe(before);
        const url = new URL(page.url());
        opened.push(relative(url.pathname));
      }
      expect(
        opened.some((l) => modelPage.test(l)),
        `dropdown's first two options for "${query}" open ${opened.join(', ')}`,
      ).toBe(true);
    },
  );
}

const DUPLICATE_QUERIES = [
  'is llama open source',
  'kimi license',
  'llama license',
  'deepseek',
  'llama',
  'gpt-oss',
  'open weights',
  'license',
  'calculator',
];

test('no result appears twice, on the results page or in the dropdown', async ({page}) => {
  for (const query of DUPLICATE_QUERIES) {
    const links = await resultLinks(page, query);
    expect(links.length, `results for "${query}"`).toBeGreaterThan(0);
    const repeated = links.filter((link, i) => links.indexOf(link) !== i);
    expect(repeated, `results page for "${query}" lists the same destination twice`).toEqual([]);
    const titles = await page
      .locator('article')
      .evaluateAll((els) =>
        els.map((el) => `${el.querySelector('h2')?.textContent} | ${el.querySelector('p')?.textContent}`),
      );
    expect(
      titles.filter((t, i) => titles.indexOf(t) !== i),
      `same title and path twice for "${query}"`,
    ).toEqual([]);
  }
  await gotoReady(page, 'guide/glossary/');
  const input = page.locator('input.navbar__search-input');
  for (const query of DUPLICATE_QUERIES) {
    await input.fill(query);
    const options = page.locator('[role="listbox"] [role="option"]');
    await expect(options.first()).toBeVisible();
    const texts = await options.evaluateAll((els) => els.map((el) => (el as HTMLElement).innerText.trim()));
    expect(
      texts.filter((t, i) => texts.indexOf(t) !== i),
      `dropdown for "${query}"`,
    ).toEqual([]);
    // A heading and the text under it were two results; the heading must not be listed both as a
    // result title and as the last step of another result's path.
    // A page and one of its sections are two results only when they are different places: the same
    // page title with the same section never appears twice.
    const places = await options.evaluateAll((els) =>
      els
        .filter((el) => el.querySelector('[data-hit-title]'))
        .map(
          (el) =>
            `${el.querySelector('[data-hit-title]')?.textContent} › ${el.querySelector('[data-hit-section]')?.textContent ?? ''}`,
        ),
    );
    expect(
      places.filter((t, i) => places.indexOf(t) !== i),
      `same page and section twice for "${query}"`,
    ).toEqual([]);
  }
});

test('result titles on the results page are not heading-sized or underlined', async ({page}) => {
  await gotoReady(page, 'search/?q=gpt-oss');
  const link = page.locator('article h2 a').first();
  await expect(link).toBeVisible();
  const style = await link.evaluate((el) => ({
    size: parseFloat(getComputedStyle(el).fontSize),
    body: parseFloat(getComputedStyle(document.body).fontSize),
    line: getComputedStyle(el).textDecorationLine,
  }));
  expect(style.size).toBeLessThanOrEqual(style.body * 1.2);
  expect(style.line).toBe('none');
});

for (const mode of ['light', 'dark']) {
  test(`search highlights are soft in ${mode} mode`, async ({page}) => {
    await gotoReady(page, `search/?q=gpt-oss&docusaurus-theme=${mode}`);
    const mark = page.locator('article mark:visible').first();
    await expect(mark).toBeVisible();
    const background = await mark.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background, 'not the browser’s pure yellow').not.toBe('rgb(255, 255, 0)');
    if (mode === 'dark') {
      const [r, g, b] = background.match(/\d+/g)!.map(Number);
      expect(0.2126 * r + 0.7152 * g + 0.0722 * b, 'a dim background in dark mode').toBeLessThan(90);
    }
    await expectNoAxeViolations(page, `search results page (${mode})`);
  });
}

test.describe('on a phone', () => {
  test.use({viewport: {width: 390, height: 844}, hasTouch: true, isMobile: true});
  test('the dropdown shows each result’s excerpt and path in full, without ellipsis', async ({page}) => {
    await gotoReady(page, 'guide/glossary/');
    const input = page.locator('input.navbar__search-input');
    await input.click();
    await input.fill('llama license');
    const options = page.locator('[role="listbox"] [role="option"]');
    await expect(options.first()).toBeVisible();
    const clipped = await options.evaluateAll((els) =>
      els.flatMap((el) =>
        [...el.querySelectorAll<HTMLElement>('span > span')]
          .filter((span) => span.scrollWidth > span.clientWidth + 1)
          .map((span) => span.textContent ?? ''),
      ),
    );
    expect(clipped).toEqual([]);
    const box = await page.locator('[role="listbox"]').boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  });
});

/**
 * Question-shaped queries for the pages the catalog and tools added (issue #26 §4): the page that
 * answers is among the first two results.
 */
const QUESTION_QUERIES: Array<[string, RegExp]> = [
  ['which model should I use', /^chooser\/$/],
  ['cost of self-hosting', /^(calculator\/|guide\/costs\/#self-hosting[a-z-]*)$/],
  ['can I use flux commercially', /^models\/flux-1(-[a-z-]+)?\/$/],
  ['open source alternative to midjourney', /^guide\/beyond-chat\/(#images)?$/],
  ['open alternative to midjourney', /^guide\/beyond-chat\/(#images)?$/],
  ['is chatgpt open source', /^guide\/is-chatgpt-open-source\/$/],
  ['gpt-oss license', /^guide\/gpt-oss\/(#license)?$/],
  ['what changed in the guide', /^changes\/$/],
];

test('question-shaped queries find the page that answers them first or second', async ({page, baseURL}) => {
  const base = new URL(baseURL ?? '/').pathname;
  for (const [query, answer] of QUESTION_QUERIES) {
    const links = (await resultLinks(page, query)).map((l) =>
      l.startsWith(base) ? l.slice(base.length) : l,
    );
    expect(
      links.slice(0, 2).some((l) => answer.test(l)),
      `"${query}" → ${links.slice(0, 4).join(', ')}`,
    ).toBe(true);
  }
});

test('the results page filters by kind of page and by what a model makes; the URL keeps them and Back restores', async ({
  page,
}) => {
  await gotoReady(page, 'search/?q=open');
  const links = page.locator('article h2 a');
  await expect(links.first()).toBeVisible();
  await page.getByLabel('Kind of page').selectOption('Model');
  await expect(page).toHaveURL(/[?&]kind=Model(&|$)/);
  await expect(links.first()).toBeVisible();
  const modelLinks = await links.evaluateAll((els) =>
    els.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
  expect(modelLinks.length).toBeGreaterThan(3);
  expect(
    modelLinks.filter((l) => !/\/models\/[a-z0-9-]+\/$/.test(l)),
    'only model pages',
  ).toEqual([]);

  await page.getByLabel('Makes').selectOption('Image');
  await expect(page).toHaveURL(/[?&]makes=Image(&|$)/);
  await expect
    .poll(async () => (await links.count()) > 0 && (await links.count()) < modelLinks.length)
    .toBe(true);
  const imageLinks = await links.evaluateAll((els) =>
    els.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
  const makers = new Set(models.filter((m) => m.outputs.includes('image')).map((m) => m.id));
  expect(
    imageLinks.filter((l) => !makers.has(l.split('/').at(-2) ?? '')),
    'only models that make images',
  ).toEqual([]);

  // The URL is the state: Back undoes the last filter, a reload keeps the first.
  await page.goBack();
  await expect(page).not.toHaveURL(/makes=/);
  await expect(page.getByLabel('Makes')).toHaveValue('');
  await page.reload();
  await expect(page.getByLabel('Kind of page')).toHaveValue('Model');
});
