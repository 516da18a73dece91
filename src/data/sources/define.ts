import type {Source} from '../../domain/types';

/**
 * Declares a topic file's records and keeps each id as a string literal, so `TopicSourceId`
 * (./topics.ts) is the union of every real id and a typo in a data reference fails
 * `npm run typecheck`. Each record carries its URL: a URL is written once in src/data/.
 */
export function defineSources<const Id extends string>(
  records: readonly (Source & {id: Id})[],
): readonly (Source & {id: Id})[] {
  return records;
}
