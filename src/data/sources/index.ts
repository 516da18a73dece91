/**
 * Every source the site cites, one file per topic (`topic` in each record). Model evidence, license
 * terms, price presets and change logs refer to these records by id, so each URL has one home.
 *
 * To add a source: search ./urls.ts and ./urls-data.ts for the URL first and reuse the id if it is
 * there; otherwise add `'the-id': 'https://…'` to ./urls-data.ts when model, tool or license data
 * will cite it, else to ./urls.ts, and add a record to the file for its topic (files over ~400
 * lines are split by id range), with the same permanent kebab-case id, a title in our own words,
 * the publisher, `kind`, and `published` and/or `asOf`. Cite it in MDX with <Cite id="the-id" /> or from data with `{source: 'the-id', asOf}`.
 * `npm run build` validates the list (https URL, dates not in the future, unique ids and URLs) and
 * `npm run typecheck` rejects a reference to an id that does not exist.
 */
import type {Source} from '../types';
import {sources as chatgpt} from './chatgpt';
import {sources as definitions} from './definitions';
import {sources as economics} from './economics';
import {sources as gptOss} from './gpt-oss';
import {sources as licenses} from './licenses';
import {sources as modelsAG} from './models-a-g';
import {sources as modelsGL} from './models-g-l';
import {sources as modelsLO} from './models-l-o';
import {sources as modelsOZ} from './models-o-z';
import {sources as openai} from './openai';
import {sources as research} from './research';
import {sources as tools} from './tools';
import {SOURCE_URLS} from './urls';

const all = [
  ...definitions,
  ...licenses,
  ...chatgpt,
  ...openai,
  ...gptOss,
  ...modelsAG,
  ...modelsGL,
  ...modelsLO,
  ...modelsOZ,
  ...tools,
  ...economics,
  ...research,
];

/** The id of a record in this folder: a typo in a data reference fails typechecking. */
export type SourceId = (typeof all)[number]['id'];

export const sources: readonly Source[] = all.map((s) => ({...s, url: SOURCE_URLS[s.id]}));

const byId = new Map(sources.map((s) => [s.id, s]));

export function getSource(id: string): Source | undefined {
  return byId.get(id);
}

/** The URL of a source record; throws for an unknown id so a bad reference fails the build. */
export function sourceUrl(id: string): string {
  const source = byId.get(id);
  if (!source) throw new Error(`Unknown source id "${id}" (src/data/sources/)`);
  return source.url;
}
