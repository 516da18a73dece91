/**
 * Route props for one model page (/models/<id>/), computed at build time by src/plugins/dataset
 * so the page ships only this model's record, its license and the answers derived from them
 * (never the dataset, the sources list or the verdict logic's inputs for other models).
 */
import type {SecondOpinionData} from './trackerSnapshots';
import type {ChannelView} from '../data/terms';
import type {License, Model} from '../domain/types';
import type {OsiValidationRow as OsiValidation} from '../domain/types';
import {badgeFor, type Badge} from './badges';
import {
  compareWithOsi,
  modelVerdicts,
  oneLineAnswer,
  type ModelVerdicts,
  type OsiComparison,
} from '../domain/verdicts';

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
  /**
   * "Can I use it for…?" per channel (download, API, app), with the documents read and each
   * answer's clauses (src/data/terms, added by the plugin); empty in tests that skip it.
   */
  channels: ChannelView[];
  /** The model's API or app access that no channel covers, and why. */
  uncovered: {kind: 'api' | 'app'; reason: string}[];
  /** The record's change log, newest first (empty when it has none). */
  changes: ResolvedChange[];
  osi?: OsiView;
  /** Only this model's entries from the other trackers (src/data/trackers), added by the plugin. */
  secondOpinion?: SecondOpinionData;
  /** Where the record sits in the catalog: its family, and which products run it (or it runs). */
  related?: RelatedEntries;
  /** The answer as a README badge (/badges/<id>.svg, written by the dataset plugin). */
  badge: Badge;
}

/** A link to another catalog page (/models/<id>/). */
export interface EntryLink {
  id: string;
  name: string;
}

export interface RelatedEntries {
  family?: EntryLink;
  /** A product: the versions it runs. */
  runs: EntryLink[];
  /** A version: the products that run it. */
  runIn: EntryLink[];
}

/** The family and the product/version links of one record, from the whole catalog (build time). */
export function relatedEntries(
  model: Model,
  all: readonly Model[],
  families: readonly {id: string; name: string}[],
): RelatedEntries {
  const link = (m: Model): EntryLink => ({id: m.id, name: m.name});
  const family = families.find((f) => f.id === model.family);
  return {
    ...(family ? {family: {id: family.id, name: family.name}} : {}),
    runs: (model.runs ?? []).flatMap((id) => all.filter((m) => m.id === id).map(link)),
    runIn: all.filter((m) => m.runs?.includes(model.id)).map(link),
  };
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
    badge: badgeFor(model, license, verdicts),
    channels: [],
    uncovered: [],
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
