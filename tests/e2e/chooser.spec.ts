/**
 * "Which should I use?" chooser (issue #6): answering with mouse and keyboard, the recommendation
 * with its reasons, answers in the URL (reload restores them), clearing, and the static HTML.
 */
import {test, expect, gotoReady} from './fixtures';
import {expectNoAxeViolations} from './axe';

test('answers lead to a recommendation with reasons, models and links', async ({page}) => {
  await gotoReady(page, 'chooser/');
  const verdict = page.getByTestId('chooser-verdict');
  await expect(verdict).toHaveAttribute('aria-live', 'polite');
  await expect(verdict).toHaveText(/Answer any of the questions/);
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
  await expect(page.getByTestId('chooser-verdict')).toContainText('based on 2 of 7 answers');
  await page.reload();
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
  await expect(details).toHaveAttribute('data-recommendation', 'closed-api');
  await expect(
    page.getByRole('group', {name: 'What can your team run?'}).getByLabel('Nothing beyond calling an API'),
  ).toBeChecked();
  await page.getByRole('button', {name: 'Clear answers'}).click();
  await expect(page.getByTestId('chooser-verdict')).toHaveText(/Answer any of the questions/);
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

test('without JavaScript the options are described in the HTML', async ({page}) => {
  const html = await (await page.request.get('chooser/')).text();
  expect(html).toContain('The four options');
  expect(html).toContain('An open-weight model you host yourself');
  expect(html).toContain('Which should I use?');
});

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
