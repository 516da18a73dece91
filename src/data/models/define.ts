/**
 * Typed declarations for the record files in this folder. Each keeps its ids as string literals
 * (so `ModelId` in ./index.ts is the union of real ids) and checks every reference: a source id
 * that is not in src/data/sources/urls-data.ts or a license id not in src/data/licenses/ fails
 * `npm run typecheck`.
 */
import type {LicenseId} from '../licenses';
import type {SourceId} from '../sources';
import type {Model, ToolRecord} from '../types';

export type ModelRecord<I extends string = string> = Model<SourceId, LicenseId> & {id: I};

export function defineModels<const I extends string>(records: ModelRecord<I>[]): ModelRecord<I>[] {
  return records;
}

export function defineTools(records: ToolRecord<SourceId, LicenseId>[]): ToolRecord<SourceId, LicenseId>[] {
  return records;
}
