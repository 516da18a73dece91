/**
 * Callouts with a meaning Docusaurus admonitions do not carry. Use :::note/:::tip/:::warning for
 * everything else.
 *  - <Verdict title="…">…</Verdict>            the short answer to a page's question
 *  - <Myth claim="…" source="id">…</Myth>       a common claim and its correction, with a source
 *  - <KeyFigure value="…" label="…" source="id" /> one number, its meaning, source and date
 * The `source` attribute never reaches these components: the remark plugin in src/plugins/cite/
 * turns it into a numbered <Cite> child (end of the Myth's text, after the KeyFigure's label).
 */
import React, {type ReactNode} from 'react';
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

export function Myth({claim, children}: {claim: string; children: ReactNode}): ReactNode {
  // Named by its claim, so that two corrections on one page are two distinct landmarks.
  return (
    <aside className={`${styles.callout} ${styles.myth}`} aria-label={`Common claim, corrected: ${claim}`}>
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
      <div className={styles.body}>{children}</div>
    </aside>
  );
}

/** `children` is the citation marker the remark plugin made from `source`. */
export function KeyFigure({
  value,
  label,
  children,
}: {
  value: string;
  label: string;
  children?: ReactNode;
}): ReactNode {
  return (
    // Each landmark on a page needs its own name (axe landmark-unique): name it by its figure.
    <aside className={`${styles.callout} ${styles.figure}`} aria-label={`Key figure: ${value}`}>
      <p className={styles.value}>{value}</p>
      <p className={styles.label}>
        {label}
        {children}
      </p>
    </aside>
  );
}
