/**
 * Second opinions from other openness trackers, as pure functions (no React, no file access):
 *
 *  - the EU Open Source AI Index (osai-index.eu): its overall score, computed the way its website
 *    does it (Language-Technology-Assessment/website, composables/models.ts `sortModels`): every
 *    criterion counts open = 1, partial = 0.5 and closed = 0, an empty rating counts 0, and the score
 *    is the mean over all criteria in `_parameters.yml` that apply to the model's type;
 *  - the Model Openness Tool (lfai/model_openness_tool): the Model Openness Framework class,
 *    ported from web/modules/mof/src/ModelEvaluator.php (`evaluate`, `getProgress`,
 *    `getClassification`) and the license lookup from ModelUpdater.php / LicenseHandler.php;
 *  - the comparison with our own ratings (./trackerComparison.ts, re-exported here): which of
 *    their criteria correspond to which of our dimensions, and why a cell disagrees.
 *
 * The vendored snapshots live in src/data/trackers/; scripts/update-trackers.ts regenerates them.
 */
import type {RatingLevel} from '../domain/types';

export * from './trackerComparison';

/* ------------------------------------------------------------------------------------------ */
/* EU Open Source AI Index                                                                     */
/* ------------------------------------------------------------------------------------------ */

/** A rating in the EU index. `null`: left empty (the index says "NA", its site counts it as 0). */
export type EuClass = RatingLevel | null;

export interface EuCriterion {
  /** Key in the model's YAML file, e.g. `weights_endmodel`. */
  ref: string;
  name: string;
  /** Group in `_parameters.yml`: availability, documentation or access. */
  category: string;
  /** Model types the criterion applies to (text, image, code, video, audio). */
  types: string[];
}

export interface EuRating {
  class: EuClass;
  link?: string;
}

export const EU_CLASS_WEIGHT: Record<RatingLevel, number> = {open: 1, partial: 0.5, closed: 0};

export interface EuScore {
  /** 0–1, as the index computes it. */
  score: number;
  /** Criteria the score averages over. */
  counted: number;
  /** Of those, criteria left empty in the entry (counted as 0 by the index's site). */
  empty: number;
}

/**
 * The index's overall score for one entry: the mean weight over every criterion whose `types`
 * include the entry's type. An empty or missing rating weighs 0, as on osai-index.eu.
 */
export function euScore(
  criteria: readonly EuCriterion[],
  ratings: Readonly<Record<string, EuRating | undefined>>,
  type: string,
): EuScore {
  const types = type.split(',').map((t) => t.trim());
  const applicable = criteria.filter((c) => c.types.some((t) => types.includes(t.trim())));
  if (applicable.length === 0) return {score: 0, counted: 0, empty: 0};
  let sum = 0;
  let empty = 0;
  for (const c of applicable) {
    const cls = ratings[c.ref]?.class ?? null;
    if (cls === null) empty += 1;
    else sum += EU_CLASS_WEIGHT[cls];
  }
  return {score: sum / applicable.length, counted: applicable.length, empty};
}

/** Score as a whole percentage, as the index's site shows it. */
export function percent(score: number): number {
  return Math.round(score * 100);
}

/* ------------------------------------------------------------------------------------------ */
/* Model Openness Tool (Model Openness Framework classes)                                      */
/* ------------------------------------------------------------------------------------------ */

export type MofClass = 0 | 1 | 2 | 3;
export type MotContentType = 'code' | 'data' | 'document';

export interface MotComponentDef {
  /** Component id in mof.settings.yml. */
  id: number;
  name: string;
  /** The lowest class (3, 2 or 1) that lists it. */
  class: 1 | 2 | 3;
  required: boolean;
  contentType: MotContentType;
}

/** Technical report (11) may be replaced by a research paper (21), as ModelEvaluator.php says. */
export const MOT_TECHNICAL_REPORT = 11;
export const MOT_RESEARCH_PAPER = 21;

export const MOF_CLASS_LABELS: Record<MofClass, string> = {
  0: 'Unclassified',
  1: 'Class I – Open Science',
  2: 'Class II – Open Tooling',
  3: 'Class III – Open Model',
};

/** One component a model lists, with its license as the tool resolves it. */
export interface MotComponent {
  id: number;
  /** Resolved license id, or null when the component is released without one. */
  license: string | null;
  /** True when the tool counts that license as open (OSI, FSF libre, open data, OpenMDW). */
  open: boolean;
}

