/**
 * The model table (./index.tsx loads it lazily): the model overview (or a subset: ids={[…]} or kind="open-weights"). One row
 * per model: name and maker, release date, license, the Open Source AI verdict and open-weights
 * chips, the 0–100 openness score "from N of 8", and one cell per openness dimension (shape and
 * word, never colour alone). Every row is in the static HTML, newest first; the full list puts
 * pre-2021 research models in a <details> section below.
 *
 * Plain markup for what does not change, React only for the controls:
 * - the rows (./Rows.tsx) are a <StaticIsland as="tbody">: rendered at build time, kept as they
 *   are by the browser, never hydrated, and the page's JavaScript carries no model record;
 * - the filters, sort buttons, count and URL state (?q=&use=&osaid=&level=&license=&org=
 *   &takes=&makes=&sort=&dir=, see src/lib/models.ts) are React; they know each row only by the few
 *   facts in the dataset plugin's `model-table.json` (src/lib/modelTableIndex.ts);
 * - when a reader filters or sorts, ./compute.ts (the records and the tested logic in
 *   src/lib/models.ts) loads, and ./dom.ts moves and hides the rows, and marks the row that a
 *   #model-<id> link points at.
 * Where the table is narrower than about 700px (a container query, so it works without
 * JavaScript), each row is laid out as a card from the same markup; see styles.module.css.
 * Parts: ./Row.tsx (a row), ./Chip.tsx (verdict chips), ./Head.tsx (columns and sort buttons),
 * ./Filters.tsx (the filter fields).
 */
