/**
 * <TableScroll label="…"> — the sideways-scrolling frame for a wide table that must stay a grid.
 * The region is focusable and labelled (axe: scrollable-region-focusable). After hydration it
 * watches its own overflow and, while columns are hidden to one side, fades that edge and shows a
 * "Scroll →" badge. The badge sits over space the caption keeps free, so nothing shifts when it
 * appears. Without JavaScript the region still scrolls and its label says so.
 */
import React, {useEffect, useRef, useState, type ReactNode} from 'react';
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

interface Edges {
  start: boolean;
  end: boolean;
}

/** Which edges hide content, from the scroller's geometry (1px slack for sub-pixel widths). */
export function hiddenEdges(scrollLeft: number, scrollWidth: number, clientWidth: number): Edges {
  const max = scrollWidth - clientWidth;
  return {start: max > 1 && scrollLeft > 1, end: max > 1 && max - scrollLeft > 1};
}

export default function TableScroll({
  label,
  stickyFirstColumn = false,
  className,
  children,
}: TableScrollProps): ReactNode {
  const ref = useRef<HTMLDivElement>(null);
  const [edges, setEdges] = useState<Edges>({start: false, end: false});

  useEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const update = () => {
      const next = hiddenEdges(el.scrollLeft, el.scrollWidth, el.clientWidth);
      setEdges((prev) => (prev.start === next.start && prev.end === next.end ? prev : next));
    };
    update();
    el.addEventListener('scroll', update, {passive: true});
    const observer = new ResizeObserver(update);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => {
      el.removeEventListener('scroll', update);
      observer.disconnect();
    };
  }, []);

  return (
    <div
      className={clsx(
        styles.frame,
        edges.start && !stickyFirstColumn && styles.fadeStart,
        edges.end && styles.fadeEnd,
      )}
      data-overflow={edges.start || edges.end ? 'true' : undefined}
    >
      <div
        ref={ref}
        className={clsx(styles.scroll, className)}
        role="region"
        // A scrolling region must be reachable by keyboard (axe: scrollable-region-focusable).
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        aria-label={label}
      >
        {children}
      </div>
      {edges.end ? (
        // The region's label already says it scrolls; the badge is for sighted readers.
        <span className={styles.hint} aria-hidden="true">
          {translate({id: 'tableScroll.hint', message: 'Scroll →'})}
        </span>
      ) : null}
    </div>
  );
}
