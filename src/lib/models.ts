/**
 * Pure logic for the model table and comparisons: labels, sorting, filtering, the URL codec for
 * filter state. No React, no DOM; unit-tested in
 * tests/unit/models.test.ts.
 *
 * URL state (all optional, shareable): ?q=<text>&level=<open|partial|closed>&license=<kind>
 * &osaid=<meets|does-not-meet|cannot-tell>&use=<use case id>&org=<organization slug>
 * &takes=<modality>&makes=<modality>&sort=<column>&dir=<asc|desc>. Values are parsed against known ids;
 * anything unknown is ignored, never cast. `licence=` is read as `license=`. The default order
 * is newest first (sort=firstRelease, dir=desc).
 */
import type {LicenseKind, License, Modality, Model, OpennessDimension, RatingLevel} from '../domain/types';
import {LICENSE_KINDS, MODALITIES, OPENNESS_DIMENSIONS, RATING_LEVELS} from '../domain/types';
import {OSAID_VERDICTS, opennessScore100, osaidVerdict, type OsaidVerdict} from '../domain/verdicts';
import {USE_QUESTION_IDS, type QuestionId} from '../domain/answers';

export const OSAID_VERDICT_LIST = Object.keys(OSAID_VERDICTS) as OsaidVerdict[];

/** Openness dimensions in display order. */
export const DIMENSIONS: OpennessDimension[] = (Object.keys(OPENNESS_DIMENSIONS) as OpennessDimension[]).sort(
  (a, b) => OPENNESS_DIMENSIONS[a].order - OPENNESS_DIMENSIONS[b].order,
);
export const LEVELS = (Object.keys(RATING_LEVELS) as RatingLevel[]).sort(
  (a, b) => RATING_LEVELS[a].order - RATING_LEVELS[b].order,
);
export const LICENSE_KIND_LIST = (Object.keys(LICENSE_KINDS) as LicenseKind[]).sort(
  (a, b) => LICENSE_KINDS[a].order - LICENSE_KINDS[b].order,
);
export const MODALITY_LIST = (Object.keys(MODALITIES) as Modality[]).sort(
  (a, b) => MODALITIES[a].order - MODALITIES[b].order,
);

/** How much of a model is released, derived from its ratings (never stored, so never stale). */
export type ReleaseClass = 'open-weights-code-data' | 'open-weights' | 'restricted-weights' | 'hosted-only';

export const RELEASE_CLASSES: Record<ReleaseClass, {label: string; description: string; order: number}> = {
  'open-weights-code-data': {
    label: 'Weights, code and data',
    description: 'Weights, training code and training data are all released.',
    order: 1,
  },
  'open-weights': {
    label: 'Open weights',
    description: 'Weights can be downloaded; code or data are missing.',
    order: 2,
  },
  'restricted-weights': {
    label: 'Restricted weights',
    description:
      'Weights can be had only under restrictive terms: a gated download, a custom license with use limits, or access on request.',
    order: 3,
  },
  'hosted-only': {label: 'Hosted only', description: 'No weights: use it through an app or API.', order: 4},
};

export function releaseClass(model: Pick<Model, 'openness'>): ReleaseClass {
  const o = model.openness;
  const w = o.weights?.level;
  if (w === 'open' && o.trainingCode?.level === 'open' && o.trainingData?.level === 'open') {
    return 'open-weights-code-data';
  }
  if (w === 'open') return 'open-weights';
  if (w === 'partial') return 'restricted-weights';
  return 'hosted-only';
}

/** The openness level a model is filed under: its weights rating (the question readers ask first). */
export function opennessLevel(model: Pick<Model, 'openness'>): RatingLevel {
  return model.openness.weights?.level ?? 'closed';
}

/** Score for sorting by openness: open=2, partial=1, closed/unrated=0, summed over dimensions. */
export function opennessScore(model: Pick<Model, 'openness'>): number {
  let score = 0;
  for (const dim of DIMENSIONS) {
    const level = model.openness[dim]?.level;
    if (level === 'open') score += 2;
    else if (level === 'partial') score += 1;
  }
  return score;
}

