/**
 * The home page's tiny model index: name → id for the "Is ___ open source?" field, and the openness
 * at a glance of the models people ask about. Built from the model records at build time by the
 * dataset plugin (createData), so the home page never imports the dataset with its notes and
 * sources. Pure: no React, no DOM; unit-tested in tests/unit/modelIndex.test.ts.
 */
import type {AccessKind, Model, RatingLevel} from '../domain/types';

/** Records shown in the home page's "at a glance" table, in display order (ChatGPT first). */
export const GLANCE_IDS = [
  'chatgpt',
  'gpt-oss-120b',
  'llama-4-maverick',
  'deepseek-r1',
  'qwen3-235b',
  'olmo-2-32b',
] as const;

/** The openness dimensions the glance table shows; access is shown separately and neutrally. */
export const GLANCE_DIMENSIONS = ['weights', 'trainingCode', 'trainingData', 'license'] as const;
export type GlanceDimension = (typeof GLANCE_DIMENSIONS)[number];

export interface IndexEntry {
  id: string;
  name: string;
  organization: string;
}

export interface GlanceCell {
  level: RatingLevel;
  note: string;
  /** The evidence: an https page that shows the fact. */
  source: string;
  asOf: string;
}

export interface GlanceRow {
  id: string;
  name: string;
  access: AccessKind[];
  cells: Record<GlanceDimension, GlanceCell | null>;
}

export interface ModelIndex {
  models: IndexEntry[];
  glance: GlanceRow[];
}

export function buildModelIndex(
  models: readonly Model[],
  glanceIds: readonly string[] = GLANCE_IDS,
): ModelIndex {
  const byId = new Map(models.map((m) => [m.id, m]));
  const glance: GlanceRow[] = [];
  for (const id of glanceIds) {
    const m = byId.get(id);
    if (!m) continue;
    const cells = {} as Record<GlanceDimension, GlanceCell | null>;
    for (const dim of GLANCE_DIMENSIONS) {
      const r = m.openness[dim];
      cells[dim] = r ? {level: r.level, note: r.note, source: r.source, asOf: r.asOf} : null;
    }
    glance.push({id: m.id, name: m.name, access: [...m.access], cells});
  }
  return {
    models: models
      .map((m) => ({id: m.id, name: m.name, organization: m.organization}))
      .sort((a, b) => a.name.localeCompare(b.name, 'en')),
    glance,
  };
}

/** Lower case, letters and digits only: "GPT-OSS 120b" and "gptoss120b" compare equal. */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '');
}

/**
 * Models whose name, id or maker match what the reader typed, best first: name starts with the
 * query, then a word of the name starts with it, then it appears anywhere in name or id, then
 * the maker matches. Empty query → no suggestions.
 */
export function suggestModels(query: string, entries: readonly IndexEntry[], limit = 8): IndexEntry[] {
  const q = normalize(query);
  if (q.length === 0) return [];
  const scored: Array<{entry: IndexEntry; rank: number}> = [];
  for (const entry of entries) {
    const name = normalize(entry.name);
    const words = entry.name.split(/[\s\-_.]+/).map(normalize);
    let rank = -1;
    if (name.startsWith(q) || normalize(entry.id).startsWith(q)) rank = 0;
    else if (words.some((w) => w.startsWith(q))) rank = 1;
    else if (name.includes(q) || normalize(entry.id).includes(q)) rank = 2;
    else if (normalize(entry.organization).startsWith(q)) rank = 3;
    if (rank >= 0) scored.push({entry, rank});
  }
  return scored
    .sort((a, b) => a.rank - b.rank || a.entry.name.localeCompare(b.entry.name, 'en'))
    .slice(0, limit)
    .map((s) => s.entry);
}
