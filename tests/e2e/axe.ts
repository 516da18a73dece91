/**
 * axe-core helper shared by the accessibility specs: WCAG 2.2 A/AA, zero violations.
 *
 * Runs in axe's "legacy" mode: axe.run inside the page. The default mode runs axe.runPartial in
 * every frame and then opens a blank page to merge the partial results, which on our largest pages
 * (thousands of table cells) took about twice as long, for no gain on a site without cross-origin
 * frames. Only violations carry node details (resultTypes); passes still list every rule that ran.
 */
import AxeBuilder from '@axe-core/playwright';
import {expect, type Page} from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The axe rules whose result depends on colours: all that can change when only the colour scheme
 * changes (the dark-mode pass of the per-page check runs these; see a11y-dark.spec.ts).
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

export async function expectNoAxeViolations(
  page: Page,
  label: string,
  options: {rules?: string[]; include?: string} = {},
): Promise<void> {
  const builder = new AxeBuilder({page}).setLegacyMode(true).options({
    runOnly: options.rules ? {type: 'rule', values: options.rules} : {type: 'tag', values: WCAG_TAGS},
    // Beyond WCAG: every landmark has a distinct name, so a screen reader's landmark list is usable.
    ...(options.rules ? {} : {rules: {'landmark-unique': {enabled: true}}}),
    resultTypes: ['violations'],
  });
  if (options.include) builder.include(options.include);
  const results = await builder.analyze();
  expect(results.passes.length + results.violations.length, `axe ran checks on ${label}`).toBeGreaterThan(0);
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n` +
      v.nodes
        .slice(0, 5)
        .map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1, 3).join(' ')}`)
        .join('\n'),
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}
