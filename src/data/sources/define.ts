import type {Source} from '../types';

/**
 * Declares a topic file's records and keeps each id as a string literal, so `SourceId` (./index.ts)
 * is the union of every real id and a typo in a data reference fails `npm run typecheck`.
 */
export function defineSources<const Id extends string>(
  records: readonly (SourceRecord & {id: Id})[],
): readonly (SourceRecord & {id: Id})[] {
  return records;
}

/** A record as written in a topic file: its URL lives in ./urls.ts, keyed by the id. */
export type SourceRecord = Omit<Source, 'url'>;
