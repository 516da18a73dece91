/**
 * The license section (issue #24 §5): /licenses/ (the matrix of every document against the clause
 * topics) and the document pages /licenses/<id>/, checked on the matrix, a license (Apache 2.0)
 * and a provider's terms with several versions (xAI's enterprise terms):
 *  - without JavaScript the content is in the static HTML and readable;
 *  - at 390 px nothing scrolls the page sideways, and the matrix scrolls inside its frame with its
 *    header row and document names kept in view;
 *  - light and dark mode are axe clean (WCAG 2.2 A/AA);
 *  - with JavaScript the filters and sorting work and go into the URL, and a cell opens its clause
 *    on the document's page; a client-side navigation renders the rows (a lazily loaded island).
 * Expectations come from the same records and builders the build uses, never retyped.
 */
import type {Page} from '@playwright/test';
import {test, expect, gotoReady} from './fixtures';
import {expectNoAxeViolations} from './axe';
import {DOCUMENTS, isUnread} from '../../src/data/terms';
import {termsInput} from '../../src/plugins/terms';
import {STATUS_TEXT, TOPICS, documentPageProps, matrixRows} from '../../src/lib/licensesPages';

const input = termsInput();
const ROWS = matrixRows(input);
const TOTAL = DOCUMENTS.length;
const props = (id: string) => documentPageProps(DOCUMENTS.find((d) => d.id === id)!, input);

const MATRIX = 'licenses/';
const LICENSE = 'Apache-2.0';
const TERMS = 'xai-enterprise-terms';
const PAGES = [MATRIX, `licenses/${LICENSE}/`, `licenses/${TERMS}/`];

const rows = 'main table tbody tr[data-doc]';
const status = (page: Page) => page.getByRole('status').filter({hasText: /^Showing /});
/** Document ids of the rows shown, in display order. */
const shownIds = (page: Page) =>
  page
    .locator(rows)
    .evaluateAll((trs) =>
      trs.filter((tr) => !(tr as HTMLElement).hidden).map((tr) => tr.getAttribute('data-doc')),
    );

test('the data has what these tests rely on', () => {
  expect(TOTAL).toBeGreaterThan(50);
  expect(props(TERMS).versions.length, `${TERMS} has several versions`).toBeGreaterThan(1);
  expect(props(LICENSE).document.kind).toBe('license');
  expect(DOCUMENTS.some(isUnread)).toBe(true);
});

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  test('the matrix is static HTML: every document, every topic, a word in every cell', async ({page}) => {
    const response = await page.goto(MATRIX);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveText('Licenses and terms');
    await expect(page.getByRole('link', {name: 'Open Terms Archive'}).first()).toHaveAttribute(
      'href',
      'https://opentermsarchive.org/',
    );
    await expect(page.locator(rows)).toHaveCount(TOTAL);
    await expect(page.locator('main table thead th[scope=col]')).toHaveCount(3 + TOPICS.length);
    await expect(status(page)).toHaveText(`Showing ${TOTAL} of ${TOTAL} documents`);
    // The filters cannot work without JavaScript, so they say so by being disabled.
    await expect(page.getByLabel('Kind')).toBeDisabled();
    // Every cell reads as a word (a "—" cell has its words for screen readers), and each
    // addressed topic links its clause.
    const cells = await page
      .locator(`${rows} td`)
      .evaluateAll((tds) =>
        tds.map((td) => (td as HTMLElement).innerText.trim() || td.textContent?.trim() || ''),
      );
    expect(cells.length).toBe(TOTAL * (2 + TOPICS.length));
    expect(cells.filter((t) => t === '').length, 'empty cells').toBe(0);
    const addressed = ROWS.flatMap((r) => r.cells.filter((c) => c !== null)).length;
    await expect(page.locator(`${rows} td a[href*="/licenses/"][href*="#"]`)).toHaveCount(addressed);
    const apache = page.locator(`${rows}[data-doc="${LICENSE}"]`);
    await expect(apache.locator('th')).toContainText('Apache License 2.0');
    await expect(apache).toBeVisible();
    await expect(apache.locator('td').nth(2)).toHaveText(
      new RegExp(`^${STATUS_TEXT.yes.mark}\\s${STATUS_TEXT.yes.word}$`),
    );
  });

  for (const id of [LICENSE, TERMS]) {
    test(`/licenses/${id}/ reads: summary, every clause with its status, section and text, versions, models`, async ({
      page,
    }) => {
      const p = props(id);
      const response = await page.goto(`licenses/${id}/`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveText(p.document.name);
      await expect(page.locator('main')).toContainText(p.document.summary);
      expect(p.clauses.length).toBeGreaterThan(3);
      for (const c of p.clauses) {
        const section = page.locator(`section[data-topic="${c.topic}"]`);
        await expect(section.locator(`h3#${c.anchor}`)).toBeVisible();
        await expect(section).toContainText(STATUS_TEXT[c.status].word);
        await expect(section).toContainText(c.note);
        await expect(section.getByRole('link', {name: /^Text of /})).toHaveAttribute(
          'href',
          p.versions.at(-1)!.url,
        );
      }
      const versions = page.locator('#versions ~ ol > li');
      await expect(versions).toHaveCount(p.versions.length);
      for (const [i, v] of p.versions.entries()) {
        await expect(versions.nth(i).locator('time').first()).toHaveAttribute('datetime', v.date);
        await expect(versions.nth(i).getByRole('link', {name: /^the text as of/})).toHaveAttribute(
          'href',
          v.url,
        );
      }
      await expect(versions.last()).toContainText('Current');
      const modelLinks = page.locator('#models ~ section a[href*="/models/"]');
      expect(await modelLinks.count()).toBe(p.models.reduce((n, g) => n + g.models.length, 0));
    });
  }
});

