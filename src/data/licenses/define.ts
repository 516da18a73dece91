import type {TopicSourceId} from '../sources/topics';
import type {LicenseRecord} from '../../domain/types';

/**
 * Declares a file's license records: ids stay string literals (so `LicenseId` in ./index.ts is the
 * union of real ids), and every `source` must be the id of a record in src/data/sources/, or
 * `npm run typecheck` fails.
 */
export function defineLicenses<const I extends string>(
  records: LicenseRecord<TopicSourceId, I, TopicSourceId>[],
): LicenseRecord<TopicSourceId, I, TopicSourceId>[] {
  return records;
}
