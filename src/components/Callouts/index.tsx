/**
 * Callouts with a meaning Docusaurus admonitions do not carry. Use :::note/:::tip/:::warning for
 * everything else.
 *  - <Verdict title="…">…</Verdict>            the short answer to a page's question
 *  - <Myth claim="…" source="id">…</Myth>       a common claim and its correction, with a source
 *  - <KeyFigure value="…" label="…" source="id" /> one number, its meaning, source and date
 */
import React, {type ReactNode} from 'react';
import Cite from '@site/src/components/Cite';
import styles from './styles.module.css';

export function Verdict({title = 'Verdict', children}: {title?: string; children: ReactNode}): ReactNode {
  return (
    <aside className={`${styles.callout} ${styles.verdict}`} aria-label={title}>
      <p className={styles.kicker}>
        <span aria-hidden="true" className={styles.icon}>
          ✔
        </span>
        {title}
      </p>
      <div className={styles.body}>{children}</div>
    </aside>
  );
}

export function Myth({
  claim,
  source,
  children,
}: {
  claim: string;
  source?: string;
  children: ReactNode;
}): ReactNode {
  return (
    <aside className={`${styles.callout} ${styles.myth}`} aria-label="Common claim, corrected">
      <p className={styles.kicker}>
        <span aria-hidden="true" className={styles.icon}>
          ✗
        </span>
        Common claim
      </p>
      <p className={styles.claim}>
        <s>{claim}</s>
      </p>
      <p className={styles.kicker}>
        <span aria-hidden="true" className={styles.icon}>
          ✔
        </span>
        What the sources say
      </p>
      <div className={styles.body}>
        {children}
        {source ? (
          <>
            {' '}
            <Cite id={source} />
          </>
        ) : null}
      </div>
    </aside>
  );
}

export function KeyFigure({value, label, source}: {value: string; label: string; source: string}): ReactNode {
  return (
    <aside className={`${styles.callout} ${styles.figure}`} aria-label="Key figure">
      <p className={styles.value}>{value}</p>
      <p className={styles.label}>
        {label} <Cite id={source} />
      </p>
    </aside>
  );
}
