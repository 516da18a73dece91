/**
 * <ModelTable /> — the model overview (or a subset: ids={[…]} or kind="open-weights"). One row
 * per model: name and maker, release date, license, the Open Source AI verdict and open-weights
 * chips, the 0–100 openness score "from N of 8", and one cell per openness dimension (shape and
 * word, never colour alone). Server-rendered in full: every row is in the static HTML, newest
 * first; the full list puts pre-2021 research models in a <details> section below.
 * After hydration, JavaScript adds sorting, filtering, URL state (?q=&use=&osaid=&level=&license=
 * &org=&modality=&sort=&dir=, see src/lib/models.ts) and row highlighting for #model-<id> links.
 * Rows are memoised: a filter flips `hidden` on the rows it changes; a sort moves keyed rows.
 * Where the table is narrower than about 700px (a container query, so it works without
 * JavaScript), each row is laid out as a card from the same markup; see styles.module.css.
 * Parts: ./Row.tsx (a row), ./Chip.tsx (verdict chips), ./Head.tsx (columns and sort buttons),
 * ./Filters.tsx (the filter fields).
 */
import React, {useEffect, useMemo, type ReactNode} from 'react';
import {useHistory, useLocation} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {translate} from '@docusaurus/Translate';
import {models as allModels} from '@site/src/data/models';
import {getLicense} from '@site/src/data/licenses';
import type {Model} from '@site/src/data/types';
import {HISTORICAL_BEFORE, isHistorical} from '@site/src/lib/explorer';
import {
  DEFAULT_STATE,
  filterModels,
  organizationOptions,
  parseTableState,
  releaseClass,
  serializeTableState,
  sortModels,
  type ReleaseClass,
  type SortDir,
  type SortKey,
  type TableState,
} from '@site/src/lib/models';
import TableScroll from '@site/src/components/TableScroll';
import Filters from './Filters';
import TableHead, {columns} from './Head';
import Row from './Row';
import styles from './styles.module.css';

export interface ModelTableProps {
  /** Show only these model ids (in table order). */
  ids?: string[];
  /** Show only models of these release classes, e.g. "hosted-only" or ["open-weights"]. */
  kind?: ReleaseClass | ReleaseClass[];
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

export default function ModelTable({
  ids,
  kind,
  caption,
  filters = true,
  anchors = true,
}: ModelTableProps): ReactNode {
  const isBrowser = useIsBrowser();
  const location = useLocation();
  const history = useHistory();
  const jsonUrl = useBaseUrl('/data/models.json');
  const csvUrl = useBaseUrl('/data/models.csv');

  const base = useMemo(() => {
    let list: Model[] = [...allModels];
    if (ids) {
      const unknown = ids.filter((id) => !allModels.some((m) => m.id === id));
      if (unknown.length) throw new Error(`<ModelTable ids>: unknown model id(s) ${unknown.join(', ')}`);
      list = ids.map((id) => allModels.find((m) => m.id === id) as Model);
    }
    if (kind) {
      const kinds = Array.isArray(kind) ? kind : [kind];
      list = list.filter((m) => kinds.includes(releaseClass(m)));
    }
    return list;
  }, [ids, kind]);

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

  // Order depends only on the sort; filtering does not rebuild the list, it flips `hidden`.
  const ordered = useMemo(() => {
    // Explicit ids keep their given order until the reader sorts.
    if (ids && state.sort === DEFAULT_STATE.sort && state.dir === DEFAULT_STATE.dir) return base;
    return sortModels(base, state.sort, state.dir, getLicense);
  }, [base, ids, state.sort, state.dir]);
  const shown = useMemo(() => new Set(filterModels(base, state, getLicense).map((m) => m.id)), [base, state]);

  // Full lists put pre-2021 research models in their own section (a <details>, so it works
  // without JavaScript); explicit id lists and kind subsets show every model they were asked for.
  const splitHistorical = !ids && !kind;
  const current = splitHistorical ? ordered.filter((m) => !isHistorical(m)) : ordered;
  const historical = splitHistorical ? ordered.filter((m) => isHistorical(m)) : [];
  const historicalShown = historical.filter((m) => shown.has(m.id)).length;

  // Highlight and scroll to the row named in the hash (#model-<id>), also on in-page navigation.
  const hashMatch = /^#model-([a-z0-9-]+)$/.exec(isBrowser ? location.hash : '');
  const highlight = anchors && hashMatch && base.some((m) => m.id === hashMatch[1]) ? hashMatch[1] : null;
  useEffect(() => {
    if (!highlight) return;
    const row = document.getElementById(`model-${highlight}`);
    const details = row?.closest('details');
    if (details && !details.open) details.open = true;
    row?.scrollIntoView({block: 'center'});
  }, [highlight]);

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
    {shown: shown.size, total},
  );
  const renderRows = (list: Model[]) =>
    list.map((m) => (
      <Row
        key={m.id}
        model={m}
        highlighted={highlight === m.id}
        hidden={!shown.has(m.id)}
        cols={cols}
        anchors={anchors}
      />
    ));
  const table = (list: Model[], captionText: string, historicalPart: boolean) => (
    <TableScroll
      className={styles.scroll}
      stickyFirstColumn
      // Named by its caption: the explorer's two tables (recent, historical) are two distinct regions.
      label={translate(
        {id: 'modelTable.region', message: '{caption} (table, scrolls sideways)'},
        {caption: captionText},
      )}
    >
      <table className={styles.table} data-part={historicalPart ? 'historical' : 'current'}>
        <caption className={styles.caption}>
          <span className={styles.captionText}>{captionText}</span>
        </caption>
        <TableHead cols={cols} state={state} filters={filters} ids={ids} onSort={onSort} />
        <tbody>{renderRows(list)}</tbody>
      </table>
      {list.every((m) => !shown.has(m.id)) ? (
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
      {table(current, tableCaption, false)}
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
            translate(
              {
                id: 'modelTable.historical.caption',
                message: 'Historical research models released before {year}',
              },
              {year: HISTORICAL_BEFORE},
            ),
            true,
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
