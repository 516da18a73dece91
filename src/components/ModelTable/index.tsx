/**
 * <ModelTable /> — the model overview, or a subset: ids={[…]} or kind="open-weights".
 * See ./Interactive.tsx for what it shows and how filters and sorting work.
 *
 * - With filters (default) the controls hydrate; their chunk loads with the page, while the rows
 *   stay static markup (a <StaticIsland> inside).
 * - With `filters={false}` nothing in the table changes after the build, so the whole table is a
 *   <StaticIsland>: the page's JavaScript carries none of it. A #model-<id> link still marks its
 *   row (CSS :target).
 */
import React, {lazy, type ReactNode} from 'react';
import StaticIsland, {LazyHydrate} from '@site/src/components/StaticIsland';
import type {ModelTableProps} from './Interactive';

const ModelTableInteractive = lazy(() => import('./Interactive'));

export type {ModelTableProps};

export default function ModelTable(props: ModelTableProps): ReactNode {
  const table = <ModelTableInteractive {...props} />;
  return props.filters === false ? <StaticIsland>{table}</StaticIsland> : <LazyHydrate>{table}</LazyHydrate>;
}
