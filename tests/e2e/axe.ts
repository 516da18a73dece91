/**
 * axe-core helper shared by the accessibility specs: WCAG 2.2 A/AA, zero violations.
 *
 * Injects axe-core's own build into the page once (a page keeps it until it navigates) and calls
 * `axe.run` there. The official Playwright wrapper injected the 550 KB script twice per call in
 * its in-page ("legacy") mode, and its default mode also opens a blank page per call to merge
 * frame results; the per-page check calls axe twice (light, then dark), so injecting once saves
 * three script compilations per page, for no loss on a site without cross-origin frames.
 * Only violations carry node details (resultTypes); `rulesRun` counts the rules that ran.
 */
import fs from 'node:fs';
import {expect, type Page} from '@playwright/test';
import type {AxeResults, RunOptions} from 'axe-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The axe rules whose result depends on colours: all that can change when only the colour scheme
 * changes (the dark-mode pass of the per-page check runs these; see pages.spec.ts, DARK_SAMPLE).
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeSummary {
  rulesRun: number;
  violations: Array<{
    id: string;
    impact: string | null;
    help: string;
    nodes: Array<{target: string; summary: string}>;
  }>;
}

export interface AxeCheckOptions {
  /** Only these rules (default: every WCAG 2.2 A/AA rule plus landmark-unique). */
  rules?: string[];
  /** Every rule axe has except experimental ones (its own default), instead of the WCAG set. */
  allRules?: boolean;
  /** Only these parts of the page (CSS selectors). */
  include?: string | string[];
}

/** Runs axe in the page and returns its violations with their nodes. */
export async function runAxe(page: Page, options: AxeCheckOptions = {}): Promise<AxeSummary> {
  if (!(await page.evaluate(() => typeof (window as {axe?: {run?: unknown}}).axe?.run === 'function'))) {
    await page.evaluate(AXE_SOURCE);
  }
  const runOptions: RunOptions = {
    ...(options.rules
      ? {runOnly: {type: 'rule', values: options.rules}}
      : options.allRules
        ? {}
        : {
            runOnly: {type: 'tag', values: WCAG_TAGS},
            // Beyond WCAG: every landmark has a distinct name, so a screen reader's landmark list is usable.
            rules: {'landmark-unique': {enabled: true}},
          }),
    resultTypes: ['violations'],
  };
  const include = options.include === undefined ? null : [options.include].flat().map((s) => [s]);
  return page.evaluate(
    async ({include, runOptions}) => {
      // Measure settled colours: after a theme toggle the theme's colour transitions may still be
      // running (axe would read a colour halfway between light and dark). Wait for every finite
      // animation or transition, at most two seconds.
      const running = document
        .getAnimations()
        .filter((a) => a.playState === 'running' && a.effect?.getComputedTiming().endTime !== Infinity);
      await Promise.race([
        Promise.all(running.map((a) => a.finished.catch(() => undefined))),
        new Promise((resolve) => setTimeout(resolve, 2000)),
      ]);
      const axe = (window as unknown as {axe: {run: (c: unknown, o: RunOptions) => Promise<AxeResults>}}).axe;
      const r = await axe.run(include ? {include} : document, runOptions);
      return {
        rulesRun: r.passes.length + r.violations.length + r.incomplete.length + r.inapplicable.length,
        violations: r.violations.map((v) => ({
          id: v.id,
          impact: v.impact ?? null,
          help: v.help,
          nodes: v.nodes.map((n) => ({
            target: n.target.join(' '),
            summary: (n.failureSummary ?? '').split('\n').slice(1, 3).join(' '),
          })),
        })),
      };
    },
    {include, runOptions},
  );
}

export async function expectNoAxeViolations(
  page: Page,
  label: string,
  options: AxeCheckOptions = {},
): Promise<void> {
  const results = await runAxe(page, options);
  expect(results.rulesRun, `axe ran rules on ${label}`).toBeGreaterThan(0);
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n` +
      v.nodes
        .slice(0, 5)
        .map((n) => `    ${n.target} — ${n.summary}`)
        .join('\n'),
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}
