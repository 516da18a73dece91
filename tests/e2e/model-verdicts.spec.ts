/**
 * Model pages open with a computed answer, the verdicts and "what the license lets you do"
 * before the evidence table (issue #13 §1–3), readable without JavaScript and axe-clean in both
 * colour modes. The expected answer text is computed from the data by the same pure functions
 * the build uses, so a data change does not break the test; a page that stops showing it does.
 */
import {test, expect, gotoReady} from './fixtures';
import {expectNoAxeViolations} from './axe';
import {models} from '../../src/data/models';
import {getLicense} from '../../src/data/licenses';
import {modelVerdicts, oneLineAnswer} from '../../src/domain/verdicts';

function expectedAnswer(id: string): string {
  const model = models.find((m) => m.id === id);
  if (!model) throw new Error(`no model ${id}`);
  const license = getLicense(model.license);
  if (!license) throw new Error(`no license for ${id}`);
  return oneLineAnswer(model, license, modelVerdicts(model, license));
}

for (const id of ['llama-4-maverick', 'olmo-1']) {
  test(`${id}: one-line answer, verdicts and license uses come before the evidence table`, async ({page}) => {
    await gotoReady(page, `models/${id}/`);
    await expect(page.locator('h1')).toHaveText(/^Is .+ open source\?$/);
    await expect(page).toHaveTitle(/^Is .+ open source\?/);
    const answer = expectedAnswer(id);
    await expect(page.getByTestId('model-answer')).toHaveText(answer);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute(
      'content',
      `${await page.locator('h1').innerText()} ${answer.replace(/^Open source\? /, '')}`,
    );
    await expect(page.locator('#verdicts')).toBeVisible();
    await expect(page.getByText('Model Openness Framework class (estimated)')).toBeVisible();
    await expect(page.locator('#license-uses')).toBeVisible();
    // Order: answer, verdicts, license uses, then the evidence (scorecard) table.
    const order = await page.evaluate(() => {
      const top = (sel: string) => document.querySelector(sel)?.getBoundingClientRect().top ?? -1;
      return [top('[data-testid="model-answer"]'), top('#verdicts'), top('#license-uses'), top('#openness')];
    });
    expect(order.every((y) => y >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    await expect(page.locator('ul li').filter({hasText: 'Build a commercial product?'})).toHaveCount(1);
  });
}

test('Llama 4 Maverick: the EU use case says no and links the use policy clause', async ({page}) => {
  await gotoReady(page, 'models/llama-4-maverick/');
  // The download's answer (the Meta Model API has its own): no, citing the license clause that
  // brings in the use policy and the policy's paragraph, each at a pinned commit.
  const weights = page
    .locator('section')
    .filter({has: page.getByRole('heading', {name: /^Downloaded weights/})});
  const row = weights.locator('li').filter({hasText: 'Use it as a company based in the EU?'});
  await expect(row).toContainText('No');
  const hrefs = await row.getByRole('link').evaluateAll((els) => els.map((a) => a.getAttribute('href')));
  expect(hrefs).toContainEqual(
    expect.stringMatching(/meta-llama\/llama-models\/blob\/[0-9a-f]{40}\/models\/llama4\/LICENSE$/),
  );
  expect(hrefs).toContainEqual(expect.stringMatching(/\/blob\/[0-9a-f]{40}\/.+USE_POLICY\.md$/));
});

test('OLMo: OSI’s own validation is shown beside our verdict', async ({page}) => {
  await gotoReady(page, 'models/olmo-1/');
  await expect(page.getByText(/OSI’s own validation called OLMo/)).toBeVisible();
});

test('DeepSeek-V3: the change log lists every entry, newest first, with a date and a source link', async ({
  page,
}) => {
  const changes = models.find((m) => m.id === 'deepseek-v3')?.changes ?? [];
  expect(changes.length).toBeGreaterThan(1);
  await gotoReady(page, 'models/deepseek-v3/');
  await expect(page.locator('h2#changes')).toHaveText('Change log');
  const items = page.getByTestId('model-changes').locator('li');
  // Every logged change, then the day the record was added to the guide.
  await expect(items).toHaveCount(changes.length + 1);
  for (const [i, c] of changes.entries()) {
    await expect(items.nth(i).locator('time')).toHaveAttribute('datetime', c.date);
    await expect(items.nth(i)).toContainText(c.what);
    await expect(items.nth(i).getByRole('link')).toHaveAttribute('href', /^https:\/\//);
  }
  const added = models.find((m) => m.id === 'deepseek-v3')!.added;
  await expect(items.last().locator('time')).toHaveAttribute('datetime', added);
  await expect(items.last()).toContainText('Added to the guide.');
  // A record without logged changes still says when it was added, and links all changes.
  await gotoReady(page, 'models/olmo-1/');
  const only = page.getByTestId('model-changes').locator('li');
  await expect(only).toHaveCount(1);
  await expect(only.getByRole('link', {name: 'All changes'})).toHaveAttribute('href', /changes\/$/);
});

for (const theme of ['light', 'dark'] as const) {
  test(`a model page with verdicts is axe-clean in ${theme} mode`, async ({page}) => {
    await gotoReady(page, `models/llama-4-maverick/?docusaurus-theme=${theme}`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await expectNoAxeViolations(page, `llama-4-maverick (${theme})`);
  });
}

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});
  test('the answer, verdicts and license uses are in the static HTML', async ({page}) => {
    await page.goto('models/llama-4-maverick/');
    await expect(page.getByTestId('model-answer')).toHaveText(expectedAnswer('llama-4-maverick'));
    await expect(page.getByText('Open Source AI (OSI definition 1.0)')).toBeVisible();
    await expect(page.locator('li').filter({hasText: 'Run it offline on your own hardware?'})).toBeVisible();
    await expect(page.getByTestId('model-changes')).toContainText('EU clause');
  });
});

test(
  'a model page offers its badge: the image loads from this site, and the snippets link it back',
  {tag: '@base-path'},
  async ({page, baseURL}) => {
    await gotoReady(page, 'models/gpt-oss-120b/');
    await expect(page.locator('h2#badge')).toHaveText('Use this badge');
    const img = page.getByTestId('model-badge').locator('img');
    await expect(img).toHaveAttribute(
      'alt',
      'gpt-oss-120b: open weights · Apache-2.0 (rated by Open or Closed?)',
    );
    await expect
      .poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth))
      .toBeGreaterThan(100);
    const src = await img.getAttribute('src');
    const res = await page.request.get(new URL(src!, baseURL).href);
    expect(res.headers()['content-type']).toMatch(/^image\/svg\+xml/);
    expect(await res.text()).toContain('<title>gpt-oss-120b: open weights');
    const markdown = await page.locator('figure', {hasText: 'Markdown'}).locator('pre').textContent();
    expect(markdown).toMatch(
      /^\[!\[gpt-oss-120b: .*\]\(https:\/\/.+\/badges\/gpt-oss-120b\.svg\)\]\(https:\/\/.+\/models\/gpt-oss-120b\/\)$/,
    );
    expect(markdown).toContain(new URL(src!, baseURL).pathname);
  },
);
