/**
 * Every model the guide discusses (open, open-weight and closed) and the tools it names. One file
 * per maker or family in this folder; this index merges them, sorts by first release (then id) and
 * resolves each evidence source id to its record's URL. Pages refer to records by id
 * (<OpennessScorecard model="gpt-oss-120b" />); the table, the model pages and
 * /data/models.{json,csv} all read them.
 *
 * To add or correct a record, see CONTRIBUTING.md. In short:
 *  - ids are permanent kebab-case slugs; `license` is an id in src/data/licenses/;
 *  - every rating carries a one-line note in our own words, a `source` (the id of a record in
 *    src/data/sources/) and `asOf` (the date the source showed the fact, never simply today);
 *  - never estimate parameter counts a maker has not disclosed (status: 'not-disclosed');
 *  - `npm run typecheck` rejects unknown source and license ids; `npm run build` and
 *    `npm run test:unit` validate everything else (src/plugins/dataset/validate.ts).
 */
import {urlOfSource} from '../sources/urls-data';
import type {Model, Tool, ToolRecord} from '../types';
import type {ModelRecord} from './define';
import {models as ai2} from './ai2';
import {models as anthropicCohereXai} from './anthropic-cohere-xai';
import {models as chinaLabs} from './china-labs';
import {models as deepseek} from './deepseek';
import {models as eleutherai} from './eleutherai';
import {models as google} from './google';
import {models as meta} from './meta';
import {models as microsoftTii} from './microsoft-tii';
import {models as mistral} from './mistral';
import {models as openaiHosted} from './openai-hosted';
import {models as openaiOpen} from './openai-open';
import {models as otherMakers} from './other-makers';
import {models as research} from './research';
import {tools as toolList} from './tools';

const records = [
  ...research,
  ...openaiOpen,
  ...openaiHosted,
  ...google,
  ...meta,
  ...eleutherai,
  ...ai2,
  ...mistral,
  ...deepseek,
  ...anthropicCohereXai,
  ...chinaLabs,
  ...microsoftTii,
  ...otherMakers,
];

/** The id of a model record: a typo in a reference to a model fails typechecking. */
export type ModelId = (typeof records)[number]['id'];

/** The records as written (source ids, typed), for the validator. */
export const modelRecords: readonly ModelRecord[] = records;
export const toolRecords: readonly ToolRecord[] = toolList;

/** A source id's URL; an unknown id is left as it is, for the validator to name. */
const url = (id: string) => urlOfSource(id) ?? id;
const resolve = <T extends {source: string}>(ev: T): T => ({...ev, source: url(ev.source)});

/** A record with every source id replaced by its https URL, as components and exports use it. */
export function resolveModel(record: ModelRecord | Model): Model {
  const m: Model = record;
  return {
    ...m,
    releaseSource: url(m.releaseSource),
    parameters: resolve(m.parameters),
    openness: Object.fromEntries(
      Object.entries(m.openness).map(([dim, r]) => [dim, r ? resolve(r) : r]),
    ) as Model['openness'],
    ...(m.changes ? {changes: m.changes.map((c) => resolve(c))} : {}),
  };
}

/** Every model, sorted by first release, then id; sources resolved to URLs. */
export const models: readonly Model[] = [...records]
  .sort((a, b) => a.firstRelease.localeCompare(b.firstRelease) || a.id.localeCompare(b.id))
  .map(resolveModel);

/** Runtimes and toolkits the guide discusses; sources resolved to URLs. */
export const tools: readonly Tool[] = toolList.map(({home, ...t}) => ({
  ...t,
  url: url(home),
  source: url(t.source),
}));

const modelsById = new Map<string, Model>(models.map((m) => [m.id, m]));

export function getModel(id: string): Model | undefined {
  return modelsById.get(id);
}
