/**
 * Every source the site cites: the topic files in this folder (./topics.ts) and the sources that
 * live with the makers, families and models under src/data/models/. <Cite id="…" />, the Sources
 * page and the validator read this list; each URL is written once in src/data/.
 */
import type {Source} from '../../domain/types';
import {catalogSources} from '../models';
import {topicSources, type TopicSourceId} from './topics';

/** Every source, topic files first, then the catalog's (maker, family and model folders). */
export const sources: readonly Source[] = [...topicSources, ...catalogSources];

/** A source id that data outside the catalog may cite (licenses, tools, the chooser, prices). */
export type SourceId = TopicSourceId;

const byId = new Map(sources.map((s) => [s.id, s]));

export function getSource(id: string): Source | undefined {
  return byId.get(id);
}

/** The URL of a source record; throws for an unknown id so a bad reference fails the build. */
export function sourceUrl(id: string): string {
  const source = byId.get(id);
  if (!source) throw new Error(`Unknown source id "${id}" (src/data/sources/, src/data/models/)`);
  return source.url;
}
