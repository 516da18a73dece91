/**
 * Cost calculator (issue #6) on its standalone page: typing values, sharing and reloading a URL,
 * Reset, bad input, the chart, and the server-rendered worked example.
 * Expected figures are worked by hand in tests/unit/cost.test.ts.
 */
import type {Page} from '@playwright/test';
import {test, expect, gotoReady} from './fixtures';
import {expectNoAxeViolations} from './axe';
import {
  DEFAULT_CLOSED_PRESET,
  DEFAULT_HOSTED_PRESET,
  DEFAULT_VOLUME,
  getPricePreset,
} from '../../src/data/prices';

// The default prices come from the pinned price dataset; the expected bills are worked here from
// them by plain arithmetic (the calculator's own code is not used to compute what it should show).
const closedPrice = getPricePreset(DEFAULT_CLOSED_PRESET)!;
const hostedPrice = getPricePreset(DEFAULT_HOSTED_PRESET)!;
const bill = (p: {inputPerMillion: number; outputPerMillion: number}, scale = 1) =>
  ((DEFAULT_VOLUME.inputTokens * p.inputPerMillion + DEFAULT_VOLUME.outputTokens * p.outputPerMillion) /
    1e6) *
  scale;
const usd = (n: number) =>
  `$${n.toLocaleString('en-US', {minimumFractionDigits: n < 1000 || n % 1 ? 2 : 0, maximumFractionDigits: 2})}`;
const escape = (text: string) => text.replace(/[$.]/g, (c) => `\\${c}`);

const volume = (page: Page) => page.getByRole('group', {name: 'Monthly volume'});
const closed = (page: Page) => page.getByRole('group', {name: 'Closed API'});
const hosted = (page: Page) => page.getByRole('group', {name: 'Hosted open-weight', exact: true});
const selfHost = (page: Page) => page.getByRole('group', {name: 'Self-hosting', exact: true});
const detail = (page: Page) => page.getByRole('group', {name: 'Detailed comparison', exact: true});

/** "$3,825" → 3825. */
function dollars(text: string): number {
  const match = /\$([\d,]+(?:\.\d+)?)/.exec(text);
  if (!match) throw new Error(`no dollar amount in "${text}"`);
  return Number(match[1].replace(/,/g, ''));
}

async function expectNoNonsense(page: Page): Promise<void> {
  const text = await page.locator('main').innerText();
  expect(text).not.toMatch(/NaN|Infinity|undefined/);
}

test('defaults: three paths side by side, the cheapest marked, and the chart', async ({page}) => {
  await gotoReady(page, 'calculator/');
  const paths = page.getByTestId('calculator-paths').locator('[data-path]');
  await expect(paths).toHaveCount(3);
  // 7.5M × input + 2.5M × output for the two per-token paths; 1 GPU × $2.50 × 730 h + $2,000 ops = $3,825.
  await expect(page.getByTestId('path-cost-closed')).toHaveText(
    new RegExp(`^${escape(usd(bill(closedPrice)))}`),
  );
  await expect(page.getByTestId('path-cost-hosted')).toHaveText(
    new RegExp(`^${escape(usd(bill(hostedPrice)))}`),
  );
  await expect(page.getByTestId('path-cost-self')).toHaveText(/^\$3,825/);
  // The path marked cheapest is the one whose shown cost is lowest, and it says so in words.
  const costs = await paths.evaluateAll((items) =>
    items.map((li) => ({
      id: li.getAttribute('data-path')!,
      cheapest: li.getAttribute('data-cheapest') === 'true',
      cost: li.querySelector('[data-testid^="path-cost-"]')!.textContent!,
    })),
  );
  const lowest = Math.min(...costs.map((c) => dollars(c.cost)));
  expect(costs.filter((c) => c.cheapest).map((c) => c.id)).toEqual(
    costs.filter((c) => dollars(c.cost) === lowest).map((c) => c.id),
  );
  const cheapest = page.getByTestId('calculator-paths').locator('[data-cheapest="true"]');
  await expect(cheapest).toContainText('Cheapest');
  const summary = page.getByTestId('calculator-summary');
  await expect(summary).toHaveAttribute('aria-live', 'polite');
  await expect(summary).toContainText('Cheapest at 10M tokens a month: gpt-oss-120b on OpenRouter');
  // The detailed comparison starts with the hosted price, as the cost page's short answer does.
  await expect(page.getByTestId('cost-open')).toHaveText(`${usd(bill(hostedPrice))} a month`);
  await expect(page.getByTestId('cost-difference')).toHaveText(
    `You save ${usd(bill(closedPrice) - bill(hostedPrice))} a month with gpt-oss-120b on OpenRouter`,
  );
  const ratio = Number(/(\d+)×/.exec(await page.getByTestId('cost-ratio').innerText())?.[1]);
  expect(Math.abs(ratio - bill(closedPrice) / bill(hostedPrice))).toBeLessThanOrEqual(1);
  await expect(page.locator('main')).not.toContainText('Gpt-oss');
  const chart = page.getByTestId('cost-chart');
  await expect(chart).toBeVisible();
  await expect(chart.locator('polyline')).toHaveCount(3);
  await expect(page.getByText('Illustrative assumptions, not sourced facts.')).toBeVisible();
  await expectNoNonsense(page);
});

