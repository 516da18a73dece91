/**
 * How a second opinion's ratings line up with ours (part of ./trackers.ts, which re-exports this):
 * which criterion of the EU Open Source AI Index or component of the Model Openness Tool
 * corresponds to which of our openness dimensions, and why a cell disagrees (different rubric,
 * newer evidence, possible error). Pure; unit-tested in tests/unit/trackers.test.ts.
 */
import type {IsoDate, OpennessDimension, OpennessProfile, RatingLevel} from '../domain/types';
import type {MotStatus} from '../domain/types';

export type TrackerId = 'eu-index' | 'mot';

/**
 * One correspondence between a tracker's criterion and one of our dimensions. `rubric` says
 * whether the two ask the same question (`same`) or a related one (`differs`, with the reason in
 * words); a disagreement on a `differs` row is put down to the rubric, not to an error.
 */
export interface Correspondence {
  tracker: TrackerId;
  /** EU criterion ref, or MOT component id as a string. */
  theirs: string;
  ours: OpennessDimension;
  rubric: 'same' | 'differs';
  explanation: string;
}

/** EU criterion refs. Weights and data come in base and end-model variants; see `euRole`. */
export const EU_CORRESPONDENCE: readonly Correspondence[] = [
  {
    tracker: 'eu-index',
    theirs: 'weights',
    ours: 'weights',
    rubric: 'differs',
    explanation:
      'The index rates weights partial when the download needs signing a non-open license or sharing personal details; we rate them open when anyone can download them, and rate the license terms in the License row.',
  },
  {
    tracker: 'eu-index',
    theirs: 'datasources',
    ours: 'trainingData',
    rubric: 'differs',
    explanation:
      'The index asks whether the data sources are open for inspection or shared; we ask whether the training data itself is released.',
  },
  {
    tracker: 'eu-index',
    theirs: 'trainingcode',
    ours: 'trainingCode',
    rubric: 'differs',
    explanation:
      'The index gives partial credit for "sparse" code, which in practice often means inference code only; we rate training code alone and inference code in its own row.',
  },
  {
    tracker: 'eu-index',
    theirs: 'datasheet',
    ours: 'dataDocumentation',
    rubric: 'differs',
    explanation:
      'The index asks for a datasheet in the Gebru et al. format or an EU AI Act training-data summary; we accept any description detailed enough to understand the data.',
  },
  {
    tracker: 'eu-index',
    theirs: 'preprint',
    ours: 'paper',
    rubric: 'same',
    explanation:
      'Both ask for a paper or report that details data, training and tuning (the index counts archived preprints here and rates peer-reviewed papers separately).',
  },
  {
    tracker: 'eu-index',
    theirs: 'modelcard',
    ours: 'modelCard',
    rubric: 'same',
    explanation: 'Both ask for a model card that covers architecture, training and evaluation.',
  },
  {
    tracker: 'eu-index',
    theirs: 'licenses',
    ours: 'license',
    rubric: 'differs',
    explanation:
      'The index rates the licenses of the whole project (weights, code and data together); we rate the license of the weights.',
  },
];

/** MOT component ids (mof.settings.yml) that correspond to our dimensions. */
export const MOT_CORRESPONDENCE: readonly Correspondence[] = [
  {
    tracker: 'mot',
    theirs: '10',
    ours: 'weights',
    rubric: 'differs',
    explanation:
      'The tool counts final parameters only under an open license; we rate whether anyone can download them and rate the license separately.',
  },
  {
    tracker: 'mot',
    theirs: '8',
    ours: 'inferenceCode',
    rubric: 'same',
    explanation: 'Both ask whether inference code is published under an open license.',
  },
  {
    tracker: 'mot',
    theirs: '7',
    ours: 'trainingCode',
    rubric: 'same',
    explanation: 'Both ask whether training code is published under an open license.',
  },
  {
    tracker: 'mot',
    theirs: '15',
    ours: 'trainingData',
    rubric: 'same',
    explanation: 'Both ask whether the training datasets are released under open terms.',
  },
  {
    tracker: 'mot',
    theirs: '13',
    ours: 'modelCard',
    rubric: 'differs',
    explanation:
      'The tool counts a model card only under an open content license; we rate what the card covers.',
  },
];

/**
 * How a MOT component reads on our scale: under an open license → open; listed with another
 * license or none → partial. A component the entry does not list is not compared (null): the
 * tool's entries are often incomplete, so absence is not evidence that nothing was released.
 */