test.describe('at 390 px', () => {
  test.use({viewport: {width: 390, height: 844}});

  for (const p of PAGES) {
    test(`/${p} does not scroll sideways`, async ({page}) => {
      await gotoReady(page, p);
      const {scrollWidth, clientWidth} = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    });
  }

  test('the matrix scrolls in its frame, keeping its header row and the document names in view', async ({
    page,
  }) => {
    await gotoReady(page, MATRIX);
    const frame = page.getByRole('region', {name: /Documents and their clauses/});
    await frame.scrollIntoViewIfNeeded();
    const corner = page.locator('main table thead th').first();
    const lastHead = page.locator('main table thead th').last();
    const name = page.locator(`${rows} th`).nth(20);
    const before = {frame: (await frame.boundingBox())!, corner: (await corner.boundingBox())!};
    expect(before.frame.width).toBeLessThanOrEqual(390);
    // Sideways and down, inside the frame.
    await frame.evaluate((el) => el.scrollTo({left: el.scrollWidth, top: 900}));
    await expect(lastHead).toBeInViewport();
    const after = {
      corner: (await corner.boundingBox())!,
      name: (await name.boundingBox())!,
      head: (await lastHead.boundingBox())!,
    };
    // The header row stays at the top of the frame, and the names at its left.
    expect(Math.abs(after.head.y - after.corner.y)).toBeLessThan(2);
    expect(after.corner.y).toBeGreaterThanOrEqual(before.frame.y - 1);
    expect(after.corner.y).toBeLessThan(before.frame.y + 80);
    expect(Math.abs(after.name.x - before.frame.x)).toBeLessThan(3);
    // The scroll cue shows while columns are hidden to the right, and goes at the end.
    const scrollFrame = page.locator('[data-table-scroll]').filter({has: frame});
    await expect(scrollFrame).not.toHaveAttribute('data-fade-end', /.*/);
    await frame.evaluate((el) => el.scrollTo({left: 0}));
    await expect(scrollFrame).toHaveAttribute('data-fade-end', '');
  });
});

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} mode`, () => {
    for (const p of PAGES) {
      test(`/${p} is axe clean`, async ({page}) => {
        await gotoReady(page, `${p}?docusaurus-theme=${theme}`);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        if (p === MATRIX) await page.locator('summary', {hasText: 'What “Yes” means'}).click();
        await expectNoAxeViolations(page, `/${p} (${theme})`);
      });
    }
  });
}

test('filters: kind and provider hide rows, update the count and the URL, and survive a reload @base-path', async ({
  page,
}) => {
  await gotoReady(page, MATRIX);
  await expect(status(page)).toHaveText(`Showing ${TOTAL} of ${TOTAL} documents`);
  const policies = ROWS.filter((r) => r.kind === 'usage-policy');
  await page.getByLabel('Kind').selectOption('usage-policy');
  await expect(page).toHaveURL(/[?&]kind=usage-policy/);
  await expect(status(page)).toHaveText(`Showing ${policies.length} of ${TOTAL} documents`);
  expect((await shownIds(page)).sort()).toEqual(policies.map((r) => r.id).sort());

  await page.getByLabel('Provider').selectOption('xai');
  const xaiPolicies = policies.filter((r) => r.provider === 'xai');
  expect(xaiPolicies.length).toBeGreaterThan(0);
  await expect(status(page)).toHaveText(`Showing ${xaiPolicies.length} of ${TOTAL} documents`);
  expect(await shownIds(page)).toEqual(xaiPolicies.map((r) => r.id));
  await expect(page).toHaveURL(/provider=xai/);

  await page.reload();
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
  await expect(page.getByLabel('Kind')).toHaveValue('usage-policy');
  await expect(page.getByLabel('Provider')).toHaveValue('xai');
  await expect(status(page)).toHaveText(`Showing ${xaiPolicies.length} of ${TOTAL} documents`);

  await page.getByRole('button', {name: 'Reset filters'}).click();
  await expect(status(page)).toHaveText(`Showing ${TOTAL} of ${TOTAL} documents`);
  await expect(page).not.toHaveURL(/kind=|provider=/);
  expect(await shownIds(page)).toHaveLength(TOTAL);
});

test('sorting: by name, by kind and by the date of the current version, with aria-sort', async ({page}) => {
  await gotoReady(page, MATRIX);
  const head = (name: RegExp) =>
    page.locator('main table thead th').filter({has: page.getByRole('button', {name})});
  const [byName, byKind, byDate] = [head(/^Document/), head(/^Kind/), head(/^Current version/)];
  await expect(byKind).toHaveAttribute('aria-sort', 'ascending');
  // The static order is by kind: every license before every terms of service, and so on.
  expect(await shownIds(page)).toEqual(ROWS.map((r) => r.id));

  await byName.getByRole('button').click();
  await expect(byName).toHaveAttribute('aria-sort', 'ascending');
  await expect(byKind).not.toHaveAttribute('aria-sort', /.+/);
  await expect(page).toHaveURL(/sort=name&dir=asc/);
  const names = await page.locator(`${rows} th a`).allTextContents();
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', {sensitivity: 'base'})));
  await byName.getByRole('button').click();
  await expect(byName).toHaveAttribute('aria-sort', 'descending');
  expect(await page.locator(`${rows} th a`).allTextContents()).toEqual([...names].reverse());

  // Dates sort newest first on the first click.
  await byDate.getByRole('button').click();
  await expect(byDate).toHaveAttribute('aria-sort', 'descending');
  const dates = await page
    .locator(`${rows} td time`)
    .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
  expect(dates).toHaveLength(TOTAL);
  expect(dates).toEqual([...dates].sort().reverse());
  await byDate.getByRole('button').click();
  await expect(byDate).toHaveAttribute('aria-sort', 'ascending');
});

test('a matrix cell opens its clause on the document’s page @base-path', async ({page}) => {
  await gotoReady(page, MATRIX);
  const topic = TOPICS.findIndex((t) => t.id === 'ipIndemnity');
  const row = ROWS.find((r) => r.id === TERMS)!;
  const statusThere = row.cells[topic]!;
  const cell = page.locator(`${rows}[data-doc="${TERMS}"] td`).nth(2 + topic);
  await expect(cell).toContainText(STATUS_TEXT[statusThere].word);
  await cell.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`licenses/${TERMS}/#ip-indemnity$`));
  await expect(page.locator('h1')).toHaveText(props(TERMS).document.name);
  const heading = page.locator('h3#ip-indemnity');
  await expect(heading).toBeInViewport();
  await expect(page.locator('section[data-topic="ipIndemnity"]')).toContainText(
    STATUS_TEXT[statusThere].word,
  );
});

