/**
 * The model table's filter and sort, run on the records. Loaded lazily by ./index.tsx only when a
 * reader filters or sorts (or opens a link that does), so a page with a model table does not
 * ship the dataset to show the table. The logic itself is src/lib/models.ts (unit-tested).
 */
import {canUse, getModel} from '@site/src/data/models';
import {getLicense} from '@site/src/data/licenses';
import type {Model} from '@site/src/domain/types';
import {filterModels, sortModels, type TableState} from '@site/src/lib/models';

export interface TableView {
  /** Row ids in display order. */
  order: string[];
  /** Ids of the rows that match the filters. */
  shown: ReadonlySet<string>;
}

/**
 * `rowIds` are the table's rows in their static order; `keepOrder` keeps that order (a table of
 * chosen ids before the reader sorts).
 */
export function computeView(rowIds: readonly string[], state: TableState, keepOrder: boolean): TableView {
  const rows = rowIds.map((id) => getModel(id) as Model);
  const ordered = keepOrder ? rows : sortModels(rows, state.sort, state.dir, getLicense);
  return {
    order: ordered.map((m) => m.id),
    shown: new Set(filterModels(rows, state, getLicense, canUse).map((m) => m.id)),
  };
}
