/**
 * Route props for one model page (/models/<id>/), computed at build time by src/plugins/dataset
 * so the page ships only this model's record, its license and the answers derived from them
 * (never the dataset, the sources list or the verdict logic's inputs for other models).
 */
import type {SecondOpinionData} from './trackerSnapshots';
import type {License, Model} from '../domain/types';
import type {OsiValidationRow as OsiValidation} from '../domain/types';
import {licenseUses, type UseAnswer} from '../domain/licenseUse';
import {
  compareWithOsi,
  modelVerdicts,
  oneLineAnswer,
  type ModelVerdicts,
  type OsiComparison,
} from '../domain/verdicts';

export interface ResolvedUse extends UseAnswer {
  /** https URL of the clause, resolved from the term's source (URL or source id). */
  href?: string;
}

export interface OsiView {
  osiName: string;
  result: OsiValidation['result'];
  note?: string;
  href?: string;
  comparison: OsiComparison;
}

/** A change-log entry with its source resolved to a link target (undefined: unknown id). */
export interface ResolvedChange {
  date: string;
  what: string;
  href?: string;
}

export interface ModelPageProps {
  model: Model;
  license: License;
  answer: string;
  verdicts: ModelVerdicts;
  uses: ResolvedUse[];
  /** The record's change log, newest first (empty when it has none). */
  changes: ResolvedChange[];
  osi?: OsiView;
  /** Only this model's entries from the other trackers (src/data/trackers), added by the plugin. */
  secondOpinion?: SecondOpinionData;
}

/** Turns an https URL or a source id into a link target; unknown ids give undefined. */
export type SourceResolver = (ref: string) => string | undefined;

export function modelPageProps(
  model: Model,
  license: License,
  osi: OsiValidation | undefined,
  resolve: SourceResolver,
): ModelPageProps {
  const verdicts = modelVerdicts(model, license);
  const href = (ref: string | undefined) =>
    ref === undefined ? undefined : ref.startsWith('https://') ? ref : resolve(ref);
  return {
    model,
    license,
    answer: oneLineAnswer(model, license, verdicts),
    verdicts,
    uses: licenseUses(model, license).map((u) => ({...u, href: href(u.source)})),
    changes: (model.changes ?? []).map((c) => ({date: c.date, what: c.what, href: href(c.source)})),
    osi: osi
      ? {
          osiName: osi.osiName,
          result: osi.result,
          ...(osi.note ? {note: osi.note} : {}),
          href: href(osi.source),
          comparison: compareWithOsi(verdicts.osaid.verdict, osi.result),
        }
      : undefined,
  };
}