test('self-hosting in the detailed comparison: break-even against the closed API', async ({page}) => {
  await gotoReady(page, 'calculator/');
  await detail(page).getByLabel('Self-hosting on rented GPUs').check();
  // $3,825 ÷ $11.25 per 1M = 340M tokens a month.
  await expect(page.getByTestId('break-even')).toContainText('340M');
  await expect(page.getByTestId('break-even-marker')).toHaveCount(1);
  await expect(page.getByTestId('cost-ratio')).toContainText('self-hosting costs 34× as much');
  await expect(page).toHaveURL(/mode=self/);
});

for (const mode of ['light', 'dark'] as const) {
  test(`390 px phone: the three-path summary stays in view while inputs change (${mode})`, async ({page}) => {
    await page.setViewportSize({width: 390, height: 844});
    await gotoReady(page, `calculator/?docusaurus-theme=${mode}`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', mode);
    const panel = page.getByTestId('calculator-paths');
    const ops = selfHost(page).getByLabel('Fixed ops cost a month');
    await ops.scrollIntoViewIfNeeded();
    await ops.fill('0');
    // $1,825 of GPU time, still the dearest; the summary updates where the reader can see it.
    await expect(page.getByTestId('path-cost-self')).toHaveText(/^\$1,825/);
    const box = await panel.boundingBox();
    const field = await ops.boundingBox();
    expect(box && field).toBeTruthy();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(844);
    // The page has scrolled well past where the summary started, and it does not hide the field.
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    expect(box!.y + box!.height).toBeLessThanOrEqual(field!.y);
    // Opaque, so the inputs scrolling under it never show through.
    const background = await panel.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toMatch(/^rgb\(/);
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]);
  });
}

test('typing values updates the result and the URL; reload restores them', async ({page}) => {
  await gotoReady(page, 'calculator/');
  await volume(page).getByLabel('Input tokens a month').fill('40M');
  // 40 × $5 + 2.5 × $30 = $275.
  await expect(page.getByTestId('cost-closed')).toHaveText('$275.00 a month');
  await expect(page).toHaveURL(/[?&]in=40M(&|$)/);
  await hosted(page).getByLabel('Provider and price').selectOption('cerebras-gpt-oss-120b');
  // 40 × $0.35 + 2.5 × $0.75 = $15.875, shown as $15.88.
  await expect(page.getByTestId('cost-open')).toHaveText('$15.88 a month');
  await expect(page).toHaveURL(/op=cerebras-gpt-oss-120b/);
  await page.reload();
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
  await expect(volume(page).getByLabel('Input tokens a month')).toHaveValue('40M');
  await expect(page.getByTestId('cost-open')).toHaveText('$15.88 a month');
  await expectNoNonsense(page);
});

