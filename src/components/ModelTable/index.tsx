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
 */
import React, {memo, useEffect, useMemo, type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {useHistory, useLocation} from '@docusaurus/router';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {translate} from '@docusaurus/Translate';
import {models as allModels} from '@site/src/data/models';
import {getLicense} from '@site/src/data/licenses';
import type {Model, OpennessDimension, RatingLevel} from '@site/src/data/types';
import {LICENSE_KINDS, MODALITIES, OPENNESS_DIMENSIONS} from '@site/src/data/types';
import {
  OPENNESS_SCORE_DIMENSIONS,
  OPEN_WEIGHTS,
  OSAID_VERDICTS,
  openWeights,
  osaidVerdict,
  opennessScore100,
  type OpenWeightsStatus,
  type OsaidVerdict,
} from '@site/src/lib/verdicts';
import {USE_CASES, USE_CASE_IDS} from '@site/src/lib/licenseUse';
import {HISTORICAL_BEFORE, isHistorical, shortDate} from '@site/src/lib/explorer';
import {formatIsoDate} from '@site/src/lib/dates';
import {
  DEFAULT_STATE,
  LEVELS,
  LICENSE_KIND_LIST,
  MODALITY_LIST,
  OSAID_VERDICT_LIST,
  filterModels,
  isFiltered,
  orgName,
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

type Column = {key: SortKey | null; label: string; className?: string; full?: string};

/** Short header words for the eight openness dimensions (the full name is in each cell's label). */
const SHORT_DIM_LABEL: Partial<Record<OpennessDimension, string>> = {
  inferenceCode: 'Inference code',
  dataDocumentation: 'Data docs',
  license: 'License terms',
};

function columns(): Column[] {
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

const OSAID_SHORT: Record<OsaidVerdict, {text: string; mark: string}> = {
  meets: {text: 'Yes', mark: '✓'},
  'does-not-meet': {text: 'No', mark: '✗'},
  'cannot-tell': {text: 'Cannot tell', mark: '?'},
};

const WEIGHTS_SHORT: Record<OpenWeightsStatus, {text: string; mark: string}> = {
  yes: {text: 'Yes', mark: '✓'},
  gated: {text: 'Gated', mark: '✓'},
  'on-request': {text: 'On request', mark: '…'},
  no: {text: 'No', mark: '✗'},
};

function Chip({
  kind,
  text,
  mark,
  title,
}: {
  kind: string;
  text: string;
  mark: string;
  title: string;
}): ReactNode {
  return (
    <span className={clsx(styles.chip, styles[`chip-${kind}`])} data-verdict={kind} title={title}>
      <span aria-hidden="true" className={styles.chipMark}>
        {mark}
      </span>
      {text}
    </span>
  );
}

/**
 * One model as a table row (a card in narrow containers). Memoised: filtering only flips `hidden`
 * on the rows whose visibility changes, and sorting only moves keyed rows, so a filter change
 * does not re-render 64 rows of cells.
 */
const Row = memo(function Row({
  model,
  highlighted,
  hidden,
  cols,
  anchors,
}: {
  model: Model;
  highlighted: boolean;
  hidden: boolean;
  cols: Column[];
  anchors: boolean;
}): ReactNode {
  const anchor = `model-${model.id}`;
  const brokenLinks = useBrokenLinks();
  if (anchors) brokenLinks.collectAnchor(anchor);
  const license = getLicense(model.license);
  // Only the two verdicts the row shows (not the MOF estimate), so that logic stays out of this chunk.
  const v = license ? {osaid: osaidVerdict(model, license), openWeights: openWeights(model, license)} : null;
  const score = opennessScore100(model);
  // data-label: the column name each cell shows above its value when rows become cards.
  const label = (i: number) => cols[i].full ?? cols[i].label;
  return (
    <tr
      id={anchors ? anchor : undefined}
      className={clsx(highlighted && styles.highlighted)}
      data-model={model.id}
      hidden={hidden || undefined}
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
        <span className={styles.sub}>{orgName(model.organization)}</span>
      </th>
      <td data-label={label(1)} className={styles.dateCell}>
        <time dateTime={model.firstRelease} title={formatIsoDate(model.firstRelease)}>
          {shortDate(model.firstRelease)}
        </time>
      </td>
      <td data-label={label(2)} className={styles.licenseCell}>
        {/* Proprietary terms need no second line; other licenses say what kind they are. */}
        {license?.kind === 'proprietary' ? LICENSE_KINDS.proprietary.label : (license?.name ?? model.license)}
        {license && license.kind !== 'proprietary' ? (
          <span className={styles.sub}>{LICENSE_KINDS[license.kind].label}</span>
        ) : null}
      </td>
      <td data-label={label(3)} className={styles.verdictCell}>
        {v ? (
          <Chip
            kind={v.osaid.verdict}
            {...OSAID_SHORT[v.osaid.verdict]}
            title={OSAID_VERDICTS[v.osaid.verdict].label}
          />
        ) : null}
      </td>
      <td data-label={label(4)} className={styles.verdictCell}>
        {v ? (
          <Chip
            kind={`w-${v.openWeights}`}
            {...WEIGHTS_SHORT[v.openWeights]}
            title={OPEN_WEIGHTS[v.openWeights].label}
          />
        ) : null}
      </td>
      <td data-label={label(5)} className={styles.scoreCell} data-score={score.score ?? ''}>
        <strong className={styles.scoreValue}>{score.score ?? '–'}</strong>
        <span className={styles.scoreOf}>/100</span>
        <span className={styles.sub}>
          {translate(
            {id: 'modelTable.scoreFrom', message: 'from {rated} of {of}'},
            {rated: score.rated, of: score.of},
          )}
        </span>
      </td>
      {OPENNESS_SCORE_DIMENSIONS.map((d, i) => {
        const level = model.openness[d]?.level;
        return (
          <td
            key={d}
            data-label={label(6 + i)}
            data-level={level ?? 'unrated'}
            className={styles.dimCell}
            title={`${OPENNESS_DIMENSIONS[d].label}: ${ratingText(level)}${
              level ? '' : model.unrated?.[d] ? ` (${model.unrated[d]})` : ''
            }`}
          >
            <RatingLabel level={level} textClassName={styles.dimWord} />
          </td>
        );
      })}
    </tr>
  );
});

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

function Select<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: T | null;
  options: Array<{value: T; label: string}>;
  onChange: (v: T | null) => void;
}): ReactNode {
  return (
    <label className={styles.field}>
      <span>{label}</span>
      <select value={value ?? ''} onChange={(e) => onChange((e.target.value || null) as T | null)}>
        <option value="">{translate({id: 'modelTable.filter.any', message: 'Any'})}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

function TableHead({
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
      label={translate({id: 'modelTable.region', message: 'Model comparison table (scrolls sideways)'})}
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
            <Select
              label={translate({id: 'modelTable.filter.use', message: 'Can I use it for…'})}
              value={state.use}
              options={USE_CASE_IDS.map((u) => ({value: u, label: USE_CASES[u].question}))}
              onChange={(use) => update({use})}
            />
            <Select
              label={translate({id: 'modelTable.filter.osaid', message: 'Open Source AI?'})}
              value={state.osaid}
              options={OSAID_VERDICT_LIST.map((o) => ({value: o, label: OSAID_SHORT[o].text}))}
              onChange={(osaid) => update({osaid})}
            />
            <Select
              label={translate({id: 'modelTable.filter.level', message: 'Openness of weights'})}
              value={state.level}
              options={LEVELS.map((l) => ({value: l, label: levelLabel(l)}))}
              onChange={(level) => update({level})}
            />
            <Select
              label={translate({id: 'modelTable.filter.license', message: 'License kind'})}
              value={state.license}
              options={LICENSE_KIND_LIST.map((k) => ({value: k, label: LICENSE_KINDS[k].label}))}
              onChange={(license) => update({license})}
            />
            <Select
              label={translate({id: 'modelTable.filter.organization', message: 'Organisation'})}
              value={state.org}
              options={orgs.map((o) => ({value: o.id, label: o.label}))}
              onChange={(org) => update({org})}
            />
            <Select
              label={translate({id: 'modelTable.filter.modality', message: 'Modality'})}
              value={state.modality}
              options={MODALITY_LIST.map((m) => ({value: m, label: MODALITIES[m].label}))}
              onChange={(modality) => update({modality})}
            />
            <div className={styles.resetCell}>
              <button
                type="button"
                className="button button--secondary button--sm"
                disabled={!isFiltered(state)}
                onClick={() =>
                  update({
                    q: '',
                    level: null,
                    license: null,
                    osaid: null,
                    use: null,
                    org: null,
                    modality: null,
                  })
                }
              >
                {translate({id: 'modelTable.filter.reset', message: 'Reset filters'})}
              </button>
            </div>
          </div>
          {state.use ? (
            <p className={styles.useNote}>
              {translate(
                {
                  id: 'modelTable.filter.useNote',
                  message:
                    'Showing models whose license answers “yes” or “with conditions” for: {question}. Each model’s page says which, and cites the clause.',
                },
                {question: USE_CASES[state.use].question.toLowerCase()},
              )}
            </p>
          ) : null}
        </fieldset>
      ) : null}
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
