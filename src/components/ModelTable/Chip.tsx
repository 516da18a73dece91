/** The verdict chips in the model table's rows: a word, a mark and a colour (never colour alone). */
import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import type {OpenWeightsStatus, OsaidVerdict} from '@site/src/domain/verdicts';
import styles from './Chip.module.css';

export const OSAID_SHORT: Record<OsaidVerdict, {text: string; mark: string}> = {
  meets: {text: 'Yes', mark: '✓'},
  'does-not-meet': {text: 'No', mark: '✗'},
  'cannot-tell': {text: 'Cannot tell', mark: '?'},
};

export const WEIGHTS_SHORT: Record<OpenWeightsStatus, {text: string; mark: string}> = {
  yes: {text: 'Yes', mark: '✓'},
  gated: {text: 'Gated', mark: '✓'},
  'on-request': {text: 'On request', mark: '…'},
  no: {text: 'No', mark: '✗'},
};

export default function Chip({
  kind,
  text,
  mark,
  title,
}: {
  kind: string;
  text: string;
  mark: string;
  title: string;
}): ReactNode {
  return (
    <span className={clsx(styles.chip, styles[`chip-${kind}`])} data-verdict={kind} title={title}>
      <span aria-hidden="true" className={styles.chipMark}>
        {mark}
      </span>
      {text}
    </span>
  );
}
