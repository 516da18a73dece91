/**
 * <CompareModels ids={['chatgpt', 'gpt-oss-120b', 'olmo-2-32b']} /> — two or three models side
 * by side: facts, license and every openness rating with its evidence link. With `selectable`
 * (default), readers can swap models with selects; the choice is kept in ?compare=a,b,c.
 * The table chosen in MDX is a <StaticIsland>: full static HTML, and the page's JavaScript carries
 * neither the table code nor any model record; the pickers (./Selectable.tsx) load the table
 * lazily for another choice. Unknown ids fail the build
 * (src/plugins/mdx-ids, and ./Table.tsx while rendering).
 * In less than about 600px of width (a container query, no JavaScript needed) each row becomes a
 * card: the row's name, then each model's value under the model's name (data-label).
 */
import React, {lazy, type ReactNode} from 'react';
import StaticIsland, {LazyHydrate} from '@site/src/components/StaticIsland';

import CompareFrame from './Frame';

const CompareTable = lazy(() => import('./Table'));
const SelectableCompare = lazy(() => import('./Selectable'));

export interface CompareModelsProps {
  /** Two or three model ids from src/data/models/. */
  ids: string[];
  /** Let readers change the models (selects + ?compare= in the URL). Default true. */
  selectable?: boolean;
  caption?: string;
}

export default function CompareModels({ids, selectable = true, caption}: CompareModelsProps): ReactNode {
  return (
    <CompareFrame>
      {selectable ? (
        <LazyHydrate>
          <SelectableCompare ids={ids} caption={caption} />
        </LazyHydrate>
      ) : (
        <StaticIsland>
          <CompareTable ids={ids} caption={caption} />
        </StaticIsland>
      )}
    </CompareFrame>
  );
}
