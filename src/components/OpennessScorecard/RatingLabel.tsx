/**
 * A rating shown by text plus a shape, never by colour alone: ● Open, ◐ Partial, ○ Closed (inline
 * SVG, aria-hidden). Used by the scorecard, the model table and CompareModels.
 */
import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import type {RatingLevel} from '@site/src/data/types';
import styles from './styles.module.css';

export function ratingText(level: RatingLevel | undefined): string {
  switch (level) {
    case 'open':
      return translate({id: 'rating.open', message: 'Open'});
    case 'partial':
      return translate({id: 'rating.partial', message: 'Partial'});
    case 'closed':
      return translate({id: 'rating.closed', message: 'Closed'});
    default:
      return translate({id: 'rating.unrated', message: 'Not rated'});
  }
}

export function RatingIcon({level}: {level: RatingLevel | undefined}): ReactNode {
  return (
    <svg
      className={styles.icon}
      viewBox="0 0 16 16"
      width="14"
      height="14"
      aria-hidden="true"
      focusable="false"
    >
      {level === 'open' && (
        <circle cx="8" cy="8" r="6.5" fill="currentColor" stroke="currentColor" strokeWidth="1.5" />
      )}
      {level === 'partial' && (
        <>
          <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path d="M8 1.5 A6.5 6.5 0 0 0 8 14.5 Z" fill="currentColor" />
        </>
      )}
      {level === 'closed' && (
        <>
          <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path d="M5 5 L11 11 M11 5 L5 11" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
        </>
      )}
      {level === undefined && (
        <path d="M3 8 H13" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
      )}
    </svg>
  );
}

export default function RatingLabel({
  level,
  textClassName,
}: {
  level: RatingLevel | undefined;
  /** Wraps the word in a span with this class (the explorer hides it visually in its grid). */
  textClassName?: string;
}): ReactNode {
  return (
    <span
      className={clsx(styles.rating, level ? styles[level] : styles.unrated)}
      data-rating={level ?? 'unrated'}
    >
      <RatingIcon level={level} />
      {textClassName ? <span className={textClassName}>{ratingText(level)}</span> : ratingText(level)}
    </span>
  );
}
