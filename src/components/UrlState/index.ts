/**
 * One hook for widget state kept in the page's query string (the calculator and the chooser).
 * The codec is pure and lives in src/lib (calculatorState.ts, chooser.ts); this hook only syncs:
 * state is read from the URL once, then the state drives the URL (history.replace, so Back leaves
 * the page rather than undoing each answer), keeping any query parameters that belong to others.
 */
import {type Dispatch, type SetStateAction, useEffect, useState} from 'react';
import {useHistory, useLocation} from '@docusaurus/router';

export interface UrlCodec<T> {
  /** Query string ("?a=1" or "") → state; unknown keys and values ignored. */
  decode: (search: string) => T;
  /** The page's new search string for `state`, keeping parameters in `current` that are not ours. */
  merge: (current: string, state: T) => string;
}

/**
 * `serverValue` given: the widget is server-rendered, so it starts from `serverValue` on both sides
 * (hydration must match) and reads the URL after mounting. Omitted: the widget renders in the
 * browser only, so it reads the URL at once.
 */
export function useUrlState<T>(codec: UrlCodec<T>, serverValue?: T): [T, Dispatch<SetStateAction<T>>] {
  const history = useHistory();
  const location = useLocation();
  const hydrating = serverValue !== undefined;
  const [state, setState] = useState<T>(() => (hydrating ? serverValue : codec.decode(location.search)));
  const [loaded, setLoaded] = useState(!hydrating);

  useEffect(() => {
    if (loaded) return;
    setState(codec.decode(location.search));
    setLoaded(true);
    // Read once on arrival; afterwards the state drives the URL.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (!loaded) return;
    const search = codec.merge(location.search, state);
    if (search !== location.search)
      history.replace({pathname: location.pathname, search, hash: location.hash});
    // Only the state drives the URL; reading location here would fight the reader's input.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state, loaded]);

  return [state, setState];
}
