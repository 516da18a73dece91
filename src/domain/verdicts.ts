/**
 * Verdicts computed from a model record and its license record (issue #13 §1). Pure functions, no
 * React, no dataset import: callers pass the records, so the explorer, the JSON export and the
 * model pages all read the same answers. Unit-tested rule by rule in tests/unit/verdicts.test.ts.
 *
 * The `api` dimension is access, not openness (issue #12 §3): no verdict or score reads it.
 *
 * ## Open Source AI (OSI's Open Source AI Definition 1.0, sources `osi-osaid`, `osi-osaid-rc1`)
 * OSAID asks for the "preferred form to make modifications" in three parts. We map each onto our
 * openness dimensions; a part is met only when every dimension it reads is rated open:
 *  - Data information → `trainingData` or `dataDocumentation` open (releasing the data itself, or
 *    describing it well enough to rebuild a similar system, both satisfy it);
 *  - Code → `trainingCode` and `inferenceCode` open (OSAID's "code to train and run"; we have no
 *    separate rating for data-processing code and read it as part of the training code);
 *  - Parameters → `weights` open and the license record OSI-approved.
 * A part is "not met" as soon as one dimension it needs is rated partial or closed (or the license
 * is not OSI-approved), and "unknown" when it depends on an unrated dimension (or a license we have
 * not verified). The verdict is `meets` when all three parts are met, `does-not-meet` when any part
 * is not met, otherwise `cannot-tell`.
 *
 * ## Model Openness Framework class: see ./mof.ts.
 *
 * ## Openness score
 * open = 1, partial = ½, closed = 0, averaged over the rated openness dimensions (every dimension
 * but `api`), times 100 and rounded. Unrated dimensions are left out and the count of rated ones
 * is returned with the score, so "62/100 from 5 of 8" shows how much it rests on.
 */
import type {License, Model, OpennessDimension, RatingLevel} from './types';
import {OPENNESS_DIMENSIONS} from './types';
import {mofClass, type MofResult} from './mof';

/** Dimensions that measure openness; `api` (access) is deliberately not one of them. */
export const OPENNESS_SCORE_DIMENSIONS: OpennessDimension[] = (
  Object.keys(OPENNESS_DIMENSIONS) as OpennessDimension[]
)
  .filter((d) => d !== 'api')
  .sort((a, b) => OPENNESS_DIMENSIONS[a].order - OPENNESS_DIMENSIONS[b].order);

type ModelFacts = Pick<Model, 'openness' | 'access' | 'modalities'>;
type LicenseFacts = Pick<License, 'id' | 'name' | 'kind' | 'terms'>;

// The MOF class is part of every model's verdicts; its rules live in ./mof.ts.
export {
  MOF_CLASSES,
  MOF_COMPONENTS,
  mofClass,
  type MofClass,
  type MofComponent,
  type MofComponentResult,
  type MofResult,
} from './mof';

/* ------------------------------------------------------------------------------ score */

export interface OpennessScore {
  /** 0–100, or null when no openness dimension is rated. */
  score: number | null;
  /** How many of the openness dimensions are rated. */
  rated: number;
  /** How many openness dimensions there are (8: every dimension but api). */
  of: number;
}

const LEVEL_VALUE: Record<RatingLevel, number> = {open: 1, partial: 0.5, closed: 0};

export function opennessScore100(model: Pick<Model, 'openness'>): OpennessScore {
  let sum = 0;
  let rated = 0;
  for (const d of OPENNESS_SCORE_DIMENSIONS) {
    const level = model.openness[d]?.level;
    if (!level) continue;
    rated += 1;
    sum += LEVEL_VALUE[level];
  }
  return {
    score: rated === 0 ? null : Math.round((100 * sum) / rated),
    rated,
    of: OPENNESS_SCORE_DIMENSIONS.length,
  };
}

