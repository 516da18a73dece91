/** The model table's head: column names, and sort buttons once the filters are on. */
import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import type {OpennessDimension} from '@site/src/domain/types';
import {OPENNESS_DIMENSIONS} from '@site/src/domain/types';
import {OPENNESS_SCORE_DIMENSIONS} from '@site/src/domain/verdicts';
import {DEFAULT_STATE, type SortKey, type TableState} from '@site/src/lib/models';
import styles from './styles.module.css';
import headStyles from './Head.module.css';

export type Column = {key: SortKey | null; label: string; className?: string; full?: string};

/** Short header words for the eight openness dimensions (the full name is in each cell's label). */
const SHORT_DIM_LABEL: Partial<Record<OpennessDimension, string>> = {
  inferenceCode: 'Inference code',
  dataDocumentation: 'Data docs',
  license: 'License terms',
};

export function columns(): Column[] {
  return [
    {key: 'name', label: translate({id: 'modelTable.col.model', message: 'Model'})},
    {key: 'firstRelease', label: translate({id: 'modelTable.col.released', message: 'First release'})},
    {key: 'license', label: translate({id: 'modelTable.col.license', message: 'License'})},
    {key: null, label: translate({id: 'modelTable.col.osaid', message: 'Open Source AI?'})},
    {key: null, label: translate({id: 'modelTable.col.openWeights', message: 'Open weights?'})},
    {key: 'score', label: translate({id: 'modelTable.col.score', message: 'Score'})},
    ...OPENNESS_SCORE_DIMENSIONS.map((d) => ({
      key: null,
      label: SHORT_DIM_LABEL[d] ?? OPENNESS_DIMENSIONS[d].label,
      full: OPENNESS_DIMENSIONS[d].label,
      className: styles.dimHead,
    })),
  ];
}

function SortButton({
  column,
  state,
  onSort,
}: {
  column: Column & {key: SortKey};
  state: TableState;
  onSort: (key: SortKey) => void;
}): ReactNode {
  const active = state.sort === column.key;
  return (
    <button type="button" className={headStyles.sortButton} onClick={() => onSort(column.key)}>
      {column.label}
      <span aria-hidden="true" className={clsx(headStyles.sortIcon, active && headStyles.sortIconActive)}>
        {active ? (state.dir === 'asc' ? '▲' : '▼') : '↕'}
      </span>
      <span className="sr-only">{translate({id: 'modelTable.sort.hint', message: ', sort'})}</span>
    </button>
  );
}

export default function TableHead({
  cols,
  state,
  filters,
  ids,
  onSort,
}: {
  cols: Column[];
  state: TableState;
  filters: boolean;
  ids: string[] | undefined;
  onSort: (key: SortKey) => void;
}): ReactNode {
  return (
    <thead>
      <tr>
        {cols.map((c, i) => {
          const sorted =
            filters && c.key !== null && state.sort === c.key && !(ids && state === DEFAULT_STATE);
          return (
            <th
              key={i}
              scope="col"
              className={clsx(
                i === 0 && styles.nameHead,
                c.key && filters && styles.sortableHead,
                c.className,
              )}
              aria-sort={sorted ? (state.dir === 'asc' ? 'ascending' : 'descending') : undefined}
            >
              {c.key && filters ? (
                <SortButton column={c as Column & {key: SortKey}} state={state} onSort={onSort} />
              ) : c.full ? (
                <span className={styles.dimHeadText}>{c.label}</span>
              ) : (
                c.label
              )}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
