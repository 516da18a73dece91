/**
 * Every source the site cites, merged from one file per topic group in ./sources/.
 * To add a source: pick the file for its topic, append a record (ids are kebab-case and never
 * change), and cite it in MDX with <Cite id="the-id" />. `npm run build` validates the list
 * (https URL, dates not in the future, unique ids) and fails naming the record and field.
 * Search src/data/sources/ for the URL first: reuse an existing id rather than adding a twin.
 */
import type {Source} from './types';
import {sources as core} from './sources/core';
import {sources as basics} from './sources/basics';
import {sources as gptossModels} from './sources/gptoss-models';
import {sources as decide} from './sources/decide';
import {sources as corrections} from './sources/corrections';
import {sources as ratings} from './sources/ratings';
import {sources as citefix} from './sources/citefix';

export const sources: readonly Source[] = [
  ...core,
  ...basics,
  ...gptossModels,
  ...decide,
  ...corrections,
  ...ratings,
  ...citefix,
];

const byId = new Map(sources.map((s) => [s.id, s]));

export function getSource(id: string): Source | undefined {
  return byId.get(id);
}
