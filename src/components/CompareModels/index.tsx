/**
 * <CompareModels ids={['chatgpt', 'gpt-oss-120b', 'olmo-2-32b']} /> — two or three models side
 * by side: facts, license and every openness rating with its evidence link. With `selectable`
 * (default), readers can swap models with selects; the choice is kept in ?compare=a,b,c.
 * Server-rendered with the ids from MDX; the URL choice applies after hydration.
 * In less than about 600px of width (a container query, no JavaScript needed) each row becomes a
 * card: the row's name, then each model's value under the model's name (data-label).
 */
import React, {useMemo, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {useHistory, useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {translate} from '@docusaurus/Translate';
import {getModel, models} from '@site/src/data/models';
import {getLicense} from '@site/src/data/licenses';
import type {Model} from '@site/src/data/types';
import {ACCESS_KINDS, LICENSE_KINDS, OPENNESS_DIMENSIONS} from '@site/src/data/types';
import {formatIsoDate} from '@site/src/lib/dates';
import {DIMENSIONS, RELEASE_CLASSES, formatSizes, parseCompareIds, releaseClass} from '@site/src/lib/models';
import RatingLabel from '@site/src/components/OpennessScorecard/RatingLabel';
import {EvidenceLink, Legend} from '@site/src/components/OpennessScorecard/ScorecardView';
import TableScroll from '@site/src/components/TableScroll';
import styles from './styles.module.css';

export interface CompareModelsProps {
  /** Two or three model ids from src/data/models/. */
  ids: string[];
  /** Let readers change the models (selects + ?compare= in the URL). Default true. */
  selectable?: boolean;
  caption?: string;
}

const KNOWN = new Set(models.map((m) => m.id));
const SORTED_FOR_SELECT = [...models].sort((a, b) => a.name.localeCompare(b.name, 'en'));

export default function CompareModels({ids, selectable = true, caption}: CompareModelsProps): ReactNode {
  const unknown = ids.filter((id) => !KNOWN.has(id));
  if (unknown.length > 0 || ids.length < 2 || ids.length > 3) {
    throw new Error(
      `<CompareModels ids={${JSON.stringify(ids)}} />: give 2 or 3 ids from src/data/models/` +
        (unknown.length ? ` (unknown: ${unknown.join(', ')})` : ''),
    );
  }
  const isBrowser = useIsBrowser();
  const location = useLocation();
  const history = useHistory();
  const current =
    selectable && isBrowser
      ? parseCompareIds(new URLSearchParams(location.search).get('compare'), KNOWN, ids)
      : ids;
  const key = current.join(',');
  const chosen = useMemo(() => key.split(',').map((id) => getModel(id) as Model), [key]);

  const choose = (index: number, id: string) => {
    const next = [...current];
    next[index] = id;
    const params = new URLSearchParams(location.search);
    params.set('compare', next.join(','));
    history.replace({pathname: location.pathname, search: `?${params.toString()}`, hash: location.hash});
  };

  const names = chosen.map((m) => m.name).join(', ');
  const tableCaption =
    caption ?? translate({id: 'compare.caption', message: 'Side by side: {names}'}, {names});

  return (
    <div className={styles.compare} data-search-ignore="">
      {selectable ? (
        <fieldset className={styles.pickers} disabled={!isBrowser}>
          <legend className={styles.legend}>
            {translate({id: 'compare.legend', message: 'Choose models to compare'})}
          </legend>
          {chosen.map((m, i) => (
            <label key={i} className={styles.field}>
              <span>{translate({id: 'compare.model', message: 'Model {n}'}, {n: i + 1})}</span>
              <select value={m.id} onChange={(e) => choose(i, e.target.value)}>
                {SORTED_FOR_SELECT.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </fieldset>
      ) : null}
      <TableScroll
        className={styles.scroll}
        stickyFirstColumn
        label={translate({id: 'compare.region', message: 'Comparison of {names}'}, {names})}
      >
        <table className={styles.table}>
          <caption className={styles.caption}>
            <span className={styles.captionText}>{tableCaption}</span>
          </caption>
          <thead>
            <tr>
              <td className={styles.corner} />
              {chosen.map((m) => (
                <th key={m.id} scope="col">
                  <Link to={`/models/${m.id}/`}>{m.name}</Link>
                  <span className={styles.sub}>{m.organization}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{translate({id: 'compare.release', message: 'What is released'})}</th>
              {chosen.map((m) => (
                <td key={m.id} data-label={m.name}>
                  {RELEASE_CLASSES[releaseClass(m)].label}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">{translate({id: 'compare.firstRelease', message: 'First release'})}</th>
              {chosen.map((m) => (
                <td key={m.id} data-label={m.name}>
                  <time dateTime={m.firstRelease}>{formatIsoDate(m.firstRelease)}</time>
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">{translate({id: 'compare.parameters', message: 'Parameters'})}</th>
              {chosen.map((m) => (
                <td key={m.id} data-label={m.name}>
                  {formatSizes(m)}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">{translate({id: 'compare.license', message: 'License'})}</th>
              {chosen.map((m) => {
                const l = getLicense(m.license);
                return (
                  <td key={m.id} data-label={m.name}>
                    {l?.name ?? m.license}
                    {l ? <span className={styles.sub}>{LICENSE_KINDS[l.kind].label}</span> : null}
                  </td>
                );
              })}
            </tr>
            <tr>
              <th scope="row">{translate({id: 'compare.access', message: 'Access'})}</th>
              {chosen.map((m) => (
                <td key={m.id} data-label={m.name}>
                  {m.access.map((a) => ACCESS_KINDS[a].label).join(', ')}
                </td>
              ))}
            </tr>
            {DIMENSIONS.map((d) => (
              <tr key={d}>
                <th scope="row">{OPENNESS_DIMENSIONS[d].label}</th>
                {chosen.map((m) => {
                  const r = m.openness[d];
                  return (
                    <td key={m.id} data-label={m.name}>
                      <RatingLabel level={r?.level} />
                      {r ? (
                        <span className={styles.evidence}>
                          {r.note}{' '}
                          <EvidenceLink
                            url={r.source}
                            asOf={r.asOf}
                            what={`${OPENNESS_DIMENSIONS[d].label}, ${m.name}`}
                          />
                        </span>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <Legend />
    </div>
  );
}
