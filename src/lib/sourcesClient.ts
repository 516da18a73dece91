/**
 * What the browser gets when a component imports `src/data/sources`: the dataset plugin swaps that
 * module for this one in the site's bundles (src/plugins/dataset, `SOURCE_MODULES`), and this one
 * reads every source record from sources-client.json, written at build time. The real module
 * gathers the records from the topic files and from every folder of the model catalog, which would
 * put the whole catalog into the Sources page's code. Node code still reads the real module.
 */
import type {Source} from '../domain/types';
import data from '@generated/site-dataset/default/sources-client.json';

export const sources: readonly Source[] = data;

const byId = new Map(sources.map((s) => [s.id, s]));

export function getSource(id: string): Source | undefined {
  return byId.get(id);
}

export function sourceUrl(id: string): string {
  const source = byId.get(id);
  if (!source) throw new Error(`Unknown source id "${id}"`);
  return source.url;
}
