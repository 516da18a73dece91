/** axe-core helper shared by the accessibility specs: WCAG 2.2 A/AA, zero violations. */
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
  options: {rules?: string[]} = {},
): Promise<void> {
  const builder = new AxeBuilder({page});
  const results = await (
    options.rules ? builder.withRules(options.rules) : builder.withTags(WCAG_TAGS)
  ).analyze();
  expect(results.passes.length, `axe ran checks on ${label}`).toBeGreaterThan(0);
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
