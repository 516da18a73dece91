/**
 * Vendored snapshots of two other openness trackers, trimmed to the models in our dataset:
 *  - eu-index.json: European Open Source AI Index (CC BY 4.0), see NOTICE.md;
 *  - mot.json: LF AI & Data Model Openness Tool (MIT), see LICENSE-MOT.
 * Regenerate with scripts/update-trackers.ts; map new entries in ./mapping.ts.
 *
 * `secondOpinionFor` builds everything one model page shows, so the page receives only that
 * model's entries as route props (src/plugins/dataset) and never imports these files.
 */
import type {IsoDate, Model, RatingLevel} from '../domain/types';
import {
  MOF_CLASS_LABELS,
  MOT_CORRESPONDENCE,
  compareRatings,
  euCriterionRef,
  euRowsForRole,
  euScore,
  evaluateMot,
  motStatus,
  motStatusToLevel,
  type Comparison,
  type EuCriterion,
  type EuRating,
  type EuRole,
  type MofClass,
  type MotComponent,
  type MotComponentDef,
  type MotStatus,
  type TheirCell,
} from './trackers';
import euJson from '../data/trackers/eu-index.json';
import motJson from '../data/trackers/mot.json';

interface SnapshotMeta {
  name: string;
  repository: string;
  site: string;
  commit: string;
  /** Commit date, YYYY-MM-DD. */
  date: IsoDate;
  license: string;
}

export interface EuEntry {
  file: string;
  role: EuRole;
  name?: string;
  baseModel?: string;
  endModel?: string;
  type: string;
  releaseDate?: string;
  lastChanged: IsoDate;
  ratings: Record<string, EuRating>;
}

export interface EuSnapshot extends SnapshotMeta {
  doi: string;
  citation: string;
  criteria: EuCriterion[];
  entries: Record<string, EuEntry>;
}

export interface MotEntry {
  file: string;
  name: string;
  producer?: string;
  lastChanged: IsoDate;
  components: MotComponent[];
}

export interface MotSnapshot extends SnapshotMeta {
  components: MotComponentDef[];
  entries: Record<string, MotEntry>;
}

export const euIndex = euJson as EuSnapshot;
export const mot = motJson as MotSnapshot;

/* ---- What a model page receives --------------------------------------------------------- */

export type SnapshotInfo = SnapshotMeta;

export interface EuOpinion {
  snapshot: SnapshotInfo & {doi: string; citation: string};
  entry: Omit<EuEntry, 'ratings'>;
  /** Every criterion of the index, in its order, with this entry's rating. */
  ratings: Array<{ref: string; name: string; category: string} & EuRating>;
  score: number;
  counted: number;
  empty: number;
}

export interface MotOpinion {
  snapshot: SnapshotInfo;
  entry: Omit<MotEntry, 'components'>;
  mofClass: MofClass;
  classLabel: string;
  progress: Record<1 | 2 | 3, number>;
  /** Every component of the framework with this entry's status and license. */
  components: Array<{
    id: number;
    name: string;
    class: 1 | 2 | 3;
    required: boolean;
    status: MotStatus;
    license: string | null;
  }>;
  /** Names of required components missing from the next class up (empty at Class I). */
  nextClassLacks: string[];
}

export interface SecondOpinionData {
  /** Both snapshots' commit, date and license, shown even when a model is not covered. */
  snapshots: {eu: SnapshotInfo; mot: SnapshotInfo};
  eu: EuOpinion | null;
  mot: MotOpinion | null;
  comparisons: Comparison[];
}

const meta = (s: SnapshotMeta): SnapshotInfo => ({
  name: s.name,
  repository: s.repository,
  site: s.site,
  commit: s.commit,
  date: s.date,
  license: s.license,
});

/** Licenses the MOT data writes for parts that were not released. */
const NOT_RELEASED = /proprietary|not included/i;

/** MOT status on our scale; a "Proprietary"/"not included" license means nothing was released. */
function motLevel(status: MotStatus, license: string | null): RatingLevel | null {
  if (status === 'invalid' && license !== null && NOT_RELEASED.test(license)) return 'closed';
  return motStatusToLevel(status);
}

export function secondOpinionFor(
  model: Pick<Model, 'id' | 'openness'>,
  eu: EuSnapshot = euIndex,
  motData: MotSnapshot = mot,
): SecondOpinionData {
  const cells: TheirCell[] = [];

  let euOpinion: EuOpinion | null = null;
  const e = eu.entries[model.id];
  if (e) {
    const s = euScore(eu.criteria, e.ratings, e.type);
    const {ratings, ...entry} = e;
    euOpinion = {
      snapshot: {...meta(eu), doi: eu.doi, citation: eu.citation},
      entry,
      ratings: eu.criteria.map((c) => ({
        ref: c.ref,
        name: c.name,
        category: c.category,
        ...(ratings[c.ref] ?? {class: null}),
      })),
      ...s,
    };
    for (const row of euRowsForRole(e.role)) {
      const ref = euCriterionRef(row.theirs, e.role);
      const criterion = eu.criteria.find((c) => c.ref === ref);
      if (!criterion) continue;
      cells.push({
        correspondence: row,
        name: criterion.name,
        level: ratings[ref]?.class ?? null,
        entryDate: e.lastChanged,
      });
    }
  }

  let motOpinion: MotOpinion | null = null;
  const m = motData.entries[model.id];
  if (m) {
    const evaluation = evaluateMot(motData.components, m.components);
    const {components, ...entry} = m;
    const next = evaluation.mofClass === 1 ? null : (((evaluation.mofClass || 4) - 1) as 1 | 2 | 3);
    motOpinion = {
      snapshot: meta(motData),
      entry,
      mofClass: evaluation.mofClass,
      classLabel: MOF_CLASS_LABELS[evaluation.mofClass],
      progress: evaluation.progress,
      components: motData.components.map((d) => ({
        id: d.id,
        name: d.name,
        class: d.class,
        required: d.required,
        status: motStatus(components, d.id),
        license: components.find((c) => c.id === d.id)?.license ?? null,
      })),
      nextClassLacks: next
        ? evaluation.lacking[next].map(
            (id) => motData.components.find((d) => d.id === id)?.name ?? String(id),
          )
        : [],
    };
    for (const row of MOT_CORRESPONDENCE) {
      const id = Number(row.theirs);
      const def = motData.components.find((d) => d.id === id);
      if (!def) continue;
      const status = motStatus(components, id);
      const license = components.find((c) => c.id === id)?.license ?? null;
      cells.push({
        correspondence: row,
        name: def.name,
        level: motLevel(status, license),
        entryDate: m.lastChanged,
      });
    }
  }

  return {
    snapshots: {eu: meta(eu), mot: meta(motData)},
    eu: euOpinion,
    mot: motOpinion,
    comparisons: compareRatings(model.openness, cells),
  };
}
