/**
 * <ModelTable /> — the comparison table of every model (or a subset: ids={[…]} or
 * kind="open-weights"). Server-rendered in full: every row and rating is in the static HTML.
 * After hydration, JavaScript adds sorting, filtering, URL state (?q=&level=&license=&org=
 * &modality=&sort=&dir=, see src/lib/models.ts) and row highlighting for #model-<id> links.
 * Where the table is narrower than about 700px (a container query, so it works without
 * JavaScript), each row is laid out as a card from the same markup; see styles.module.css.
 */
import React, {useEffect, useMemo, type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {useHistory, useLocation} from '@docusaurus/router';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {translate} from '@docusaurus/Translate';
import {models as allModels} from '@site/src/data/models';
import {getLicense} from '@site/src/data/licenses';
import type {Model, RatingLevel} from '@site/src/data/types';
import {LICENSE_KINDS, MODALITIES} from '@site/src/data/types';
import {formatIsoDate} from '@site/src/lib/dates';
import {
  DEFAULT_STATE,
  LEVELS,
  LICENSE_KIND_LIST,
  MODALITY_LIST,
  RELEASE_CLASSES,
  filterModels,
  formatSizes,
  isFiltered,
  organizationOptions,
  parseTableState,
  releaseClass,
  serializeTableState,
  sortModels,
  type ReleaseClass,
  type SortKey,
  type TableState,
} from '@site/src/lib/models';
import RatingLabel, {ratingText} from '@site/src/components/OpennessScorecard/RatingLabel';
import TableScroll from '@site/src/components/TableScroll';
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

type Column = {key: SortKey | null; label: string};

function columns(): Column[] {
  return [
    {key: 'name', label: translate({id: 'modelTable.col.model', message: 'Model'})},
    {key: 'organization', label: translate({id: 'modelTable.col.organization', message: 'Organisation'})},
    {key: 'firstRelease', label: translate({id: 'modelTable.col.released', message: 'First release'})},
    {key: 'size', label: translate({id: 'modelTable.col.size', message: 'Parameters'})},
    {key: 'license', label: translate({id: 'modelTable.col.license', message: 'License'})},
    {key: null, label: translate({id: 'modelTable.col.weights', message: 'Weights'})},
    {key: null, label: translate({id: 'modelTable.col.trainingCode', message: 'Training code'})},
    {key: null, label: translate({id: 'modelTable.col.trainingData', message: 'Training data'})},
    {key: 'openness', label: translate({id: 'modelTable.col.releaseClass', message: 'What is released'})},
  ];
}

function Row({
  model,
  highlighted,
  cols,
  anchors,
}: {
  model: Model;
  highlighted: boolean;
  cols: Column[];
  anchors: boolean;
}): ReactNode {
  const anchor = `model-${model.id}`;
  const brokenLinks = useBrokenLinks();
  if (anchors) brokenLinks.collectAnchor(anchor);
  const license = getLicense(model.license);
  const cls = releaseClass(model);
  // data-label: the column name each cell shows above its value when rows become cards.
  const label = (i: number) => cols[i].label;
  return (
    <tr
      id={anchors ? anchor : undefined}
      className={clsx(highlighted && styles.highlighted)}
      data-model={model.id}
    >
      <th scope="row" className={styles.nameCell}>
        <Link to={`/models/${model.id}/`} className={styles.modelLink}>
          {model.name}
        </Link>
        {anchors ? (
          <Link to={`#${anchor}`} className={styles.permalink}>
            <span aria-hidden="true">#</span>
            <span className="sr-only">
              {translate({id: 'modelTable.permalink', message: 'Link to the {name} row'}, {name: model.name})}
            </span>
          </Link>
        ) : null}
      </th>
      <td data-label={label(1)} className={styles.orgCell}>
        {model.organization}
      </td>
      <td data-label={label(2)} className={clsx(styles.nowrap, styles.dateCell)}>
        <time dateTime={model.firstRelease}>{formatIsoDate(model.firstRelease)}</time>
      </td>
      <td data-label={label(3)} className={styles.sizeCell}>
        {formatSizes(model)}
      </td>
      <td data-label={label(4)} className={styles.licenseCell}>
        {license?.name ?? model.license}
        {license ? <span className={styles.sub}>{LICENSE_KINDS[license.kind].label}</span> : null}
      </td>
      <td data-label={label(5)} className={styles.ratingCell}>
        <RatingLabel level={model.openness.weights?.level} />
      </td>
      <td data-label={label(6)} className={styles.ratingCell}>
        <RatingLabel level={model.openness.trainingCode?.level} />
      </td>
      <td data-label={label(7)} className={styles.ratingCell}>
        <RatingLabel level={model.openness.trainingData?.level} />
      </td>
      <td data-label={label(8)} className={styles.classCell}>
        {RELEASE_CLASSES[cls].label}
      </td>
    </tr>
  );
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
    <button type="button" className={styles.sortButton} onClick={() => onSort(column.key)}>
      {column.label}
      <span aria-hidden="true" className={clsx(styles.sortIcon, active && styles.sortIconActive)}>
        {active ? (state.dir === 'asc' ? '▲' : '▼') : '↕'}
      </span>
      <span className="sr-only">{translate({id: 'modelTable.sort.hint', message: ', sort'})}</span>
    </button>
  );
}

