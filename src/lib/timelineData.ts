/**
 * The openness timeline's data step, run at build time only (src/plugins/dataset writes
 * timeline.json; src/plugins/seo writes the Markdown for llms-full.txt). Kept apart from
 * ./timeline.ts so the page bundle never carries the verdict logic. Tested in
 * tests/unit/timeline.test.ts.
 */
import type {License, Model} from '../domain/types';
import {modelVerdicts} from '../domain/verdicts';
import {TIMELINE_KINDS, type TimelineData, type TimelineKind, type TimelinePoint} from './timeline';

/** Records → points, oldest first. Models with no openness score are left out (nothing to plot). */
export function timelineData(
  models: readonly Model[],
  getLicense: (id: string) => License | undefined,
): TimelineData {
  const points: TimelinePoint[] = [];
  let asOf = '';
  for (const m of models) {
    const license = getLicense(m.license);
    if (!license) throw new Error(`models[${m.id}].license: unknown license id`);
    const v = modelVerdicts(m, license);
    if (v.score.score === null) continue;
    const kind: TimelineKind =
      v.osaid.verdict === 'meets' ? 'osai' : v.openWeights === 'no' ? 'closed' : 'open-weight';
    points.push({id: m.id, name: m.name, date: m.firstRelease, score: v.score.score, kind});
    if (m.lastVerified > asOf) asOf = m.lastVerified;
  }
  points.sort((a, b) => a.date.localeCompare(b.date) || a.name.localeCompare(b.name));
  // Labelled points, in label priority: the records' `timelineLabel` (1 first).
  const plotted = new Set(points.map((p) => p.id));
  const notable = models
    .filter((m) => m.timelineLabel !== undefined && plotted.has(m.id))
    .sort((a, b) => (a.timelineLabel ?? 0) - (b.timelineLabel ?? 0))
    .map((m) => m.id);
  return {asOf, points, notable};
}

/** The timeline as a Markdown table, for llms-full.txt (src/plugins/seo): same points, as text. */
export function timelineMarkdown(data: TimelineData, pageUrl: (id: string) => string): string {
  const rows = data.points.map(
    (p) => `| [${p.name}](${pageUrl(p.id)}) | ${p.date} | ${p.score} | ${TIMELINE_KINDS[p.kind].label} |`,
  );
  return [
    `Openness score (0–100) of ${data.points.length} models by first release, computed from the model records (last checked ${data.asOf}):`,
    '',
    '| Model | Released | Score | Kind |',
    '|---|---|---|---|',
    ...rows,
  ].join('\n');
}
