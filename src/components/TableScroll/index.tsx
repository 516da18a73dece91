/**
 * <TableScroll label="…"> — the sideways-scrolling frame for a wide table that must stay a grid.
 * The region is focusable and labelled (axe: scrollable-region-focusable). While columns are
 * hidden to one side, src/clientModules/tableScroll.ts marks the frame and CSS fades that edge and
 * shows a "Scroll →" badge; the badge sits over space the caption keeps free, so nothing shifts when
 * it appears. Static markup with no state, so it works the same inside a <StaticIsland>. Without
 * JavaScript the region still scrolls and its label says so.
 */
import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import styles from './styles.module.css';

export interface TableScrollProps {
  /** Accessible name of the scrolling region. */
  label: string;
  /** The first column is sticky: no fade on the left edge, which it already covers. */
  stickyFirstColumn?: boolean;
  /** Extra class for the scrolling element (e.g. a component's border or card-mode rules). */
  className?: string;
  children: ReactNode;
}

export default function TableScroll({
  label,
  stickyFirstColumn = false,
  className,
  children,
}: TableScrollProps): ReactNode {
  return (
    <div className={styles.frame} data-table-scroll="" data-sticky-first={stickyFirstColumn || undefined}>
      <div
        className={clsx(styles.scroll, className)}
        role="region"
        // A scrolling region must be reachable by keyboard (axe: scrollable-region-focusable).
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        aria-label={label}
      >
        {children}
      </div>
      {/* The region's label already says it scrolls; the badge is for sighted readers. */}
      <span className={styles.hint} aria-hidden="true">
        {translate({id: 'tableScroll.hint', message: 'Scroll →'})}
      </span>
    </div>
  );
}