test('a shared URL opens with its state; unknown values are ignored', async ({page}) => {
  await gotoReady(page, 'calculator/?in=10M&out=2M&cp=gpt-5&mode=hosted&op=custom&oi=0.1&oo=0.5&zz=1');
  // GPT-5: 10 × $1.25 + 2 × $10 = $32.50. Custom open: 10 × $0.10 + 2 × $0.50 = $2.00.
  await expect(page.getByTestId('cost-closed')).toHaveText('$32.50 a month');
  await expect(page.getByTestId('cost-open')).toHaveText('$2.00 a month');
  await expect(closed(page).getByLabel('Model and price')).toHaveValue('gpt-5');
  await expect(hosted(page).getByLabel('Provider and price')).toHaveValue('custom');

  await gotoReady(page, 'calculator/?in=abc&cp=gpt-99&mode=cloud&tp=-4');
  await expect(volume(page).getByLabel('Input tokens a month')).toHaveValue('7.5M');
  await expect(closed(page).getByLabel('Model and price')).toHaveValue('gpt-5-5');
  await expect(page.getByTestId('cost-closed')).toHaveText('$112.50 a month');
});

test('hybrid share prices the mixed plan', async ({page}) => {
  await gotoReady(page, 'calculator/?mode=self');
  await detail(page).getByRole('textbox', {name: 'Share of traffic on the open-weight path'}).fill('80');
  // 20% of $112.50 = $22.50, plus the full $3,825 self-hosting bill = $3,847.50, shown as $3,848.
  await expect(page.getByTestId('cost-plan')).toHaveText('$3,848 a month');
  // Closed, self-hosted, hosted and the hybrid plan.
  await expect(page.getByTestId('cost-chart').locator('polyline')).toHaveCount(4);
  await expect(page).toHaveURL(/hy=80/);
});

test('Reset returns to the defaults and clears the query', async ({page}) => {
  await gotoReady(page, 'calculator/?in=7B&gn=3');
  await expect(volume(page).getByLabel('Input tokens a month')).toHaveValue('7B');
  await page.getByRole('button', {name: 'Reset to defaults'}).click();
  await expect(volume(page).getByLabel('Input tokens a month')).toHaveValue('7.5M');
  await expect(selfHost(page).getByLabel('Number of GPUs')).toHaveValue('1');
  await expect(page).not.toHaveURL(/\?/);
  await expect(page.getByTestId('cost-closed')).toHaveText('$112.50 a month');
});

test('over-capacity volumes carry a warning', async ({page}) => {
  await gotoReady(page, 'calculator/?in=2B&out=1B');
  // 3B tokens > 2.628B capacity of one GPU (2,000 × 50% × 3,600 × 730); ceil(3e9 / 3.6e6 / 730) = 2 GPUs.
  await expect(page.locator('[data-path="self"]')).toContainText('Over capacity: needs 2 GPUs');
  await gotoReady(page, 'calculator/?in=2B&out=1B&mode=self');
  await expect(page.getByTestId('capacity')).toContainText('Over capacity');
  await expect(page.getByTestId('capacity')).toContainText('You would need 2 GPUs');
});

const BAD: Array<{
  field: string;
  group: (p: Page) => ReturnType<Page['getByRole']>;
  value: string;
  message: RegExp;
}> = [
  {field: 'Input tokens a month', group: volume, value: '', message: /Enter the monthly input tokens/},
  {field: 'Output tokens a month', group: volume, value: '-5M', message: /cannot be negative/},
  {field: 'Input tokens a month', group: volume, value: 'abc', message: /digits with an optional k, M or B/},
  {field: 'Input tokens a month', group: volume, value: '9e20', message: /quadrillion/},
  {
    field: 'Tokens per second per GPU',
    group: selfHost,
    value: '0',
    message: /Throughput must be more than 0/,
  },
  {field: 'Output, $ per 1M tokens', group: closed, value: 'lots', message: /not a number/},
  {field: 'Utilization', group: selfHost, value: '150', message: /at most 100/},
];