/** "62/100 from 5 of 8 dimensions" / "No score: nothing rated". */
export function formatScore(s: OpennessScore): string {
  if (s.score === null) return `No score: none of the ${s.of} openness dimensions is rated`;
  return `${s.score}/100 from ${s.rated} of ${s.of} dimensions`;
}

/* ------------------------------------------------------------------------- open weights */

export type OpenWeightsStatus = 'yes' | 'gated' | 'on-request' | 'no';

export const OPEN_WEIGHTS: Record<OpenWeightsStatus, {label: string}> = {
  yes: {label: 'Yes: anyone can download them'},
  gated: {label: 'Yes, after accepting terms or registering'},
  'on-request': {label: 'Only on request, if the maker approves'},
  no: {label: 'No: the weights are not released'},
};

/** Can anyone download the weights, with or without a click-through gate? */
export function openWeights(model: ModelFacts, license: LicenseFacts): OpenWeightsStatus {
  const level = model.openness.weights?.level;
  const downloadable = model.access.includes('weights');
  // Rated closed, or unrated with no download in the access list: nothing to download.
  if (level === 'closed' || (!downloadable && level === undefined)) return 'no';
  const gate = license.terms?.gatedDownload;
  if (gate?.gate === 'approval') return 'on-request';
  if (gate?.status === 'yes') return 'gated';
  return 'yes';
}

/* ------------------------------------------------------------------------------- OSAID */

export type {PartStatus} from './types';
import type {PartStatus} from './types';
export type OsaidVerdict = 'meets' | 'does-not-meet' | 'cannot-tell';
export type OsaidPartId = 'data-information' | 'code' | 'parameters';

export const OSAID_VERDICTS: Record<OsaidVerdict, {label: string; short: string}> = {
  meets: {label: 'Meets the Open Source AI Definition', short: 'Yes'},
  'does-not-meet': {label: 'Does not meet the Open Source AI Definition', short: 'No'},
  'cannot-tell': {label: 'Cannot tell: a part it needs is not rated', short: 'Cannot tell'},
};

export const OSAID_PARTS: Record<OsaidPartId, {label: string; reads: string}> = {
  'data-information': {
    label: 'Data information',
    reads: 'training data or data documentation rated open',
  },
  code: {label: 'Code', reads: 'training code and inference code rated open'},
  parameters: {label: 'Parameters', reads: 'weights rated open and an OSI-approved license'},
};

export interface OsaidPart {
  part: OsaidPartId;
  status: PartStatus;
  /** What keeps the part from being met, in plain words ("training code not released"). */
  gaps: string[];
}

export interface OsaidResult {
  verdict: OsaidVerdict;
  parts: OsaidPart[];
  /** Every gap of every part not met, in part order. */
  missing: string[];
}

const GAP_WORD: Record<Exclude<RatingLevel, 'open'>, string> = {
  partial: 'partial',
  closed: 'not released',
};

/** "training code not released", "data documentation partial", "inference code not rated". */
export function gapPhrase(model: Pick<Model, 'openness'>, d: OpennessDimension): string | null {
  const level = model.openness[d]?.level;
  if (level === 'open') return null;
  const label = OPENNESS_DIMENSIONS[d].label.toLowerCase();
  if (!level) return `${label} not rated`;
  if (d === 'dataDocumentation')
    return level === 'closed' ? 'training data not documented' : 'data documentation partial';
  if (d === 'paper' || d === 'modelCard') return level === 'closed' ? `no ${label}` : `${label} partial`;
  return `${label} ${GAP_WORD[level]}`;
}

function partFrom(
  part: OsaidPartId,
  model: Pick<Model, 'openness'>,
  dims: OpennessDimension[],
  mode: 'all' | 'any',
): OsaidPart {
  const levels = dims.map((d) => model.openness[d]?.level);
  const gaps = dims.map((d) => gapPhrase(model, d)).filter((g): g is string => g !== null);
  if (mode === 'any') {
    if (levels.includes('open')) return {part, status: 'met', gaps: []};
    return {part, status: levels.includes(undefined) ? 'unknown' : 'not-met', gaps};
  }
  if (levels.every((l) => l === 'open')) return {part, status: 'met', gaps: []};
  const failed = levels.some((l) => l === 'partial' || l === 'closed');
  return {part, status: failed ? 'not-met' : 'unknown', gaps};
}

