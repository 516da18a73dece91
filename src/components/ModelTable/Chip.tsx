/** The verdict chips in the model table's rows: a word, a mark and a colour (never colour alone). */
import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import type {RatingLevel} from '@site/src/domain/types';
import type {OpenWeightsStatus, OsaidVerdict} from '@site/src/domain/verdicts';
import ratings from '@site/src/css/ratings.module.css';
import styles from './Chip.module.css';

/** A chip's word and mark, and the rating colour it takes (none: a muted chip). */
interface ChipLook {
  text: string;
  mark: string;
  level?: RatingLevel;
}

export const OSAID_SHORT: Record<OsaidVerdict, ChipLook> = {
  meets: {text: 'Yes', mark: '✓', level: 'open'},
  'does-not-meet': {text: 'No', mark: '✗', level: 'closed'},
  'cannot-tell': {text: 'Cannot tell', mark: '?'},
};

export const WEIGHTS_SHORT: Record<OpenWeightsStatus, ChipLook> = {
  yes: {text: 'Yes', mark: '✓', level: 'open'},
  gated: {text: 'Gated', mark: '✓', level: 'partial'},
  'on-request': {text: 'On request', mark: '…', level: 'partial'},
  no: {text: 'No', mark: '✗', level: 'closed'},
};

export default function Chip({
  kind,
  text,
  mark,
  level,
  title,
}: ChipLook & {
  /** The verdict (OSAID, or `w-` and the open-weights status), written as data-verdict. */
  kind: string;
  title: string;
}): ReactNode {
  return (
    <span
      className={clsx(styles.chip, level ? ratings[level] : styles.unknown)}
      data-verdict={kind}
      title={title}
    >
      <span aria-hidden="true" className={styles.chipMark}>
        {mark}
      </span>
      {text}
    </span>
  );
}
