/**
 * The selectable comparison: pickers for each column, the choice kept in ?compare=a,b,c.
 * Server-rendered with the ids from MDX; the URL choice applies after hydration. It needs every
 * model's name for the pickers, so it imports the dataset and is loaded lazily by ./index.tsx.
 */
import React, {type ReactNode} from 'react';
import {useHistory, useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {translate} from '@docusaurus/Translate';
import {models} from '@site/src/data/models';
import {parseCompareIds} from '@site/src/lib/models';
import CompareTable from './Table';
import styles from './styles.module.css';

const KNOWN = new Set(models.map((m) => m.id));
const SORTED_FOR_SELECT = [...models].sort((a, b) => a.name.localeCompare(b.name, 'en'));

export default function SelectableCompare({ids, caption}: {ids: string[]; caption?: string}): ReactNode {
  const isBrowser = useIsBrowser();
  const location = useLocation();
  const history = useHistory();
  const current = isBrowser
    ? parseCompareIds(new URLSearchParams(location.search).get('compare'), KNOWN, ids)
    : ids;

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
      <CompareTable ids={current} caption={caption} />
    </>
  );
}
