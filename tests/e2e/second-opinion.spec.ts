/**
 * Second opinions on model pages: a page the trackers cover shows the EU index score and the
 * MOT class with each snapshot's commit and license, in the HTML served before JavaScript; a
 * page they do not cover says so, still naming the snapshots. Runs under both base URLs.
 */
import {parse} from 'node-html-parser';
import {test, expect, gotoReady} from './fixtures';
import {euIndex, mot} from '../../src/lib/trackerSnapshots';

async function sectionText(
  request: import('@playwright/test').APIRequestContext,
  url: string,
): Promise<string> {
  const response = await request.get(url);
  expect(response.status()).toBe(200);
  const root = parse(await response.text(), {parseNoneClosedTags: true});
  expect(root.querySelector('#second-opinions')).not.toBeNull();
  return root.querySelector('main')!.text.replace(/\s+/g, ' ');
}

test('a covered model page shows both trackers with commit and license, without JavaScript', async ({
  request,
  baseURL,
}) => {
  const text = await sectionText(request, new URL('models/llama-2/', baseURL).href);
  expect(text).toContain('European Open Source AI Index');
  expect(text).toMatch(/Score \d+ ?%/);
  expect(text).toContain(`commit ${euIndex.commit.slice(0, 7)}`);
  expect(text).toContain('license CC-BY-4.0');
  expect(text).toContain('10.5281/zenodo.15386042');
  expect(text).toContain('Model Openness Tool');
  expect(text).toContain(`commit ${mot.commit.slice(0, 7)}`);
  expect(text).toContain('MIT license');
  expect(text).toContain('Where they differ from our ratings');
});

test('an uncovered model page says it is not covered and names the snapshots', async ({request, baseURL}) => {
  const text = await sectionText(request, new URL('models/gpt-5/', baseURL).href);
  expect(text).toContain('not covered by the European Open Source AI Index');
  expect(text).toContain('not covered by the Model Openness Tool');
  expect(text).toContain(`commit ${euIndex.commit.slice(0, 7)}`);
  expect(text).toContain(`commit ${mot.commit.slice(0, 7)}`);
});

test('the second-opinion heading and table are visible in the browser', async ({page}) => {
  await gotoReady(page, 'models/gpt-oss-120b/');
  await expect(page.getByRole('heading', {level: 2, name: 'What other trackers say'})).toBeVisible();
  await expect(page.getByRole('table', {name: /EU Open Source AI Index ratings/})).toBeVisible();
  await expect(page.getByRole('heading', {level: 3, name: 'Model Openness Tool'})).toBeVisible();
});