export function motStatusToLevel(status: MotStatus): RatingLevel | null {
  if (status === 'included') return 'open';
  if (status === 'missing') return null;
  return 'partial';
}

export type DisagreementReason = 'different-rubric' | 'newer-evidence' | 'possible-error';

export const DISAGREEMENT_REASONS: Record<DisagreementReason, {label: string; description: string}> = {
  'different-rubric': {
    label: 'Different rubric',
    description: 'The two criteria ask related but different questions, so both ratings can be right.',
  },
  'newer-evidence': {
    label: 'Newer evidence',
    description: 'Our evidence is dated after their entry was last changed, so they may not have seen it.',
  },
  'possible-error': {
    label: 'Possible error on one side',
    description:
      'Same question, same period, different answers: one of the two ratings may be wrong and is worth re-checking.',
  },
};

export interface TheirCell {
  correspondence: Correspondence;
  /** Their criterion's name as they write it. */
  name: string;
  /** Their rating on our scale; null when left empty (not compared). */
  level: RatingLevel | null;
  /** Last change to their entry (the entry file's last commit), ISO date. */
  entryDate: IsoDate;
}

export interface Comparison {
  tracker: TrackerId;
  dimension: OpennessDimension;
  theirName: string;
  ours: RatingLevel;
  oursAsOf: IsoDate;
  theirs: RatingLevel;
  agree: boolean;
  reason?: DisagreementReason;
  explanation: string;
}

/** True when every moment `a` can mean is after every moment `b` can mean ("2026-07" > "2026-06-12"). */
export function isStrictlyAfter(a: IsoDate, b: IsoDate): boolean {
  const endOf = (v: string): string => {
    const [y, m, d] = v.split('-');
    if (d) return `${y}-${m}-${d}`;
    if (m) return `${y}-${m}-31`;
    return `${y}-12-31`;
  };
  const startOf = (v: string): string => {
    const [y, m = '01', d = '01'] = v.split('-');
    return `${y}-${m}-${d}`;
  };
  return startOf(a) > endOf(b);
}

/**
 * Compare their cells with our profile. A cell is compared only when both sides rated it.
 * Disagreements are put down to, in this order: a different rubric (the correspondence says the
 * criteria differ); newer evidence (our rating's as-of date is after their entry's last change);
 * otherwise a possible error on one side.
 */
export function compareRatings(ours: OpennessProfile, cells: readonly TheirCell[]): Comparison[] {
  const out: Comparison[] = [];
  for (const cell of cells) {
    const mine = ours[cell.correspondence.ours];
    if (!mine || cell.level === null) continue;
    const base = {
      tracker: cell.correspondence.tracker,
      dimension: cell.correspondence.ours,
      theirName: cell.name,
      ours: mine.level,
      oursAsOf: mine.asOf,
      theirs: cell.level,
    };
    if (mine.level === cell.level) {
      out.push({...base, agree: true, explanation: cell.correspondence.explanation});
      continue;
    }
    let reason: DisagreementReason;
    let explanation: string;
    if (cell.correspondence.rubric === 'differs') {
      reason = 'different-rubric';
      explanation = cell.correspondence.explanation;
    } else if (isStrictlyAfter(mine.asOf, cell.entryDate)) {
      reason = 'newer-evidence';
      explanation = `Our evidence is dated ${mine.asOf}; their entry was last changed on ${cell.entryDate}.`;
    } else {
      reason = 'possible-error';
      explanation = `${cell.correspondence.explanation} The answers differ, so one side may be wrong.`;
    }
    out.push({...base, agree: false, reason, explanation});
  }
  return out;
}

/** Which EU criterion variant to compare: our record is the end model, or their entry's base. */
export type {EuRole} from '../domain/types';
import type {EuRole} from '../domain/types';

/** The EU criterion ref a correspondence row points at for a role (weights → weights_endmodel). */
export function euCriterionRef(theirs: string, role: EuRole): string {
  if (theirs === 'weights' || theirs === 'datasources') return `${theirs}_${role}model`;
  return theirs;
}

/**
 * Correspondence rows that apply to a role: for `base` (their entry rates a fine-tune of the
 * model we describe), only the base-model weights and data criteria are about our model.
 */
export function euRowsForRole(role: EuRole): Correspondence[] {
  return EU_CORRESPONDENCE.filter(
    (c) => role === 'end' || c.theirs === 'weights' || c.theirs === 'datasources',
  );
}
