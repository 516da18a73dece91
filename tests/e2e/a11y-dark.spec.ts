/**
 * The per-page pass (pages.spec.ts) runs every WCAG 2.2 A/AA axe rule in light mode and, after the
 * theme toggle, only the colour rules in dark mode: the toggle swaps CSS custom properties and
 * leaves the DOM as it was. This spec backs that up on one page of each kind: after the toggle
 * the DOM is unchanged, and the full rule set finds nothing in dark mode either.
 */
import {test, expect, gotoReady} from './fixtures';
import {expectNoAxeViolations} from './axe';

const SAMPLES = [
  '', // landing
  'guide/faq/', // plain docs page
  'guide/is-chatgpt-open-source/', // docs page with model widgets
  'models/', // explorer
  'models/gpt-oss-120b/', // model page
  'models/llama/', // family page
  'calculator/',
  'chooser/',
  'search/?q=gpt-oss',
];

test.use({reducedMotion: 'reduce'});

for (const p of SAMPLES) {
  test(`/${p}: dark mode changes no markup and passes every axe rule`, async ({page}) => {
    const sep = p.includes('?') ? '&' : '?';
    await gotoReady(page, `${p}${sep}docusaurus-theme=light`);
    // Lazy widgets (the calculator's form) and search results arrive after hydration.
    await page.waitForLoadState('networkidle');
    // One line per element: tag, sorted attributes, own text. The toggle button (its icon and
    // label are meant to change) and the light/dark variant class of a themed image are left out.
    const markup = () =>
      page.evaluate(() =>
        [...document.body.querySelectorAll('*')]
          .filter((el) => !el.closest('button[class*="toggleButton"]'))
          .map((el) => {
            const attrs = [...el.attributes]
              .map((a) =>
                a.name === 'class'
                  ? a.value.replace(/\bthemedComponent--(light|dark)\S*/g, '')
                  : `${a.name}=${a.value}`,
              )
              .sort()
              .join(' ');
            const text = [...el.childNodes]
              .filter((n) => n.nodeType === Node.TEXT_NODE)
              .map((n) => n.textContent)
              .join('');
            return `${el.tagName} ${attrs} ${text}`.slice(0, 200);
          }),
      );
    const light = await markup();
    await page.getByRole('button', {name: /switch between dark and light mode/i}).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const dark = await markup();
    const firstDiff = dark.findIndex((line, i) => line !== light[i]);
    expect(
      {count: dark.length, firstDiff: firstDiff < 0 ? null : [light[firstDiff], dark[firstDiff]]},
      'elements after switching to dark mode',
    ).toEqual({count: light.length, firstDiff: null});
    await expectNoAxeViolations(page, `/${p} (dark, every rule)`);
  });
}
