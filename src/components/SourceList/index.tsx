/**
 * <SourceList /> — every source record, grouped by topic, and the evidence behind the model
 * ratings: about 190 KB of records that never change after the build. It is a static island: the
 * server renders the list into the page's HTML and the browser keeps it without loading the records
 * (only a client-side navigation to the page loads ./List). Headings inside it keep their `#` link
 * but get no copy-link button, which needs hydration.
 */
import React, {lazy, type ReactNode} from 'react';
import StaticIsland from '@site/src/components/StaticIsland';

const List = lazy(() => import('./List'));

export default function SourceList(): ReactNode {
  return (
    // Search indexes the pages that cite a source, not this list of all of them (its sections
    // would match every model's name and weigh tens of kilobytes per result).
    <div data-search-ignore="">
      <StaticIsland>
        <List />
      </StaticIsland>
    </div>
  );
}
