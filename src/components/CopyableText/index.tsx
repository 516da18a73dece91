/**
 * <CopyableText title="BibTeX">…</CopyableText> — preformatted plain text with a title and, once
 * the page runs JavaScript, a copy button that announces "Copied" to screen readers. For text that
 * needs no syntax highlighting (citations): the theme's CodeBlock would bring Prism with it, about
 * 30 KB gzip. Without JavaScript the text is there to select; the button is not rendered.
 */
import React, {type ReactNode} from 'react';
import CopyButton from '@site/src/components/CopyButton';
import styles from './styles.module.css';

export interface CopyableTextProps {
  title: string;
  children: string;
}

export default function CopyableText({title, children}: CopyableTextProps): ReactNode {
  return (
    <figure className={styles.box}>
      <figcaption className={styles.title}>
        <span>{title}</span>
        <CopyButton text={children} what={title} />
      </figcaption>
      {/* Long lines wrap, so the block never scrolls sideways (nothing to reach by keyboard). */}
      <pre className={styles.text}>
        <code>{children}</code>
      </pre>
    </figure>
  );
}
