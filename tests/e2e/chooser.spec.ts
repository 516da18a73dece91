/**
 * "Which should I use?" chooser (issues #6, #14): answering with mouse and keyboard, the
 * recommendation shown before and while answering (sticky on a phone, beside the questions on a
 * laptop), ties explained, model tags linking to model pages, the EU rule for Llama 4, answers in
 * the URL (reload restores them), clearing, and the static HTML.
 */
import {test, expect, gotoReady} from './fixtures';
import {expectNoAxeViolations} from './axe';
import {RECOMMENDATIONS, RULES} from '../../src/data/chooser';
import {getSource} from '../../src/data/sources';
import {DOCS_ROUTE, docPermalink} from '../../src/plugins/routes/static';

/** A guide page's path from its doc id (front-matter slug), as the site's <DocLink> renders it. */
const docPath = (doc: string) => docPermalink(process.cwd(), DOCS_ROUTE, doc);

test('answers lead to a recommendation with reasons, models and links', async ({page}) => {
  await gotoReady(page, 'chooser/');
  const verdict = page.getByTestId('chooser-verdict');
  await expect(verdict).toHaveAttribute('aria-live', 'polite');
  // A recommendation is there before any answer changes, and it updates with the first one.
  await expect(verdict).toContainText('A closed API');
  await expect(verdict).toContainText('no answers yet');
  await page.getByRole('group', {name: 'Must it work offline or on a device?'}).getByLabel('Yes').check();
  await expect(verdict).toContainText('An open-weight model you host yourself');
  const details = page.getByTestId('chooser-details');
  await expect(details).toHaveAttribute('data-recommendation', 'self-hosted');
  await expect(details.locator('[data-rule="offline-needs-local"]')).toBeVisible();
  await expect(details.getByRole('link', {name: 'gpt-oss-20b'})).toHaveAttribute(
    'href',
    /models\/gpt-oss-20b\/$/,
  );
  await expect(details.getByRole('link', {name: 'Run a model on your own machine'}).first()).toHaveAttribute(
    'href',
    /guide\/run-locally\/$/,
  );
  await expect(page).toHaveURL(/[?&]offline=yes/);
});

test('a shared URL restores the answers after reload; Clear answers empties it', async ({page}) => {
  await gotoReady(page, 'chooser/?frontier=yes&skills=none&bogus=1&volume=lots');
  const details = page.getByTestId('chooser-details');
  await expect(details).toHaveAttribute('data-recommendation', 'closed-api');
  await expect(page.getByTestId('chooser-verdict')).toContainText('based on 2 of 8 answers');
  await page.reload();
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
  await expect(details).toHaveAttribute('data-recommendation', 'closed-api');
  await expect(
    page.getByRole('group', {name: 'What can your team run?'}).getByLabel('Nothing beyond calling an API'),
  ).toBeChecked();
  await page.getByRole('button', {name: 'Clear answers'}).click();
  await expect(page.getByTestId('chooser-verdict')).toContainText('no answers yet');
  // The chooser's own keys are gone (and the invalid volume=lots with them); others' are kept.
  await expect(page).not.toHaveURL(/frontier=|skills=|volume=/);
  await expect(page).toHaveURL(/bogus=1/);
});

test('every recommendation shows up for some answers', async ({page}) => {
  const cases: Array<[string, string]> = [
    ['frontier=yes&skills=none', 'closed-api'],
    ['budget=lowest&skills=some', 'hosted-open'],
    ['frontier=some&volume=high', 'hybrid'],
    ['data=premises', 'self-hosted'],
  ];
  for (const [query, expected] of cases) {
    await gotoReady(page, `chooser/?${query}`);
    await expect(page.getByTestId('chooser-details')).toHaveAttribute('data-recommendation', expected);
  }
});

test('fully usable from the keyboard', async ({page}) => {
  await gotoReady(page, 'chooser/');
  const first = page.getByRole('group', {name: 'Where may your data go?'}).getByRole('radio').first();
  await first.focus();
  await page.keyboard.press('Space');
  await expect(first).toBeChecked();
  // Arrow keys move within the radio group and select.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(
    page
      .getByRole('group', {name: 'Where may your data go?'})
      .getByLabel('Nowhere: it must stay on our own machines'),
  ).toBeChecked();
  await expect(page.getByTestId('chooser-details')).toHaveAttribute('data-recommendation', 'self-hosted');
  // Tab leaves the group for the next question.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/volume=low/);
});

test('without JavaScript the options, the starting recommendation and its model links are in the HTML', async ({
  page,
}) => {
  const html = await (await page.request.get('chooser/')).text();
  expect(html).toContain('The four options');
  expect(html).toContain('An open-weight model you host yourself');
  expect(html).toContain('Which should I use?');
  expect(html).toContain('Starting point');
  // Model tags are real links in the static HTML, so the link crawl checks them.
  expect(html).toMatch(/href="?[^"\s>]*models\/gpt-5-5\/"?/);
  // Every link any outcome can show is in the static HTML too: each option's models and guide
  // pages, and each rule's guide pages (the crawl in scripts/check-links.mjs reads built HTML).
  const hrefs = new Set(
    [...html.matchAll(/href="?([^"\s>]+)/g)].map((m) => new URL(m[1], 'http://x/').pathname),
  );
  const has = (path: string) => [...hrefs].some((h) => h.endsWith(path));
  for (const rec of Object.values(RECOMMENDATIONS)) {
    for (const m of rec.models) expect(has(`/models/${m}/`), m).toBe(true);
    for (const l of rec.links) expect(has(docPath(l.doc)), l.doc).toBe(true);
  }
  for (const rule of RULES) {
    for (const l of rule.links) expect(has(docPath(l.doc)), `${rule.id}: ${l.doc}`).toBe(true);
  }
});

