/**
 * Family pages (/models/<family>/) and the openness timeline (issue #13 §3–4): a family page lists
 * its versions, newest first, with verdicts and links that resolve; the timeline's SVG and table
 * read without JavaScript; its marks and text keep their contrast in both colour modes; axe is
 * clean on a family page and the history page. Expected text comes from the same pure functions
 * the build uses, so a data change does not break the test; a page that stops showing it does.
 */
import {test, expect, gotoReady} from './fixtures';
import {expectNoAxeViolations} from './axe';
import {models} from '../../src/data/models';
import {getLicense} from '../../src/data/licenses';
import {families, getFamily} from '../../src/data/models';
import {familyPageProps} from '../../src/lib/families';
import {OSAID_VERDICTS} from '../../src/domain/verdicts';
import {timelineData} from '../../src/lib/timelineData';

const props = (id: string) => {
  const f = getFamily(id);
  if (!f) throw new Error(`no family ${id}`);
  return familyPageProps(f, families, (m) => models.find((x) => x.id === m), getLicense);
};

test.use({reducedMotion: 'reduce'});

for (const id of ['llama', 'gpt']) {
  test(`/models/${id}/ answers the family question and lists every version with a working link`, async ({
    page,
  }) => {
    const p = props(id);
    await gotoReady(page, `models/${id}/`);
    await expect(page.locator('h1')).toHaveText(`Is ${p.family.name} open source?`);
    await expect(page).toHaveTitle(new RegExp(`^Is ${p.family.name} open source\\?`));
    await expect(page.getByTestId('family-answer')).toHaveText(p.answer);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute(
      'content',
      `Is ${p.family.name} open source? ${p.answer}`,
    );
    const items = page.getByTestId('family-versions').locator(':scope > li');
    await expect(items).toHaveCount(p.members.length);
    expect(await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-model')))).toEqual(
      p.members.map((m) => m.id),
    );
    for (const [i, m] of p.members.entries()) {
      const item = items.nth(i);
      await expect(item).toContainText(OSAID_VERDICTS[m.osaid].label);
      await expect(item).toContainText(m.licenseName);
      if (m.score.score !== null) await expect(item).toContainText(`${m.score.score}/100`);
      const link = item.getByRole('link', {name: m.name, exact: true});
      const href = await link.getAttribute('href');
      expect(href).toMatch(new RegExp(`models/${m.id}/$`));
      const res = await page.request.get(new URL(href ?? '', page.url()).href);
      expect(res.status(), `${href}`).toBe(200);
    }
    // Other families are linked too, and resolve.
    const other = page.locator('#other-families + ul a').first();
    const otherRes = await page.request.get(
      new URL((await other.getAttribute('href')) ?? '', page.url()).href,
    );
    expect(otherRes.status()).toBe(200);
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`without JavaScript, ${colorScheme} system theme`, () => {
    test.use({javaScriptEnabled: false, colorScheme});
    test(`the timeline reads without JavaScript (${colorScheme} system theme)`, async ({page}) => {
      await page.goto('guide/openai-history/');
      const figure = page.getByTestId('openness-timeline');
      const svg = figure.locator('svg[role="img"]:visible');
      await expect(svg).toHaveCount(1);
      const {points} = timelineData(models, getLicense);
      await expect(svg.locator('title')).toHaveText(
        `Openness score of ${points.length} AI models by release date`,
      );
      await expect(svg.locator('desc')).toContainText('The table after the chart lists every point.');
      // One mark per point, drawn on the server.
      await expect(svg.locator('circle, polygon, rect')).toHaveCount(points.length);
      // The table sits in a closed <details> that opens with no script at all.
      await figure.locator('summary').click();
      const rows = figure.locator('tbody tr');
      await expect(rows).toHaveCount(points.length);
      await expect(rows.filter({hasText: 'gpt-oss-120b'})).toContainText('Open weights');
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});
  test('a family page is in the static HTML', async ({page}) => {
    await page.goto('models/gemma/');
    await expect(page.getByTestId('family-answer')).toHaveText(props('gemma').answer);
    // As many versions as the family has records (adding a Gemma must not break this test).
    await expect(page.getByTestId('family-versions').locator(':scope > li')).toHaveCount(
      props('gemma').members.length,
    );
  });
});

/** WCAG relative luminance contrast of two rgb() strings. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

for (const theme of ['light', 'dark'] as const) {
  test(`timeline marks and text keep contrast in ${theme} mode, and kinds differ in colour and shape`, async ({
    page,
  }) => {
    await gotoReady(page, `guide/openai-history/?docusaurus-theme=${theme}`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    const colours = await page.evaluate(() => {
      const svg = document.querySelector('[data-testid="openness-timeline"] svg[data-layout="wide"]');
      if (!svg) return null;
      const fill = (sel: string) => getComputedStyle(svg.querySelector(sel) as Element).fill;
      return {
        // The first painted background behind the chart (transparent layers let the canvas show: white).
        bg:
          [svg.closest('main'), document.body, document.documentElement]
            .map((el) => (el ? getComputedStyle(el).backgroundColor : ''))
            .find((c) => c !== '' && c !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(c)) ??
          'rgb(255, 255, 255)',
        text: fill('text'),
        circle: fill('circle'),
        polygon: fill('polygon'),
        rect: fill('g > rect'),
      };
    });
    expect(colours).not.toBeNull();
    const c = colours as NonNullable<typeof colours>;
    expect(contrast(c.text, c.bg)).toBeGreaterThanOrEqual(4.5);
    for (const mark of [c.circle, c.polygon, c.rect]) expect(contrast(mark, c.bg)).toBeGreaterThanOrEqual(3);
    expect(new Set([c.circle, c.polygon, c.rect]).size).toBe(3);
  });

  for (const path of ['models/llama/', 'guide/openai-history/']) {
    test(`/${path} is axe-clean in ${theme} mode`, async ({page}) => {
      await gotoReady(page, `${path}?docusaurus-theme=${theme}`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await page.getByTestId(path.startsWith('models') ? 'family-answer' : 'openness-timeline').waitFor();
      if (!path.startsWith('models')) await page.getByTestId('openness-timeline').locator('summary').click();
      await expectNoAxeViolations(page, `/${path} (${theme})`);
    });
  }
}

test('at 390 px the phone drawing shows, the page does not scroll sideways', async ({page}) => {
  await page.setViewportSize({width: 390, height: 844});
  await gotoReady(page, 'guide/future-of-open-ai/');
  const figure = page.getByTestId('openness-timeline');
  await expect(figure.locator('svg[data-layout="narrow"]')).toBeVisible();
  await expect(figure.locator('svg[data-layout="wide"]')).toBeHidden();
  const overflow = () =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await overflow()).toBeLessThanOrEqual(0);
  // The table of points, opened, fits too.
  await figure.locator('summary').click();
  await expect(figure.locator('table')).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
  const table = await figure.locator('table').boundingBox();
  expect((table?.x ?? 0) + (table?.width ?? 0)).toBeLessThanOrEqual(390);
  await gotoReady(page, 'models/llama/');
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBeLessThanOrEqual(0);
});