/** Kebab-case slug for free-text values such as organization names. */
export function slugify(value: string): string {
  return value
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Short organization name for filters: the part before any parenthesis. "Meta AI" stays. */
export function orgName(organization: string): string {
  return organization.replace(/\s*\(.*$/, '').trim();
}

export function organizationOptions(
  models: ReadonlyArray<Pick<Model, 'organization'>>,
): Array<{id: string; label: string}> {
  const byId = new Map<string, string>();
  for (const m of models) {
    const label = orgName(m.organization);
    byId.set(slugify(label), label);
  }
  return [...byId.entries()]
    .map(([id, label]) => ({id, label}))
    .sort((a, b) => a.label.localeCompare(b.label, 'en'));
}

/** Largest total parameter count, or undefined when not disclosed or not listed. */
export function largestSize(model: Pick<Model, 'parameters'>): number | undefined {
  const sizes = model.parameters.sizes;
  if (!sizes || sizes.length === 0) return undefined;
  return Math.max(...sizes.map((s) => s.total));
}

const NUMBER = new Intl.NumberFormat('en', {maximumFractionDigits: 1});

/** 117e9 -> "117B", 5.1e9 -> "5.1B", 124e6 -> "124M". */
export function formatParams(n: number): string {
  if (n >= 1e12) return `${NUMBER.format(n / 1e12)}T`;
  if (n >= 1e9) return `${NUMBER.format(n / 1e9)}B`;
  if (n >= 1e6) return `${NUMBER.format(n / 1e6)}M`;
  return NUMBER.format(n);
}

/** "117B total, 5.1B active" / "124M, 355M, 774M, 1.5B" / "Not disclosed". */
export function formatSizes(model: Pick<Model, 'parameters'>): string {
  const p = model.parameters;
  if (p.status === 'not-disclosed') return 'Not disclosed';
  if (!p.sizes || p.sizes.length === 0) return 'Not listed';
  return p.sizes
    .map((s) => {
      const base = s.name ? `${s.name} ${formatParams(s.total)}` : formatParams(s.total);
      return s.active ? `${base} total, ${formatParams(s.active)} active` : base;
    })
    .join('; ');
}

/* ---------------------------------------------------------------- table state */

export type SortKey = 'name' | 'organization' | 'firstRelease' | 'size' | 'license' | 'openness' | 'score';
export type SortDir = 'asc' | 'desc';
export const SORT_KEYS: SortKey[] = [
  'name',
  'organization',
  'firstRelease',
  'size',
  'license',
  'openness',
  'score',
];

export interface TableState {
  q: string;
  level: RatingLevel | null;
  license: LicenseKind | null;
  /** Open Source AI Definition verdict (src/domain/verdicts.ts). */
  osaid: OsaidVerdict | null;
  /** "Can I use it for…": one of its channels answers yes or with conditions (src/domain/answers.ts). */
  use: QuestionId | null;
  org: string | null;
  /** What the model takes in (its `inputs`). */
  takes: Modality | null;
  /** What the model produces (its `outputs`): "makes images", "makes video". */
  makes: Modality | null;
  sort: SortKey;
  dir: SortDir;
}

/** Newest first: readers come for the current models. */
export const DEFAULT_STATE: TableState = {
  q: '',
  level: null,
  license: null,
  osaid: null,
  use: null,
  org: null,
  takes: null,
  makes: null,
  sort: 'firstRelease',
  dir: 'desc',
};

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

/** Reads table state from a query string; unknown keys and values are ignored. */
export function parseTableState(search: string, knownOrgs: readonly string[]): TableState {
  const params = new URLSearchParams(search);
  const sort = oneOf(params.get('sort'), SORT_KEYS) ?? DEFAULT_STATE.sort;
  const dir = oneOf(params.get('dir'), ['asc', 'desc'] as const) ?? DEFAULT_STATE.dir;
  return {
    q: (params.get('q') ?? '').slice(0, 100),
    level: oneOf(params.get('level'), LEVELS),
    // `licence` (British spelling) is accepted as an alias so older shared links keep working.
    license: oneOf(params.get('license') ?? params.get('licence'), LICENSE_KIND_LIST),
    osaid: oneOf(params.get('osaid'), OSAID_VERDICT_LIST),
    use: oneOf(params.get('use'), USE_QUESTION_IDS),
    org: oneOf(params.get('org'), knownOrgs),
    takes: oneOf(params.get('takes'), MODALITY_LIST),
    makes: oneOf(params.get('makes'), MODALITY_LIST),
    sort,
    dir,
  };
}

const STATE_KEYS = ['q', 'level', 'license', 'osaid', 'use', 'org', 'takes', 'makes', 'sort', 'dir'] as const;

/**
 * Writes table state into a query string, keeping unrelated parameters and dropping defaults so
 * a pristine table has a clean URL. Returns the string without "?" (empty when nothing is set).
 */
export function serializeTableState(state: TableState, existingSearch = ''): string {
  const params = new URLSearchParams(existingSearch);
  for (const key of STATE_KEYS) params.delete(key);
  params.delete('licence');
  if (state.q.trim()) params.set('q', state.q.trim());
  if (state.level) params.set('level', state.level);
  if (state.license) params.set('license', state.license);
  if (state.osaid) params.set('osaid', state.osaid);
  if (state.use) params.set('use', state.use);
  if (state.org) params.set('org', state.org);
  if (state.takes) params.set('takes', state.takes);
  if (state.makes) params.set('makes', state.makes);
  if (state.sort !== DEFAULT_STATE.sort || state.dir !== DEFAULT_STATE.dir) {
    params.set('sort', state.sort);
    params.set('dir', state.dir);
  }
  return params.toString();
}

export function isFiltered(state: TableState): boolean {
  return Boolean(
    state.q.trim() ||
      state.level ||
      state.license ||
      state.osaid ||
      state.use ||
      state.org ||
      state.takes ||
      state.makes,
  );
}

export type LicenseLookup = (id: string) => Pick<License, 'kind' | 'name'> | undefined;
/** Filters read the verdicts and use answers, which need the license's structured terms. */
type FullLicenseLookup = (
  id: string,
) => Pick<License, 'id' | 'kind' | 'name' | 'url' | 'terms' | 'osiApproved'> | undefined;

/** The Open Source AI verdict, "cannot-tell" when the license record is missing. */
export function modelOsaid(model: Model, getLicense: FullLicenseLookup): OsaidVerdict {
  const license = getLicense(model.license);
  return license ? osaidVerdict(model, license).verdict : 'cannot-tell';
}

export function filterModels(
  models: readonly Model[],
  state: TableState,
  getLicense: FullLicenseLookup,
  canUse: (model: Model, question: QuestionId) => boolean = () => false,
): Model[] {
  const q = state.q.trim().toLowerCase();
  return models.filter((m) => {
    if (state.level && opennessLevel(m) !== state.level) return false;
    if (state.license && getLicense(m.license)?.kind !== state.license) return false;
    if (state.osaid && modelOsaid(m, getLicense) !== state.osaid) return false;
    if (state.use && !canUse(m, state.use)) return false;
    if (state.org && slugify(orgName(m.organization)) !== state.org) return false;
    if (state.takes && !m.inputs.includes(state.takes)) return false;
    if (state.makes && !m.outputs.includes(state.makes)) return false;
    if (q) {
      const haystack = [m.id, m.name, m.organization, m.summary, getLicense(m.license)?.name ?? m.license]
        .join(' ')
        .toLowerCase();
      if (!haystack.includes(q)) return false;
    }
    return true;
  });
}

/** Stable sort; missing values (undisclosed sizes) always go last, whatever the direction. */
export function sortModels(
  models: readonly Model[],
  key: SortKey,
  dir: SortDir,
  getLicense: LicenseLookup,
): Model[] {
  const sign = dir === 'asc' ? 1 : -1;
  const value = (m: Model): string | number | undefined => {
    switch (key) {
      case 'name':
        return m.name.toLowerCase();
      case 'organization':
        return m.organization.toLowerCase();
      case 'firstRelease':
        return m.firstRelease;
      case 'size':
        return largestSize(m);
      case 'license': {
        const kind = getLicense(m.license)?.kind;
        return kind ? LICENSE_KINDS[kind].order : undefined;
      }
      case 'openness':
        // What is released first (the column shows it), then the finer score within a class.
        return (10 - RELEASE_CLASSES[releaseClass(m)].order) * 100 + opennessScore(m);
      case 'score': {
        // The 0–100 score; among equal scores, the one resting on more rated dimensions first
        // (in the chosen direction). Models with no rated dimension go last.
        const s = opennessScore100(m);
        return s.score === null ? undefined : s.score * 10 + s.rated;
      }
    }
  };
  return models
    .map((m, index) => ({m, index, v: value(m)}))
    .sort((a, b) => {
      if (a.v === undefined && b.v === undefined) return a.index - b.index;
      if (a.v === undefined) return 1;
      if (b.v === undefined) return -1;
      const cmp =
        typeof a.v === 'number' && typeof b.v === 'number'
          ? a.v - b.v
          : String(a.v).localeCompare(String(b.v), 'en');
      return cmp !== 0 ? cmp * sign : a.index - b.index;
    })
    .map(({m}) => m);
}

// parseCompareIds lives in ./compareIds.ts (no imports), so the comparison's pickers stay small.
export {parseCompareIds} from './compareIds';
