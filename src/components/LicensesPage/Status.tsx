/**
 * A clause status as a mark and a word (never colour alone; the mark is decoration), shared by the
 * matrix's cells and the document pages. `status: null`: the document does not address the topic.
 */
import React, {type ReactNode} from 'react';
import type {ClauseStatus} from '@site/src/domain/terms';
import {NOT_ADDRESSED, STATUS_TEXT} from '@site/src/lib/licensesPages';
import styles from './styles.module.css';

export default function Status({status}: {status: ClauseStatus | null}): ReactNode {
  if (status === null) {
    return (
      <span className={styles.status} data-status="none">
        <span aria-hidden="true">{NOT_ADDRESSED.mark}</span>
        <span className="sr-only">{NOT_ADDRESSED.word}</span>
      </span>
    );
  }
  const {mark, word} = STATUS_TEXT[status];
  return (
    <span className={styles.status} data-status={status}>
      <span className={styles.mark} aria-hidden="true">
        {mark}
      </span>
      {/* A no-break space: the mark never ends a line apart from its word. */}
      {'\u00a0'}
      {word}
    </span>
  );
}