test('model tags are links to model pages that exist', async ({page}) => {
  for (const query of ['', 'budget=lowest&skills=some', 'data=premises']) {
    await gotoReady(page, `chooser/?${query}`);
    const tags = page.getByTestId('chooser-models').getByRole('link');
    await expect(tags.first()).toBeVisible();
    const hrefs = await tags.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) {
      expect(href).toMatch(/\/models\/[a-z0-9-]+\/$/);
      expect((await page.request.get(href)).status(), href).toBe(200);
    }
  }
});

test('ties are explained: which options score the same and why', async ({page}) => {
  await gotoReady(page, 'chooser/');
  const tie = page.getByTestId('chooser-tie');
  await expect(tie).toContainText('no answers yet');
  await page.getByRole('group', {name: 'How many tokens a month?'}).getByLabel('Under 10 million').check();
  await expect(tie).toContainText('Closed API and Hosted open-weight score the same (+1) because');
  await expect(tie).toContainText('“Under 10 million”');
  await expect(page.getByTestId('chooser-current')).toContainText(
    'Tie between Closed API and Hosted open-weight',
  );
  // One more answer separates them, and the tie note goes away.
  await page
    .getByRole('group', {name: 'What matters most in the budget?'})
    .getByLabel('The lowest price per token')
    .check();
  await expect(page.getByTestId('chooser-details')).toHaveAttribute('data-recommendation', 'hosted-open');
  await expect(tie).toHaveCount(0);
});

test('EU-based readers are not pointed to Llama 4 Maverick without the use-policy warning', async ({
  page,
}) => {
  await gotoReady(page, 'chooser/?budget=lowest&skills=some');
  const models = page.getByTestId('chooser-models');
  await expect(models.getByRole('link', {name: /Llama 4 Maverick/})).toHaveCount(1);
  // The caveat is composed from the license's terms (src/lib/chooserModels.ts), not typed by hand.
  await expect(page.getByTestId('chooser-details')).toContainText(
    /Llama 4 Maverick: under the Llama 4 Community License[^,]*, .*no rights to its multimodal models are granted to people and companies based in the European Union/,
  );
  await page
    .getByRole('group', {name: 'Where are you or your company based?'})
    .getByLabel('In the European Union')
    .check();
  await expect(models.getByRole('link', {name: /Llama 4 Maverick/})).toHaveCount(0);
  const rule = page.locator('[data-rule="llama-4-eu"]');
  await expect(rule).toContainText('Acceptable Use Policy');
  // The rule cites its source record: the link shows the record's title and URL.
  const policy = getSource(RULES.find((r) => r.id === 'llama-4-eu')!.source!.id)!;
  await expect(page.getByRole('link', {name: policy.title})).toHaveAttribute('href', policy.url!);
  await expect(page).toHaveURL(/location=eu/);
});

for (const mode of ['light', 'dark'] as const) {
  test(`390 px phone: the current recommendation stays in view while answering (${mode})`, async ({page}) => {
    await page.setViewportSize({width: 390, height: 844});
    await gotoReady(page, `chooser/?docusaurus-theme=${mode}`);
    const card = page.getByTestId('chooser-current');
    const last = page.getByRole('group', {name: 'What matters most in the budget?'});
    await last.scrollIntoViewIfNeeded();
    await last.getByLabel('The lowest price per token').check();
    await expect(card).toHaveAttribute('data-recommendation', 'hosted-open');
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    const box = (await card.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(844 / 2);
    const background = await card.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toMatch(/^rgb\(/);
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]);
  });

  test(`1280 px laptop: the recommendation sits beside the questions and follows the reader (${mode})`, async ({
    page,
  }) => {
    await page.setViewportSize({width: 1280, height: 800});
    await gotoReady(page, `chooser/?docusaurus-theme=${mode}`);
    const card = page.getByTestId('chooser-current');
    const first = page.getByRole('group', {name: 'Where may your data go?'});
    const [c, q] = [(await card.boundingBox())!, (await first.boundingBox())!];
    expect(c.x).toBeGreaterThanOrEqual(q.x + q.width);
    const last = page.getByRole('group', {name: 'What matters most in the budget?'});
    await last.scrollIntoViewIfNeeded();
    await last.getByLabel('Quality over price').check();
    const after = (await card.boundingBox())!;
    expect(after.y).toBeGreaterThanOrEqual(0);
    expect(after.y + after.height).toBeLessThanOrEqual(800);
  });
}

for (const mode of ['light', 'dark'] as const) {
  test(`no axe violations with a recommendation shown (${mode})`, async ({page}) => {
    await gotoReady(
      page,
      `chooser/?data=chosen&volume=high&frontier=some&license=large&docusaurus-theme=${mode}`,
    );
    await expect(page.locator('html')).toHaveAttribute('data-theme', mode);
    await expect(page.getByTestId('chooser-details')).toBeVisible();
    await expectNoAxeViolations(page, `chooser with a recommendation (${mode})`);
  });
}
