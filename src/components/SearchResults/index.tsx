/**
 * Pieces shared by the navbar search box and the /search/ page: a model result's answer at a
 * glance (open weights? open source AI? license), from the metadata the index carries.
 */
import React, {type ReactNode} from 'react';
import {OPEN_WEIGHTS_SHORT, OSAID_SHORT} from '@site/src/lib/searchMeta';
import styles from './styles.module.css';

export function HitMeta({meta}: {meta: Record<string, string>}): ReactNode {
  if (meta.kind !== 'Model' && meta.kind !== 'Product') {
    return meta.kind ? <span className={styles.kind}>{meta.kind}</span> : null;
  }
  const weights = OPEN_WEIGHTS_SHORT[meta.weights as keyof typeof OPEN_WEIGHTS_SHORT];
  const osaid = OSAID_SHORT[meta.osaid as keyof typeof OSAID_SHORT];
  return (
    <span className={styles.meta}>
      <span className={styles.kind}>{meta.kind}</span>
      {weights ? <span>{weights}</span> : null}
      {osaid ? <span>{osaid}</span> : null}
      {meta.license ? <span>{meta.license}</span> : null}
    </span>
  );
}
