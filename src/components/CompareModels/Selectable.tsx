/**
 * The selectable comparison: a picker per column, the choice kept in ?compare=a,b,c.
 * The pickers know the models only by id and name (the dataset plugin's `model-table.json`).
 * The comparison chosen in MDX is a <StaticIsland> (static HTML, never hydrated); another choice,
 * made here or arriving in the URL, loads the table with the records (./Table.tsx) lazily.
 */
import React, {lazy, Suspense, type ReactNode} from 'react';
import {useHistory, useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {translate} from '@docusaurus/Translate';
import tableIndex from '@generated/site-dataset/default/model-table.json';
import StaticIsland from '@site/src/components/StaticIsland';
import {parseCompareIds} from '@site/src/lib/compareIds';
import styles from './styles.module.css';

const CompareTable = lazy(() => import('./Table'));

const KNOWN = new Set(tableIndex.rows.map((m) => m.id));
const SORTED_FOR_SELECT = [...tableIndex.rows].sort((a, b) => a.name.localeCompare(b.name, 'en'));

export default function SelectableCompare({ids, caption}: {ids: string[]; caption?: string}): ReactNode {
  const isBrowser = useIsBrowser();
  const location = useLocation();
  const history = useHistory();
  const current = isBrowser
    ? parseCompareIds(new URLSearchParams(location.search).get('compare'), KNOWN, ids)
    : ids;
  const isInitial = current.join(',') === ids.join(',');

  const choose = (index: number, id: string) => {
    const next = [...current];
    next[index] = id;
    const params = new URLSearchParams(location.search);
    params.set('compare', next.join(','));
    history.replace({pathname: location.pathname, search: `?${params.toString()}`, hash: location.hash});
  };

  return (
    <>
      <fieldset className={styles.pickers} disabled={!isBrowser}>
        <legend className={styles.legend}>
          {translate({id: 'compare.legend', message: 'Choose models to compare'})}
        </legend>
        {current.map((id, i) => (
          <label key={i} className={styles.field}>
            <span>{translate({id: 'compare.model', message: 'Model {n}'}, {n: i + 1})}</span>
            <select value={id} onChange={(e) => choose(i, e.target.value)}>
              {SORTED_FOR_SELECT.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </label>
        ))}
      </fieldset>
      {isInitial ? (
        <StaticIsland>
          <CompareTable ids={ids} caption={caption} />
        </StaticIsland>
      ) : (
        <Suspense
          fallback={
            <p className={styles.loading} role="status">
              {translate({id: 'compare.loading', message: 'Loading the comparison…'})}
            </p>
          }
        >
          <CompareTable ids={current} caption={caption} />
        </Suspense>
      )}
    </>
  );
}
