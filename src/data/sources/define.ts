import type {Source} from '../types';

/**
 * Declares a topic file's records and keeps each id as a string literal, so `SourceId` (./index.ts)
 * is the union of every real id and a typo in a data reference fails `npm run typecheck`.
 */
export function defineSources<const Id extends string>(
  records: readonly (Source & {id: Id})[],
): readonly (Source & {id: Id})[] {
  return records;
}