function levelLabel(level: RatingLevel): string {
  return ratingText(level);
}

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

  const rows = useMemo(() => {
    const filtered = filterModels(base, state, getLicense);
    // Explicit ids keep their given order until the reader sorts.
    if (ids && state.sort === DEFAULT_STATE.sort && state.dir === DEFAULT_STATE.dir) return filtered;
    return sortModels(filtered, state.sort, state.dir, getLicense);
  }, [base, ids, state]);

  // Highlight and scroll to the row named in the hash (#model-<id>), also on in-page navigation.
  const hashMatch = /^#model-([a-z0-9-]+)$/.exec(isBrowser ? location.hash : '');
  const highlight = anchors && hashMatch && base.some((m) => m.id === hashMatch[1]) ? hashMatch[1] : null;
  useEffect(() => {
    if (highlight) document.getElementById(`model-${highlight}`)?.scrollIntoView({block: 'center'});
  }, [highlight]);

  const onSort = (key: SortKey) => {
    const dir = state.sort === key && state.dir === 'asc' ? 'desc' : 'asc';
    update({sort: key, dir});
  };

  const cols = columns();
  const total = base.length;
  const tableCaption =
    caption ??
    translate({
      id: 'modelTable.caption',
      message:
        'AI models compared: who makes them, their license, and whether weights, training code and training data are released',
    });
  const countText = translate(
    {id: 'modelTable.count', message: 'Showing {shown} of {total} models'},
    {shown: rows.length, total},
  );

  return (
    <div className={styles.wrapper} data-search-ignore="">
      {filters ? (
        <fieldset className={styles.filters} disabled={!isBrowser}>
          <legend className={styles.legend}>
            {translate({id: 'modelTable.filter.legend', message: 'Filter models'})}
          </legend>
          <div className={styles.filterGrid}>
            <label className={styles.field}>
              <span>{translate({id: 'modelTable.filter.search', message: 'Search'})}</span>
              <input
                type="search"
                value={state.q}
                onChange={(e) => update({q: e.target.value})}
                autoComplete="off"
                spellCheck={false}
              />
            </label>
            <label className={styles.field}>
              <span>{translate({id: 'modelTable.filter.level', message: 'Openness of weights'})}</span>
              <select
                value={state.level ?? ''}
                onChange={(e) => update({level: (e.target.value || null) as TableState['level']})}
              >
                <option value="">{translate({id: 'modelTable.filter.any', message: 'Any'})}</option>
                {LEVELS.map((l) => (
                  <option key={l} value={l}>
                    {levelLabel(l)}
                  </option>
                ))}
              </select>
            </label>
            <label className={styles.field}>
              <span>{translate({id: 'modelTable.filter.license', message: 'License kind'})}</span>
              <select
                value={state.license ?? ''}
                onChange={(e) => update({license: (e.target.value || null) as TableState['license']})}
              >
                <option value="">{translate({id: 'modelTable.filter.any', message: 'Any'})}</option>
                {LICENSE_KIND_LIST.map((k) => (
                  <option key={k} value={k}>
                    {LICENSE_KINDS[k].label}
                  </option>
                ))}
              </select>
            </label>
            <label className={styles.field}>
              <span>{translate({id: 'modelTable.filter.organization', message: 'Organisation'})}</span>
              <select value={state.org ?? ''} onChange={(e) => update({org: e.target.value || null})}>
                <option value="">{translate({id: 'modelTable.filter.any', message: 'Any'})}</option>
                {orgs.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.label}
                  </option>
                ))}
              </select>
            </label>
            <label className={styles.field}>
              <span>{translate({id: 'modelTable.filter.modality', message: 'Modality'})}</span>
              <select
                value={state.modality ?? ''}
                onChange={(e) => update({modality: (e.target.value || null) as TableState['modality']})}
              >
                <option value="">{translate({id: 'modelTable.filter.any', message: 'Any'})}</option>
                {MODALITY_LIST.map((m) => (
                  <option key={m} value={m}>
                    {MODALITIES[m].label}
                  </option>
                ))}
              </select>
            </label>
            <div className={styles.resetCell}>
              <button
                type="button"
                className="button button--secondary button--sm"
                disabled={!isFiltered(state)}
                onClick={() => update({q: '', level: null, license: null, org: null, modality: null})}
              >
                {translate({id: 'modelTable.filter.reset', message: 'Reset filters'})}
              </button>
            </div>
          </div>
        </fieldset>
      ) : null}
      <p className={styles.count} aria-live="polite" role="status">
        {countText}
      </p>
      <TableScroll
        className={styles.scroll}
        stickyFirstColumn
        label={translate({
          id: 'modelTable.region',
          message: 'Model comparison table (scrolls sideways)',
        })}
      >
        <table className={styles.table}>
          <caption className={styles.caption}>
            <span className={styles.captionText}>{tableCaption}</span>
          </caption>
          <thead>
            <tr>
              {cols.map((c, i) => {
                const sorted =
                  filters && c.key !== null && state.sort === c.key && !(ids && state === DEFAULT_STATE);
                return (
                  <th
                    key={i}
                    scope="col"
                    className={clsx(i === 0 && styles.nameHead, c.key && filters && styles.sortableHead)}
                    aria-sort={sorted ? (state.dir === 'asc' ? 'ascending' : 'descending') : undefined}
                  >
                    {c.key && filters ? (
                      <SortButton column={c as Column & {key: SortKey}} state={state} onSort={onSort} />
                    ) : (
                      c.label
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((m) => (
              <Row key={m.id} model={m} highlighted={highlight === m.id} cols={cols} anchors={anchors} />
            ))}
          </tbody>
        </table>
        {rows.length === 0 ? (
          <p className={styles.empty}>
            {translate({
              id: 'modelTable.empty',
              message: 'No model matches these filters. Reset the filters to see all models.',
            })}
          </p>
        ) : null}
      </TableScroll>
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