import React, {
  lazy,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import {useHistory, useLocation} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {translate} from '@docusaurus/Translate';
import tableIndex from '@generated/site-dataset/default/model-table.json';
import {HISTORICAL_BEFORE} from '@site/src/lib/explorer';
import {
  DEFAULT_STATE,
  organizationOptions,
  parseTableState,
  serializeTableState,
  type ReleaseClass,
  type SortDir,
  type SortKey,
  type TableState,
} from '@site/src/lib/models';
import {tableRows, type ModelTableEntry} from '@site/src/lib/modelTableIndex';
import type {Modality} from '@site/src/domain/types';
import StaticIsland from '@site/src/components/StaticIsland';
import TableScroll from '@site/src/components/TableScroll';
import type {TableView} from './compute';
import {applyToRows} from './dom';
import Filters from './Filters';
import TableHead, {columns} from './Head';
import styles from './styles.module.css';

const Rows = lazy(() => import('./Rows'));

export interface ModelTableProps {
  /** Show only these model ids (in table order). */
  ids?: string[];
  /** Show only models of these release classes, e.g. "hosted-only" or ["open-weights"]. */
  kind?: ReleaseClass | ReleaseClass[];
  /** Show only models that make this (their `outputs`), e.g. "image" or ["audio"]. */
  makes?: Modality | Modality[];
  /** Caption naming what the table compares. */
  caption?: string;
  /** Filters and URL state; turn off for small inline tables or a second table on a page. */
  filters?: boolean;
  /**
   * Row ids (#model-<id>) and their # links. Turn off for a second table on the same page, so
   * ids stay unique and permalinks lead to the main table.
   */
  anchors?: boolean;
}

/** Date and score read best biggest-first, so their first click sorts descending. */
const DESC_FIRST: ReadonlySet<SortKey> = new Set<SortKey>(['firstRelease', 'score', 'size']);

export default function ModelTableInteractive({
  ids,
  kind,
  makes,
  caption,
  filters = true,
  anchors = true,
}: ModelTableProps): ReactNode {
  const isBrowser = useIsBrowser();
  const location = useLocation();
  const history = useHistory();
  const jsonUrl = useBaseUrl('/data/models.json');
  const csvUrl = useBaseUrl('/data/models.csv');

  // MDX passes new arrays on every render; the rows depend on their contents.
  const idsKey = ids?.join(',');
  const kindKey = kind === undefined ? undefined : [kind].flat().join(',');
  const makesKey = makes === undefined ? undefined : [makes].flat().join(',');
  const base = useMemo(
    () =>
      tableRows(
        tableIndex.rows,
        idsKey?.split(','),
        kindKey?.split(',') as ReleaseClass[] | undefined,
        makesKey?.split(',') as Modality[] | undefined,
      ),
    [idsKey, kindKey, makesKey],
  );

  const orgs = useMemo(() => organizationOptions(base), [base]);
  const orgIds = useMemo(() => orgs.map((o) => o.id), [orgs]);

  // The server has no query string; reading it only after hydration keeps the first client
  // render identical to the static HTML.
  const urlState = filters && isBrowser;
  const state: TableState = useMemo(
    () => (urlState ? parseTableState(location.search, orgIds) : DEFAULT_STATE),
    [urlState, location.search, orgIds],
  );
  const update = (next: Partial<TableState>) => {
    const search = serializeTableState({...state, ...next}, location.search);
    history.replace({pathname: location.pathname, search: search ? `?${search}` : '', hash: location.hash});
  };

  // The default state is the static HTML itself. Any other state loads the records and the
  // filter and sort logic once, then computes which rows show and in which order.
  const stateKey = serializeTableState(state);
  const [view, setView] = useState<{key: string; view: TableView} | null>(null);
  useEffect(() => {
    if (stateKey === '') return;
    let current = true;
    // Explicit ids keep their given order until the reader sorts.
    const keepOrder = !!ids && state.sort === DEFAULT_STATE.sort && state.dir === DEFAULT_STATE.dir;
    void import('./compute').then(({computeView}) => {
      if (current)
        setView({
          key: stateKey,
          view: computeView(
            base.map((e) => e.id),
            state,
            keepOrder,
          ),
        });
    });
    return () => {
      current = false;
    };
    // `state` is fully described by stateKey.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stateKey, base, ids]);
  const active = stateKey === '' ? null : view?.key === stateKey ? view.view : null;
  const isShown = (e: ModelTableEntry) => !active || active.shown.has(e.id);

  // Full lists put pre-2021 research models in their own section (a <details>, so it works
  // without JavaScript); explicit id lists and kind subsets show every model they were asked for.
  const splitHistorical = !ids && !kind && !makes;
  const current = useMemo(
    () => (splitHistorical ? base.filter((e) => !e.historical) : base),
    [base, splitHistorical],
  );
  const historical = useMemo(
    () => (splitHistorical ? base.filter((e) => e.historical) : []),
    [base, splitHistorical],
  );
  const currentIds = useMemo(() => current.map((e) => e.id), [current]);
  const historicalIds = useMemo(() => historical.map((e) => e.id), [historical]);
  const shownCount = base.filter(isShown).length;
  const historicalShown = historical.filter(isShown).length;

  // Highlight and scroll to the row named in the hash (#model-<id>), also on in-page navigation.
  const hashMatch = /^#model-([a-z0-9-]+)$/.exec(isBrowser ? location.hash : '');
  const highlight = anchors && hashMatch && base.some((e) => e.id === hashMatch[1]) ? hashMatch[1] : null;
  const reveal = useCallback(() => {
    if (!highlight) return;
    const row = document.getElementById(`model-${highlight}`);
    const details = row?.closest('details');
    if (details && !details.open) details.open = true;
    row?.scrollIntoView({block: 'center'});
  }, [highlight]);
  useEffect(reveal, [reveal]);

  // The rows are static markup: show the current view by moving and hiding them in the DOM.
  const tables = useRef<Array<HTMLTableElement | null>>([]);
  const applyView = useCallback(() => {
    for (const table of tables.current) {
      const tbody = table?.tBodies[0];
      if (!tbody) continue;
      applyToRows(tbody, {
        order: active?.order ?? base.map((e) => e.id),
        shown: active?.shown ?? null,
        highlight,
        highlightClass: styles.highlighted,
      });
    }
  }, [active, base, highlight]);
  // Before paint, in the same commit as the headers' aria-sort and the count: with useEffect the
  // new header state showed for a frame above rows still in the old order (and a test reading the
  // rows right after aria-sort changed failed in CI).
  useLayoutEffect(applyView, [applyView]);
  // After a client-side navigation the rows render late (a lazy chunk): apply the view and
  // reveal the linked row once they are there.
  const latest = useRef({applyView, reveal});
  latest.current = {applyView, reveal};
  const onRowsMount = useCallback(() => {
    latest.current.applyView();
    latest.current.reveal();
  }, []);

  const onSort = (key: SortKey) => {
    const first: SortDir = DESC_FIRST.has(key) ? 'desc' : 'asc';
    const dir: SortDir = state.sort === key ? (state.dir === 'asc' ? 'desc' : 'asc') : first;
    update({sort: key, dir});
  };

  const cols = columns();
  const total = base.length;
  const tableCaption =
    caption ??
    translate({
      id: 'modelTable.caption',
      message:
        'AI models at a glance: Open Source AI verdict, open weights, openness score and the eight rated components',
    });
  const countText = translate(
    {id: 'modelTable.count', message: 'Showing {shown} of {total} models'},
    {shown: shownCount, total},
  );
  const table = (list: ModelTableEntry[], rowIds: readonly string[], captionText: string, part: number) => (
    <TableScroll
      className={styles.scroll}
      stickyFirstColumn
      // Named by its caption: the explorer's two tables (recent, historical) are two distinct regions.
      label={translate(
        {id: 'modelTable.region', message: '{caption} (table, scrolls sideways)'},
        {caption: captionText},
      )}
    >
      <table
        className={styles.table}
        data-part={part === 1 ? 'historical' : 'current'}
        ref={(el) => {
          tables.current[part] = el;
        }}
      >
        <caption className={styles.caption}>
          <span className={styles.captionText}>{captionText}</span>
        </caption>
        <TableHead cols={cols} state={state} filters={filters} ids={ids} onSort={onSort} />
        <StaticIsland as="tbody">
          <Rows ids={rowIds} anchors={anchors} onMount={onRowsMount} />
        </StaticIsland>
      </table>
      {list.every((e) => !isShown(e)) ? (
        <p className={styles.empty}>
          {translate({
            id: 'modelTable.empty',
            message: 'No model matches these filters. Reset the filters to see all models.',
          })}
        </p>
      ) : null}
    </TableScroll>
  );

  return (
    <div className={styles.wrapper} data-search-ignore="">
      {filters ? <Filters state={state} update={update} orgs={orgs} disabled={!isBrowser} /> : null}
      <p className={styles.count} aria-live="polite" role="status">
        {countText}
      </p>
      {table(current, currentIds, tableCaption, 0)}
      {historical.length > 0 ? (
        <details className={styles.historical}>
          <summary className={styles.historicalSummary}>
            {translate(
              {
                id: 'modelTable.historical.summary',
                message:
                  'Show historical models: {count} research models released before {year} ({shown} match the filters)',
              },
              {count: historical.length, year: HISTORICAL_BEFORE, shown: historicalShown},
            )}
          </summary>
          {table(
            historical,
            historicalIds,
            translate(
              {
                id: 'modelTable.historical.caption',
                message: 'Historical research models released before {year}',
              },
              {year: HISTORICAL_BEFORE},
            ),
            1,
          )}
        </details>
      ) : null}
      <p className={styles.downloads}>
        {translate({id: 'modelTable.downloads', message: 'Download the data behind this table:'})}{' '}
        {/* Plain <a>: these are files written in postBuild, not routes the router or the broken-link checker knows. */}
        {/* eslint-disable-next-line @docusaurus/no-html-links */}
        <a href={jsonUrl} download>
          {translate({id: 'modelTable.downloadJson', message: 'models.json'})}
        </a>
        {' · '}
        {/* eslint-disable-next-line @docusaurus/no-html-links */}
        <a href={csvUrl} download>
          {translate({id: 'modelTable.downloadCsv', message: 'models.csv'})}
        </a>
        {'. '}
        {anchors
          ? translate({
              id: 'modelTable.ratingsNote',
              message:
                'Each rating links to its source on the model’s page. Select a model name for its page; # links to its row.',
            })
          : translate({
              id: 'modelTable.ratingsNoteNoAnchors',
              message:
                'Each rating links to its source on the model’s page. Select a model name for its page.',
            })}
      </p>
    </div>
  );
}
