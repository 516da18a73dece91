/**
 * What changed (issue #27 §1): /changes/ lists the records' real changes newest first, grouped by
 * month; the Atom feed linked from every page's head parses as Atom 1.0 in the browser and holds
 * the same entries; a model page links its own feed, which holds only that model's entries.
 */
import {test, expect, gotoReady} from './fixtures';

const ATOM = 'http://www.w3.org/2005/Atom';

/** Parses a feed with the browser's own XML parser and reads what Atom 1.0 (RFC 4287) requires. */
async function readFeed(page: import('@playwright/test').Page, url: string) {
  const res = await page.request.get(url);
  expect(res.status(), url).toBe(200);
  const xml = await res.text();
  return page.evaluate(
    ({xml, ATOM}) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      const error = doc.querySelector('parsererror')?.textContent ?? null;
      const root = doc.documentElement;
      const child = (el: Element, name: string) =>
        [...el.children].filter((c) => c.namespaceURI === ATOM && c.localName === name);
      const rfc3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;
      const entries = child(root, 'entry').map((e) => ({
        id: child(e, 'id')[0]?.textContent ?? '',
        title: child(e, 'title')[0]?.textContent ?? '',
        updatedOk: rfc3339.test(child(e, 'updated')[0]?.textContent ?? ''),
        link: child(e, 'link')[0]?.getAttribute('href') ?? '',
        content: child(e, 'content')[0]?.textContent ?? '',
      }));
      return {
        error,
        ns: root.namespaceURI,
        name: root.localName,
        id: child(root, 'id')[0]?.textContent ?? '',
        title: child(root, 'title')[0]?.textContent ?? '',
        updatedOk: rfc3339.test(child(root, 'updated')[0]?.textContent ?? ''),
        author: child(child(root, 'author')[0] ?? root, 'name')[0]?.textContent ?? '',
        self:
          child(root, 'link')
            .find((l) => l.getAttribute('rel') === 'self')
            ?.getAttribute('href') ?? '',
        entries,
      };
    },
    {xml, ATOM},
  );
}

test('/changes/ lists real changes by month, and its Atom feed holds the same entries @base-path', async ({
  page,
  baseURL,
}) => {
  await gotoReady(page, 'changes/');
  await expect(page.getByRole('heading', {level: 1, name: 'What changed in the guide'})).toBeVisible();
  const months = page.locator('main section h2');
  expect(await months.count()).toBeGreaterThan(1);
  // Months run newest first.
  const ids = await page.locator('main section h2').evaluateAll((hs) => hs.map((h) => h.id));
  expect([...ids].sort().reverse()).toEqual(ids);
  // A real rating change from the records: Llama 2's weights went from open to partial.
  const llama = page.locator('li[data-kind="rating"]').filter({hasText: 'Llama 2'});
  await expect(llama).toContainText('Weights: open → partial');
  await expect(llama.getByRole('link', {name: 'Llama 2', exact: true})).toHaveAttribute(
    'href',
    /models\/llama-2\/$/,
  );
  await expect(llama.getByRole('link', {name: /^source/})).toHaveAttribute('href', /^https:\/\//);
  // Additions are listed with links to every record added that day.
  const added = page.locator('li[data-kind="added"]').first();
  expect(await added.getByRole('link').count()).toBeGreaterThan(0);

  const feedHref = await page.locator('main a[type="application/atom+xml"]').getAttribute('href');
  const headHref = await page
    .locator('head link[rel="alternate"][type="application/atom+xml"]')
    .first()
    .getAttribute('href');
  expect(feedHref).toBe(headHref);
  const feed = await readFeed(page, new URL(feedHref!, baseURL).href);
  expect(feed.error).toBeNull();
  expect(feed).toMatchObject({ns: 'http://www.w3.org/2005/Atom', name: 'feed', updatedOk: true});
  expect(feed.id).toMatch(/changes\.xml$/);
  expect(feed.self).toBe(feed.id);
  expect(feed.title.length).toBeGreaterThan(5);
  expect(feed.author.length).toBeGreaterThan(0);
  const pageEntries = await page.locator('main li[data-kind]').count();
  expect(feed.entries.length).toBe(pageEntries);
  expect(new Set(feed.entries.map((e) => e.id)).size, 'entry ids are unique').toBe(feed.entries.length);
  for (const e of feed.entries) {
    expect(e.updatedOk && e.title.length > 0 && e.link.startsWith('http') && e.content.length > 0, e.id).toBe(
      true,
    );
  }
  expect(feed.entries.some((e) => e.title === 'Rating changed: Llama 2 (Weights: open → partial)')).toBe(
    true,
  );
});

test('a model page links its own feed, which holds only its entries', async ({page, baseURL}) => {
  await gotoReady(page, 'models/deepseek-v3/');
  const link = page.getByTestId('model-feed');
  const href = await link.getAttribute('href');
  expect(href).toMatch(/models\/deepseek-v3\/changes\.xml$/);
  await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveCount(2);
  const feed = await readFeed(page, new URL(href!, baseURL).href);
  expect(feed.error).toBeNull();
  // Two logged changes (the MIT relicence and a correction) and the day it was added.
  const logged = await page.getByTestId('model-changes').locator('li').count();
  expect(feed.entries.length).toBe(logged);
  expect(feed.entries.every((e) => e.title.includes('DeepSeek-V3') || e.title.includes('DeepSeek V3'))).toBe(
    true,
  );
  expect(feed.entries.some((e) => e.title.startsWith('Terms changed'))).toBe(true);
});