function parametersPart(model: Pick<Model, 'openness'>, license: LicenseFacts): OsaidPart {
  const gaps: string[] = [];
  let status: PartStatus = 'met';
  const worsen = (s: PartStatus) => {
    if (s === 'not-met' || status === 'not-met') status = 'not-met';
    else if (s === 'unknown') status = 'unknown';
  };
  const w = model.openness.weights?.level;
  if (w !== 'open') {
    gaps.push(gapPhrase(model, 'weights') ?? 'weights not rated');
    worsen(w === undefined ? 'unknown' : 'not-met');
  }
  if (license.kind === 'permissive') {
    gaps.push(`license not on OSI's list (${license.name})`);
    worsen('unknown');
  } else if (license.kind === 'unclear') {
    // Without a license (or with terms that deny a freedom) the OSAID freedoms are not granted.
    const denies = license.terms?.commercialUse.status === 'no' || license.terms?.derivatives.status === 'no';
    gaps.push(
      denies ? `no license grants the freedoms (${license.name})` : `license unclear (${license.name})`,
    );
    worsen(denies ? 'not-met' : 'unknown');
  } else if (license.kind !== 'osi-approved') {
    gaps.push(`license not OSI-approved (${license.name})`);
    worsen('not-met');
  }
  return {part: 'parameters', status, gaps};
}

export function osaidVerdict(model: Pick<Model, 'openness'>, license: LicenseFacts): OsaidResult {
  const parts: OsaidPart[] = [
    partFrom('data-information', model, ['trainingData', 'dataDocumentation'], 'any'),
    partFrom('code', model, ['trainingCode', 'inferenceCode'], 'all'),
    parametersPart(model, license),
  ];
  const verdict: OsaidVerdict = parts.some((p) => p.status === 'not-met')
    ? 'does-not-meet'
    : parts.some((p) => p.status === 'unknown')
      ? 'cannot-tell'
      : 'meets';
  return {verdict, parts, missing: parts.flatMap((p) => p.gaps)};
}

/* ------------------------------------------------------------------- OSI's own validation */

export type OsiComparison = 'agrees' | 'disagrees' | 'we-cannot-tell';

/**
 * How our computed verdict compares with OSI's published result. OSI's "would pass with license
 * changes" counts as not meeting the definition today.
 */
export function compareWithOsi(
  ours: OsaidVerdict,
  osi: 'passes' | 'fails' | 'license-changes-needed',
): OsiComparison {
  if (ours === 'cannot-tell') return 'we-cannot-tell';
  const osiMeets = osi === 'passes';
  return osiMeets === (ours === 'meets') ? 'agrees' : 'disagrees';
}

/* ---------------------------------------------------------------------------- together */

export interface ModelVerdicts {
  osaid: OsaidResult;
  mof: MofResult;
  openWeights: OpenWeightsStatus;
  score: OpennessScore;
}

export function modelVerdicts(model: ModelFacts, license: LicenseFacts): ModelVerdicts {
  return {
    osaid: osaidVerdict(model, license),
    mof: mofClass(model, license),
    openWeights: openWeights(model, license),
    score: opennessScore100(model),
  };
}

