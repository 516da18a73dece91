/**
 * How the catalog's files declare their records (src/data/models/; see its README.md). Each helper
 * returns its argument with a `kind` and typed ids, so mistakes fail `npm run typecheck`:
 *  - a model's evidence may cite its own `sources`, its family's, its maker's, or a topic source
 *    in src/data/sources/ (a typo in a source id is a type error that names the id);
 *  - `license` must be an id in src/data/licenses/; `guidePages` come from `G`.
 * Everything else (the rubric, dates, unique ids, folder = id) is checked by the build
 * (src/domain/validation/), which names the record and the field.
 */
import {
  modalitiesOf,
  type Evidence,
  type IsoDate,
  type Model,
  type Rating,
  type RatingLevel,
  type Source,
} from '../domain/types';
import type {LicenseId} from './licenses';
import type {TopicSourceId} from './sources/topics';

export {G} from './guide';

/** A source record as written in a maker, family or model file: the URL is part of it. */
export type SourceInput<I extends string = string> = Source & {readonly id: I};

export interface MakerDef<I extends string = string, S extends string = string> {
  readonly kind: 'maker';
  readonly id: I;
  /** How the guide names the maker in lists ("Meta", "Alibaba Cloud"). */
  readonly name: string;
  /** Sources cited by several of the maker's models (each URL is written once in src/data/). */
  readonly sources: readonly SourceInput<S>[];
}

export interface FamilyDef<
  I extends string = string,
  S extends string = string,
  M extends MakerDef = MakerDef,
> {
  readonly kind: 'family';
  readonly id: I;
  /** How readers name it: "Llama", "GPT". */
  readonly name: string;
  /** Who makes it, as the family page says it (defaults to the maker's name). */
  readonly makerName: string;
  /** One sentence in our own words: what the family is. No figures: they come from the records. */
  readonly summary: string;
  readonly maker: M;
  /** Sources cited by several versions of the family. */
  readonly sources: readonly SourceInput<S>[];
  /** Ids the family's page had before (its old /models/<id>/ URLs redirect here). */
  readonly formerIds?: readonly string[];
}

type Parent = MakerDef | FamilyDef;
type ParentSourceIds<P> =
  P extends FamilyDef<string, infer S, infer M>
    ? S | ParentSourceIds<M>
    : P extends MakerDef<string, infer S>
      ? S
      : never;

/** What a version or product file writes: a model record whose source ids are checked. */
export type EntryInput<I extends string, S extends string> = Omit<
  Model<S, LicenseId>,
  'id' | 'kind' | 'maker' | 'family' | 'runs' | 'modalities'
> & {id: I};

/** A catalog entry as the index reads it: the record plus where it sits and its own sources. */
export type Entry<I extends string = string> = Model & {
  id: I;
  kind: 'version' | 'product';
  maker: string;
  /** Its own sources (cited by this record only). */
  sources: readonly Source[];
};

function placement(parent: Parent): {maker: string; family?: string} {
  return parent.kind === 'family' ? {maker: parent.maker.id, family: parent.id} : {maker: parent.id};
}

export function defineMaker<const I extends string, const S extends string = never>(maker: {
  id: I;
  name: string;
  sources: readonly SourceInput<S>[];
}): MakerDef<I, S> {
  return {kind: 'maker', ...maker};
}

export function defineFamily<M extends MakerDef, const I extends string, const S extends string = never>(
  maker: M,
  family: {
    id: I;
    name: string;
    makerName?: string;
    summary: string;
    sources: readonly SourceInput<S>[];
    formerIds?: readonly string[];
  },
): FamilyDef<I, S, M> {
  return {kind: 'family', makerName: maker.name, ...family, maker};
}

/** A rated model version (gpt-oss-120b, Llama 3.1 405B) in its maker's or family's folder. */
export function defineVersion<P extends Parent, const I extends string, const S extends string = never>(
  parent: P,
  record: EntryInput<I, NoInfer<S> | ParentSourceIds<P> | TopicSourceId> & {
    sources: readonly SourceInput<S>[];
  },
): Entry<I> {
  return {...record, modalities: modalitiesOf(record), kind: 'version', ...placement(parent)};
}

/** A product or app (ChatGPT, the Gemini app) that runs versions: `runs` imports their records. */
export function defineProduct<P extends Parent, const I extends string, const S extends string = never>(
  parent: P,
  record: EntryInput<I, NoInfer<S> | ParentSourceIds<P> | TopicSourceId> & {
    sources: readonly SourceInput<S>[];
    runs?: readonly Entry[];
  },
): Entry<I> {
  const {runs, ...rest} = record;
  return {
    ...rest,
    modalities: modalitiesOf(rest),
    kind: 'product',
    ...placement(parent),
    ...(runs ? {runs: runs.map((r) => r.id)} : {}),
  };
}

/** Evidence: a source id and the date the source showed the fact (never simply today). */
export function ev<const S extends string>(source: S, asOf: IsoDate): Evidence<S> {
  return {source, asOf};
}

function rate<S extends string>(level: RatingLevel, evidence: Evidence<S>, note: string): Rating<S> {
  return {level, note, ...evidence};
}
export const open = <S extends string>(evidence: Evidence<S>, note: string) => rate('open', evidence, note);
export const partial = <S extends string>(evidence: Evidence<S>, note: string) =>
  rate('partial', evidence, note);
export const closed = <S extends string>(evidence: Evidence<S>, note: string) =>
  rate('closed', evidence, note);

/** Ratings shared by hosted-only models: nothing but the service is released. */
export function hostedOnly<S extends string>(evidence: Evidence<S>, maker: string) {
  return {
    weights: closed(evidence, `Weights not released; the model runs only on ${maker} and partner servers.`),
    inferenceCode: closed(evidence, 'No inference code; access is through apps and the API only.'),
    trainingCode: closed(evidence, 'Training code not released.'),
    trainingData: closed(evidence, 'Training data not released.'),
  };
}