export type {MotStatus} from '../domain/types';
import type {MotStatus} from '../domain/types';

/**
 * The license the tool applies to a component (ModelEvaluator::resolveLicense): the component's
 * own license if set (an empty one, written `unlicensed`, means none), else the release's
 * license for the component's content type, else its distribution license.
 */
export function resolveMotLicense(
  componentLicense: string | undefined,
  contentType: MotContentType,
  global: Readonly<Record<string, {name?: string} | undefined>>,
): string | null {
  if (componentLicense !== undefined) {
    return componentLicense === '' || componentLicense === 'unlicensed' ? null : componentLicense;
  }
  const typed = global[contentType]?.name;
  if (typed) return typed;
  const distribution = global.distribution?.name;
  return distribution ? distribution : null;
}

/**
 * LicenseHandler::isOpenSourceLicense: FSF libre, OSI-approved, on the tool's open-data list or
 * on its extra open list. The sets come from the tool's license files at the pinned commit.
 */
export function isMotOpenLicense(
  license: string | null,
  sets: {osiOrFsf: ReadonlySet<string>; openData: ReadonlySet<string>; extra: ReadonlySet<string>},
): boolean {
  if (license === null) return false;
  return sets.osiOrFsf.has(license) || sets.openData.has(license) || sets.extra.has(license);
}

export function motStatus(components: readonly MotComponent[], id: number): MotStatus {
  const c = components.find((x) => x.id === id);
  if (!c) return 'missing';
  if (c.open) return 'included';
  return c.license === null ? 'unlicensed' : 'invalid';
}

export interface MotEvaluation {
  mofClass: MofClass;
  /** Progress towards each class in percent (ModelEvaluator::getProgress). */
  progress: Record<1 | 2 | 3, number>;
  /** Required components, cumulative per class, that are not included with an open license. */
  lacking: Record<1 | 2 | 3, number[]>;
}

/**
 * Port of ModelEvaluator: class 3 needs its required components under open licenses, class 2
 * adds its own, class 1 adds its own; the technical report may be replaced by a research paper.
 * The class is the highest one whose progress reaches 100 %.
 */
export function evaluateMot(
  defs: readonly MotComponentDef[],
  components: readonly MotComponent[],
): MotEvaluation {
  const requiredOf = (cls: number) => defs.filter((d) => d.required && d.class === cls).map((d) => d.id);
  const reportIncluded = motStatus(components, MOT_TECHNICAL_REPORT) === 'included';
  const paperStatus = motStatus(components, MOT_RESEARCH_PAPER);
  // handleTechnicalReportOmission: the paper stands in for the report in classes 3 and 2.
  const paperSubstitutes = !reportIncluded && paperStatus !== 'missing';

  const included: Record<1 | 2 | 3, number> = {1: 0, 2: 0, 3: 0};
  const lacking: Record<1 | 2 | 3, number[]> = {1: [], 2: [], 3: []};
  let cumulative: number[] = [];
  for (const cls of [3, 2, 1] as const) {
    cumulative = [...cumulative, ...requiredOf(cls)];
    let count = 0;
    for (const id of cumulative) {
      if (motStatus(components, id) === 'included') count += 1;
      else if (!(id === MOT_TECHNICAL_REPORT && paperSubstitutes)) lacking[cls].push(id);
    }
    if (paperSubstitutes && cls !== 1) {
      if (paperStatus === 'included') count += 1;
      else lacking[cls].push(MOT_RESEARCH_PAPER);
    }
    included[cls] = count;
  }

  const progress: Record<1 | 2 | 3, number> = {1: 0, 2: 0, 3: 0};
  for (const target of [3, 2, 1] as const) {
    let total = 0;
    let count = 0;
    let reached = true;
    for (const cls of [3, 2, 1] as const) {
      if (cls < target) break;
      total += requiredOf(cls).length;
      count = included[cls];
      if (count < total) {
        if (cls > target) reached = false;
        break;
      }
    }
    if (!reached) continue;
    if (target === 1 && !reportIncluded && paperStatus === 'included') total -= 1;
    progress[target] = Math.min(100, (count / total) * 100);
  }

  let mofClass: MofClass = 0;
  for (const cls of [3, 2, 1] as const) if (progress[cls] === 100) mofClass = cls;
  return {mofClass, progress, lacking};
}