/** Short labels for the license's notable conditions, from its structured terms. */
export function licenseHighlights(model: Pick<Model, 'modalities'>, license: LicenseFacts): string[] {
  const t = license.terms;
  if (!t) return [];
  const out: string[] = [];
  if (t.commercialUse.status === 'no') out.push('no commercial use');
  if (t.userThreshold?.status === 'yes') {
    const n = t.userThreshold.monthlyActiveUsers;
    const who = n ? `${formatCount(n)}-user` : 'revenue';
    out.push(
      t.userThreshold.effect === 'attribution'
        ? `attribution duty above a ${who} threshold`
        : `${who} clause`,
    );
  }
  if (t.regionExclusion?.status === 'yes') {
    const where = t.regionExclusion.regions.join(', ').replace('European Union', 'EU');
    out.push(
      t.regionExclusion.appliesTo === 'multimodal'
        ? `${where} exclusion for multimodal models`
        : `${where} exclusion`,
    );
  }
  if (t.outputsForTraining.status === 'no') out.push('outputs may not train other models');
  if (t.acceptableUsePolicy.status === 'yes') out.push('acceptable-use policy');
  return out;
}

function formatCount(n: number): string {
  if (n >= 1e9) return `${n / 1e9}B`;
  if (n >= 1e6) return `${n / 1e6}M`;
  return String(n);
}

const KIND_PHRASE: Record<License['kind'], string> = {
  'osi-approved': 'the OSI-approved',
  permissive: 'the permissive',
  restricted: 'the restricted',
  'non-commercial': 'the non-commercial',
  proprietary: 'proprietary',
  unclear: '',
};

/**
 * The one-line answer that opens a model page, generated from the verdicts, e.g.
 * "Open source? No — open weights under the restricted Llama 4 Community License Agreement
 * (700M-user clause, EU exclusion for multimodal models); training code not released, training
 * data not released."
 */
export function oneLineAnswer(model: ModelFacts, license: LicenseFacts, v: ModelVerdicts): string {
  const head = `Open source? ${OSAID_VERDICTS[v.osaid.verdict].short}`;
  if (v.osaid.verdict === 'meets') {
    return `${head} — it meets the Open Source AI Definition: weights under ${license.name}, with training code and data information released.`;
  }
  const highlights = licenseHighlights(model, license);
  const terms = highlights.length > 0 ? ` (${highlights.join(', ')})` : '';
  // "Grok 2 Community License (now the xAI …)" → "Grok 2 Community License": the page shows the full name.
  const name = license.name.replace(/\s*\([^)]*\)$/, '');
  const licensePhrase =
    license.kind === 'proprietary'
      ? 'under proprietary terms'
      : license.kind === 'unclear'
        ? `but ${name.charAt(0).toLowerCase()}${name.slice(1)}${terms}`
        : `under ${KIND_PHRASE[license.kind]} ${name}${terms}`;
  let what: string;
  switch (v.openWeights) {
    case 'no':
      what = `a closed model you use through ${model.access.includes('api') ? 'an app or API' : 'the maker'}${
        license.kind === 'proprietary' ? ` under ${name}` : ''
      }; the weights are not released`;
      break;
    case 'on-request':
      what = `weights only on request, ${licensePhrase}`;
      break;
    default:
      what = `open weights${license.kind === 'unclear' ? ',' : ''} ${licensePhrase}`;
  }
  return `${head} — ${what}${answerGaps(v.osaid).length > 0 ? `; ${answerGaps(v.osaid).join(', ')}` : ''}.`;
}

/**
 * The gaps the one-line answer names after the license: weights and license are said already.
 * When the verdict is already "no", unrated parts are left to the verdict block (they are not the
 * reason); when it is "cannot tell", they are the reason and stay.
 */
function answerGaps(osaid: OsaidResult): string[] {
  let gaps = osaid.missing.filter((g) => !g.startsWith('weights') && !g.startsWith('license'));
  if (osaid.verdict === 'does-not-meet') gaps = gaps.filter((g) => !g.endsWith('not rated'));
  const both = ['training data not released', 'training data not documented'];
  if (both.every((g) => gaps.includes(g))) {
    gaps = gaps
      .map((g) => (g === both[0] ? 'training data neither released nor documented' : g))
      .filter((g) => g !== both[1]);
  }
  return gaps;
}
