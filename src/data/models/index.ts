/**
 * The model catalog: every version and product the guide rates, and the families that group them.
 * One folder per model under a folder per maker (see ./README.md); scripts/catalog-index.mjs lists
 * the folders in ./catalog.generated.ts, and this module merges them, sorts the records by first
 * release (then id) and resolves every evidence source id to its record's URL. Pages refer to
 * records by id (<OpennessScorecard model="gpt-oss-120b" />); the tables, the model pages and
 * /data/models.{json,csv} all read them.
 *
 * To add a model: `npm run new-model -- <maker>/<id>` (or <maker>/<family>/<id>), then fill in the
 * file it writes; CONTRIBUTING.md walks through it. `npm run typecheck` rejects unknown source,
 * license and parent references; `npm run build` checks everything else (src/domain/validation/).
 */
import type {CatalogPlacement, Model, ModelFamily, Source, Tool, ToolRecord} from '../../domain/types';
import {topicSourceUrl} from '../sources/topics';
import {tools as toolList} from '../tools';
import {entries, familyFiles, makers} from './catalog.generated';
import {getLicense} from '../licenses';
import {usesAllowed} from '../terms';
import type {QuestionId} from '../../domain/answers';

const familyDefs = familyFiles.map((f) => f.def);

export type {FamilyId, MakerId, ModelId} from './catalog.generated';

/** The sources that live in the catalog's folders (maker, family and model files). */
export const catalogSources: readonly Source[] = [
  ...makers.flatMap((m) => m.sources),
  ...familyDefs.flatMap((f) => f.sources),
  ...entries.flatMap((e) => e.record.sources),
];

/** Each catalog record with the file it was read from, for the validator's folder rules. */
export const catalogFiles: readonly {file: string; record: Model}[] = entries.map(({file, record}) => {
  const {sources: _own, ...rest} = record;
  return {file, record: rest};
});

/** Every version, product and family with the file that declares it, for the folder rules. */
export const catalogPlacements: readonly CatalogPlacement[] = [
  ...entries.map(({file, record}) => ({
    file,
    kind: record.kind,
    id: record.id,
    maker: record.maker,
    ...(record.family ? {family: record.family} : {}),
  })),
  ...familyFiles.map(({file, def}) => ({file, kind: 'family' as const, id: def.id, maker: def.maker.id})),
];

/** The records as written (source ids), for the validator. */
export const modelRecords: readonly Model[] = catalogFiles.map((e) => e.record);
export const toolRecords: readonly ToolRecord[] = toolList;

/** The makers: id, display name and folder. */
export const makerList: readonly {id: string; name: string}[] = makers.map(({id, name}) => ({id, name}));

const catalogUrls = new Map(catalogSources.map((s) => [s.id, s.url]));
/** A source id's URL; an unknown id is left as it is, for the validator to name. */
const url = (id: string) => catalogUrls.get(id) ?? topicSourceUrl(id) ?? id;
const resolve = <T extends {source: string}>(ev: T): T => ({...ev, source: url(ev.source)});

/** A record with every source id replaced by its https URL, as components and exports use it. */
export function resolveModel(record: Model): Model {
  const m = record;
  return {
    ...m,
    releaseSource: url(m.releaseSource),
    parameters: resolve(m.parameters),
    openness: Object.fromEntries(
      Object.entries(m.openness).map(([dim, r]) => [dim, r ? resolve(r) : r]),
    ) as Model['openness'],
    ...(m.changes ? {changes: m.changes.map((c) => resolve(c))} : {}),
    ...(m.osiValidation ? {osiValidation: resolve(m.osiValidation)} : {}),
  };
}

/** Every model, sorted by first release, then id; sources resolved to URLs. */
export const models: readonly Model[] = [...modelRecords]
  .sort((a, b) => a.firstRelease.localeCompare(b.firstRelease) || a.id.localeCompare(b.id))
  .map(resolveModel);

/** Runtimes and toolkits the guide discusses; sources resolved to URLs. */
export const tools: readonly Tool[] = toolList.map(({home, ...t}) => ({
  ...t,
  url: url(home),
  source: url(t.source),
}));

const modelsById = new Map<string, Model>(models.map((m) => [m.id, m]));

/**
 * Does one of the model's channels (download, API, app) answer yes or "with conditions" to a use
 * question (src/domain/answers.ts)? In the browser, src/lib/catalogClient.ts answers from the
 * list the build worked out.
 */
export function canUse(model: Pick<Model, 'id'>, question: QuestionId): boolean {
  const record = models.find((m) => m.id === model.id);
  const license = record && getLicense(record.license);
  return record && license ? usesAllowed(record, license).includes(question) : false;
}

export function getModel(id: string): Model | undefined {
  return modelsById.get(id);
}

/** Every family, with its members taken from the records that sit in its folder. */
export const families: readonly ModelFamily[] = familyDefs.map((f) => ({
  id: f.id,
  name: f.name,
  maker: f.makerName,
  models: modelRecords.filter((m) => m.family === f.id).map((m) => m.id),
  summary: f.summary,
}));

const familiesById = new Map(families.map((f) => [f.id, f]));

export function getFamily(id: string): ModelFamily | undefined {
  return familiesById.get(id);
}

/** The family a model belongs to, for a "Part of the <family> family" link on its page. */
export function familyOf(modelId: string): Pick<ModelFamily, 'id' | 'name'> | undefined {
  const id = modelsById.get(modelId)?.family;
  const f = id ? familiesById.get(id) : undefined;
  return f ? {id: f.id, name: f.name} : undefined;
}

/** OSI's own validation results, one row per model that has one (source ids, as written). */
export const osiValidations = modelRecords.flatMap((m) =>
  m.osiValidation ? [{model: m.id, ...m.osiValidation}] : [],
);

export function getOsiValidation(modelId: string) {
  return osiValidations.find((v) => v.model === modelId);
}

/**
 * Old id → current id of every renamed version, product or family whose old page path is free, so
 * /models/<old>/ can redirect to /models/<new>/ (docusaurus.config.ts). An old id that another page
 * now uses (a record that turned out to be the family, like `claude`) is not redirected: that URL
 * shows the family, which links the record.
 */
export const catalogRedirects: readonly {from: string; to: string}[] = (() => {
  const current = new Set([...modelRecords.map((m) => m.id), ...familyDefs.map((f) => f.id)]);
  const renamed = [
    ...modelRecords.flatMap((m) => (m.formerIds ?? []).map((old) => ({from: old, to: m.id}))),
    ...familyDefs.flatMap((f) => (f.formerIds ?? []).map((old) => ({from: old, to: f.id}))),
  ];
  return renamed.filter((r) => !current.has(r.from));
})();