// One page for all of them, as a reader fixing one typo after another: each bad value is typed,
// checked, then corrected, and the result must come back before the next one (a named step each).
test('each bad input gets an inline message and no nonsense output, and fixing it brings the result back', async ({
  page,
}) => {
  await gotoReady(page, 'calculator/');
  for (const bad of BAD) {
    await test.step(`"${bad.value}" in ${bad.field}`, async () => {
      const input = bad.group(page).getByLabel(bad.field);
      await input.fill(bad.value);
      await expect(input).toHaveAttribute('aria-invalid', 'true');
      const describedBy = (await input.getAttribute('aria-describedby')) ?? '';
      const errorId = describedBy.split(' ').find((id) => id.endsWith('-error'));
      expect(errorId, 'aria-describedby names the error').toBeTruthy();
      await expect(page.locator(`[id="${errorId}"]`)).toHaveText(bad.message);
      await expect(page.getByTestId('calculator-invalid')).toBeVisible();
      await expect(page.getByTestId('cost-chart')).toHaveCount(0);
      await expect(page.getByTestId('calculator-summary')).toContainText('needs fixing');
      await expectNoNonsense(page);
      // Fixing the field brings the result back.
      await input.fill(
        bad.field.startsWith('Tokens per second') ? '1500' : bad.field === 'Utilization' ? '50' : '5M',
      );
      if (bad.field.startsWith('Output, $')) await input.fill('30');
      await expect(input).not.toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByTestId('cost-chart')).toBeVisible();
    });
  }
});

test('without JavaScript the worked example is in the HTML', async ({page}) => {
  const response = await page.request.get('calculator/');
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).toContain('Worked example at typical volumes');
  // Default 3:1 mix at the default closed price at 1M, 10M, 100M and 1B tokens, the hosted price at 1B,
  // and the assumed self-hosting $3,825 flat.
  for (const figure of [
    usd(bill(closedPrice, 0.1)),
    usd(bill(closedPrice)),
    usd(bill(closedPrice, 10)).replace(/\.00$/, ''),
    usd(bill(closedPrice, 100)).replace(/\.00$/, ''),
    usd(bill(hostedPrice, 100)),
    '$3,825',
  ])
    expect(html).toContain(figure);
  expect(html).toContain('gpt-oss-120b on OpenRouter');
  expect(html).toContain('How the numbers are worked out');
  expect(html).not.toMatch(/NaN|Infinity/);
});

test('reads on a 360 px phone in dark mode without sideways scrolling', async ({page}) => {
  await page.setViewportSize({width: 360, height: 800});
  await page.emulateMedia({colorScheme: 'dark'});
  await gotoReady(page, 'calculator/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByTestId('cost-chart')).toBeVisible();
  const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(widths[0]).toBeLessThanOrEqual(widths[1]);
  // Every label of the chart is drawn inside it: the SVG clips what overflows its box.
  const clipped = await page.getByTestId('cost-chart').evaluate((svg) => {
    const box = svg.getBoundingClientRect();
    return [...svg.querySelectorAll('text')]
      .filter((t) => {
        const r = t.getBoundingClientRect();
        return (
          r.left < box.left - 0.5 ||
          r.right > box.right + 0.5 ||
          r.top < box.top - 0.5 ||
          r.bottom > box.bottom + 0.5
        );
      })
      .map((t) => t.textContent);
  });
  expect(clipped, 'chart labels cut off at the edge').toEqual([]);
});

for (const mode of ['light', 'dark'] as const) {
  test(`no axe violations with results, errors and the self-hosting comparison shown (${mode})`, async ({
    page,
  }) => {
    await gotoReady(page, `calculator/?hy=60&docusaurus-theme=${mode}`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', mode);
    await expect(page.getByTestId('cost-chart')).toBeVisible();
    await page.locator('details summary').first().click();
    await expectNoAxeViolations(page, `calculator with results (${mode})`);
    await volume(page).getByLabel('Input tokens a month').fill('abc');
    await selfHost(page).getByLabel('Tokens per second per GPU').fill('0');
    await expect(page.getByTestId('calculator-invalid')).toBeVisible();
    await expectNoAxeViolations(page, `calculator with errors (${mode})`);
    await detail(page).getByLabel('Self-hosting on rented GPUs').check();
    await expectNoAxeViolations(page, `calculator, self-hosting compared (${mode})`);
    // Other parameters in the address survive the calculator's URL updates.
    await expect(page).toHaveURL(new RegExp(`docusaurus-theme=${mode}`));
  });
}