test('a client-side navigation to the matrix renders its rows, and the filters act on them @base-path', async ({
  page,
}) => {
  await gotoReady(page, `licenses/${TERMS}/`);
  await page.evaluate(() => ((window as {spaMarker?: number}).spaMarker = 1));
  await page.locator('main nav').getByRole('link', {name: 'Licenses and terms'}).click();
  await expect(page.locator('h1')).toHaveText('Licenses and terms');
  await expect(page.locator(rows)).toHaveCount(TOTAL);
  await page.getByLabel('Kind').selectOption('license');
  await expect(page.locator(`${rows}:not([hidden])`)).toHaveCount(
    ROWS.filter((r) => r.kind === 'license').length,
  );
  expect(await page.evaluate(() => (window as {spaMarker?: number}).spaMarker), 'no full page load').toBe(1);
});

test('document pages link what they replaced and what replaced them, and say when a text was not read', async ({
  page,
}) => {
  const later = DOCUMENTS.find((d) => d.follows)!;
  await gotoReady(page, `licenses/${later.id}/`);
  await expect(page.getByTestId('document-follows').getByRole('link')).toHaveAttribute(
    'href',
    new RegExp(`licenses/${later.follows}/$`),
  );
  await gotoReady(page, `licenses/${later.follows}/`);
  await expect(
    page.getByTestId('document-followed-by').getByRole('link', {name: later.name}),
  ).toHaveAttribute('href', new RegExp(`licenses/${later.id}/$`));

  const unread = DOCUMENTS.find(isUnread)!;
  await gotoReady(page, `licenses/${unread.id}/`);
  const notice = page.getByTestId('document-unread');
  await expect(notice).toContainText('We have not read this text clause by clause.');
  await expect(notice).toContainText(unread.unread);
  // The notice comes first, right under the heading.
  const [h1, box] = [(await page.locator('h1').boundingBox())!, (await notice.boundingBox())!];
  expect(box.y).toBeGreaterThan(h1.y);
  expect(box.y - (h1.y + h1.height)).toBeLessThan(60);

  // A page with several versions lists them oldest first, the last marked current, and its models.
  await gotoReady(page, `licenses/${TERMS}/`);
  const p = props(TERMS);
  const dates = await page
    .locator('#versions ~ ol > li p:first-child time')
    .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
  expect(dates).toEqual(p.versions.map((v) => v.date));
  const model = p.models[0].models[0];
  await page.locator('#models ~ section').getByRole('link', {name: model.name, exact: true}).click();
  await expect(page).toHaveURL(new RegExp(`models/${model.id}/$`));
});
