/**
 * A rating shown by text plus a shape, never by colour alone: ● Open, ◐ Partial, ⊗ Closed, – not
 * rated (drawn in CSS, aria-hidden). Used by the scorecard, the model table and CompareModels.
 */
import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import type {RatingLevel} from '@site/src/domain/types';
import ratings from '@site/src/css/ratings.module.css';
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

/** The rating's shape (drawn by CSS from the enclosing rating's data-rating level); decorative. */
export function RatingIcon(): ReactNode {
  return <span className={styles.icon} aria-hidden="true" />;
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
      className={clsx(styles.rating, level ? ratings[level] : styles.unrated)}
      data-rating={level ?? 'unrated'}
    >
      <RatingIcon />
      {textClassName ? <span className={textClassName}>{ratingText(level)}</span> : ratingText(level)}
    </span>
  );
}
