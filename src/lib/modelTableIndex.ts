/**
 * What the model table's controls (and the comparison's pickers and the explorer's rated-cells
 * line) need to know about the models, without the records: built at build time by the dataset
 * plugin (createData `model-table.json`), so a page with a model table ships these few fields
 * while its rows stay static HTML (see src/components/ModelTable/).
 * Pure: no React, no DOM; unit-tested in tests/unit/modelTableIndex.test.ts.
 */
import type {Modality, Model} from '../domain/types';
import {isHistorical} from './explorer';
import {ratedShare} from '../domain/rubric';
import {DEFAULT_STATE, releaseClass, sortModels, type LicenseLookup, type ReleaseClass} from './models';

export interface ModelTableEntry {
  id: string;
  name: string;
  organization: string;
  releaseClass: ReleaseClass;
  /** Released before the explorer's historical cut-off (a separate, folded section). */
  historical: boolean;
  /** What it produces (the record's `outputs`), for tables of image, video, audio or embedding models. */
  outputs: Modality[];
}

export interface ModelTableIndex {
  /** Every model, in the table's default order (the order of its static HTML). */
  rows: ModelTableEntry[];
  /** Rated cells over all cells (src/domain/rubric.ts). */
  rated: ReturnType<typeof ratedShare>;
}

export function buildModelTableIndex(models: readonly Model[], getLicense: LicenseLookup): ModelTableIndex {
  const rows = sortModels(models, DEFAULT_STATE.sort, DEFAULT_STATE.dir, getLicense).map((m) => ({
    id: m.id,
    name: m.name,
    organization: m.organization,
    releaseClass: releaseClass(m),
    historical: isHistorical(m),
    outputs: m.outputs,
  }));
  return {rows, rated: ratedShare(models)};
}

/**
 * The rows one table shows, in their static order: the given ids in their order (unknown ids
 * throw), or every entry; then only those of the given release classes, and only those that
 * make one of the given outputs.
 */
export function tableRows(
  index: readonly ModelTableEntry[],
  ids: readonly string[] | undefined,
  kinds: readonly ReleaseClass[] | undefined,
  makes?: readonly Modality[],
): ModelTableEntry[] {
  let list: ModelTableEntry[] = [...index];
  if (ids) {
    const byId = new Map(index.map((e) => [e.id, e]));
    const unknown = ids.filter((id) => !byId.has(id));
    if (unknown.length) throw new Error(`<ModelTable ids>: unknown model id(s) ${unknown.join(', ')}`);
    list = ids.map((id) => byId.get(id) as ModelTableEntry);
  }
  if (kinds) list = list.filter((e) => kinds.includes(e.releaseClass));
  if (makes) list = list.filter((e) => e.outputs.some((o) => makes.includes(o)));
  return list;
}
