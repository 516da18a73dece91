/** axe-core helper shared by the accessibility specs: WCAG 2.2 A/AA, zero violations. */
import AxeBuilder from '@axe-core/playwright';
import {expect, type Page} from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({page}).withTags(WCAG_TAGS).analyze();
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
