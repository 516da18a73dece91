/**
 * The comparison matrix of /licenses/: every document of the terms library (rows) against the
 * clause topics (columns). Plain markup for what does not change, React only for the controls:
 * - the rows (./Rows.tsx) are a <StaticIsland as="tbody">: in the static HTML, never hydrated;
 * - the filters (kind, provider), the sort buttons (name, kind, date of the current version), the
 *   count and the URL state (?kind=&provider=&sort=&dir=) hydrate; they know each row by the few
 *   facts in the page's props (`rows`), and the view is applied by moving and hiding the rows.
 * The table scrolls inside its frame (src/components/TableScroll): the header row stays on top and
 * the document names on the left while the reader scrolls, also on a phone.
 */
import React, {lazy, useCallback, useLayoutEffect, useMemo, useRef, type ReactNode} from 'react';
import clsx from 'clsx';
import {useHistory, useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {translate} from '@docusaurus/Translate';
import StaticIsland from '@site/src/components/StaticIsland';
import TableScroll from '@site/src/components/TableScroll';
import {
  DEFAULT_MATRIX_STATE,
  TOPICS,
  firstDir,
  isFiltered,
  matrixView,
  parseMatrixState,
  serializeMatrixState,
  type LicensesPageProps,
  type MatrixSort,
  type MatrixState,
} from '@site/src/lib/licensesPages';
import type {DocumentKind} from '@site/src/domain/terms';
import styles from './styles.module.css';

const Rows = lazy(() => import('./Rows'));

type MatrixProps = Pick<LicensesPageProps, 'rows' | 'kinds' | 'providers'>;

function SortHead({
  sort,
  label,
  state,
  onSort,
  className,
}: {
  sort: MatrixSort;
  label: string;
  state: MatrixState;
  onSort: (sort: MatrixSort) => void;
  className?: string;
}): ReactNode {
  const active = state.sort === sort;
  return (
    <th
      scope="col"
      className={className}
      aria-sort={active ? (state.dir === 'asc' ? 'ascending' : 'descending') : undefined}
    >
      <button type="button" className={styles.sortButton} onClick={() => onSort(sort)}>
        {label}
        <span aria-hidden="true" className={clsx(styles.sortIcon, active && styles.sortIconActive)}>
          {active ? (state.dir === 'asc' ? '▲' : '▼') : '↕'}
        </span>
        <span className="sr-only">{translate({id: 'licenses.sort.hint', message: ', sort'})}</span>
      </button>
    </th>
  );
}

export default function Matrix({rows, kinds, providers}: MatrixProps): ReactNode {
  const isBrowser = useIsBrowser();
  const location = useLocation();
  const history = useHistory();
  const providerIds = useMemo(() => providers.map((p) => p.id), [providers]);
  // The server has no query string; reading it only after hydration keeps the first client
  // render identical to the static HTML.
  const state = useMemo(
    () => (isBrowser ? parseMatrixState(location.search, providerIds) : DEFAULT_MATRIX_STATE),
    [isBrowser, location.search, providerIds],
  );
  const update = (next: Partial<MatrixState>) => {
    const search = serializeMatrixState({...state, ...next}, location.search);
    history.replace({pathname: location.pathname, search: search ? `?${search}` : '', hash: location.hash});
  };
  const onSort = (sort: MatrixSort) =>
    update({sort, dir: state.sort === sort ? (state.dir === 'asc' ? 'desc' : 'asc') : firstDir(sort)});

  const view = useMemo(() => matrixView(rows, state), [rows, state]);

  // The rows are static markup: show the view by moving and hiding them.
  const table = useRef<HTMLTableElement>(null);
  const apply = useCallback(() => {
    const tbody = table.current?.tBodies[0];
    if (!tbody) return;
    const byId = new Map<string, HTMLTableRowElement>();
    for (const row of Array.from(tbody.rows)) if (row.dataset.doc) byId.set(row.dataset.doc, row);
    const wanted = view.order.filter((id) => byId.has(id));
    if (wanted.join() !== [...byId.keys()].join()) for (const id of wanted) tbody.appendChild(byId.get(id)!);
    for (const [id, row] of byId) {
      const hidden = !view.shown.has(id);
      if (row.hidden !== hidden) row.hidden = hidden;
    }
  }, [view]);
  // Before paint, in the same commit as the headers' aria-sort and the count.
  useLayoutEffect(apply, [apply]);
  // After a client-side navigation the rows render late (a lazy chunk): apply the view then.
  const latest = useRef(apply);
  latest.current = apply;
  const onRowsMount = useCallback(() => latest.current(), []);

  const shown = view.shown.size;
  const total = rows.length;
  const select = (
    label: string,
    value: string | null,
    options: Array<{id: string; label: string; count: number}>,
    onChange: (v: string | null) => void,
  ) => (
    <label className={styles.field}>
      <span>{label}</span>
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{translate({id: 'licenses.filter.any', message: 'Any'})}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label} ({o.count})
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div className={styles.wrapper} data-search-ignore="">
      <fieldset className={styles.fieldset} disabled={!isBrowser}>
        <legend className={styles.legend}>
          {translate({id: 'licenses.filter.legend', message: 'Filter documents'})}
        </legend>
        <div className={styles.filterGrid}>
          {select(translate({id: 'licenses.filter.kind', message: 'Kind'}), state.kind, kinds, (kind) =>
            update({kind: kind as DocumentKind | null}),
          )}
          {select(
            translate({id: 'licenses.filter.provider', message: 'Provider'}),
            state.provider,
            providers,
            (provider) => update({provider}),
          )}
          <div className={styles.resetCell}>
            <button
              type="button"
              className="button button--secondary button--sm"
              disabled={!isFiltered(state)}
              onClick={() => update({kind: null, provider: null})}
            >
              {translate({id: 'licenses.filter.reset', message: 'Reset filters'})}
            </button>
          </div>
        </div>
      </fieldset>
      <p className={styles.count} aria-live="polite" role="status">
        {translate({id: 'licenses.count', message: 'Showing {shown} of {total} documents'}, {shown, total})}
      </p>
      <TableScroll
        className={styles.scroll}
        stickyFirstColumn
        label={translate({
          id: 'licenses.region',
          message: 'Documents and their clauses (table, scrolls both ways)',
        })}
      >
        <table className={styles.table} ref={table}>
          <caption className={styles.caption}>
            <span className={styles.captionText}>
              {translate({
                id: 'licenses.caption',
                message: 'What each document says on each topic, in its current version',
              })}
            </span>
          </caption>
          <thead>
            <tr>
              <SortHead
                sort="name"
                label={translate({id: 'licenses.col.document', message: 'Document'})}
                state={state}
                onSort={onSort}
                className={styles.nameHead}
              />
              <SortHead
                sort="kind"
                label={translate({id: 'licenses.col.kind', message: 'Kind'})}
                state={state}
                onSort={onSort}
              />
              <SortHead
                sort="date"
                label={translate({id: 'licenses.col.date', message: 'Current version'})}
                state={state}
                onSort={onSort}
              />
              {TOPICS.map((t) => (
                <th key={t.id} scope="col" className={styles.topicHead}>
                  {t.label}
                </th>
              ))}
            </tr>
          </thead>
          <StaticIsland as="tbody">
            <Rows onMount={onRowsMount} />
          </StaticIsland>
        </table>
        {shown === 0 ? (
          <p className={styles.empty}>
            {translate({
              id: 'licenses.empty',
              message: 'No document matches these filters. Reset the filters to see them all.',
            })}
          </p>
        ) : null}
      </TableScroll>
    </div>
  );
}
