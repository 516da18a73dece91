/**
 * The rows of one model table, in their static order. Rendered at build time inside a
 * <StaticIsland as="tbody"> by ./index.tsx: the browser keeps this markup as it is, and filters
 * and sorting move or hide the rows in the DOM (./dom.ts). This module imports the dataset, so
 * the browser loads it only when a page with a table is opened by client-side navigation.
 */
import React, {memo, useEffect, type ReactNode} from 'react';
import {getModel} from '@site/src/data/models';
import type {Model} from '@site/src/domain/types';
import {columns} from './Head';
import Row from './Row';

export interface RowsProps {
  ids: readonly string[];
  anchors: boolean;
  /** Called once the rows are in the DOM (after a client-side render), to apply filters to them. */
  onMount?: () => void;
}

function Rows({ids, anchors, onMount}: RowsProps): ReactNode {
  useEffect(() => onMount?.(), [onMount]);
  const cols = columns();
  return ids.map((id) => <Row key={id} model={getModel(id) as Model} cols={cols} anchors={anchors} />);
}

export default memo(Rows);
