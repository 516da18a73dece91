/**
 * <CopyableText title="BibTeX">…</CopyableText> — preformatted plain text with a title and, once
 * the page runs JavaScript, a copy button that announces "Copied" to screen readers. For text that
 * needs no syntax highlighting (citations): the theme's CodeBlock would bring Prism with it, about
 * 30 KB gzip. Without JavaScript the text is there to select; the button is not rendered.
 */
import React, {useState, type ReactNode} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {announce, copyText, ensureLiveRegion} from '@site/src/theme/Heading/copyLink';
import styles from './styles.module.css';

export interface CopyableTextProps {
  title: string;
  children: string;
}

export default function CopyableText({title, children}: CopyableTextProps): ReactNode {
  const isBrowser = useIsBrowser();
  const [copied, setCopied] = useState(false);
  const onCopy = async () => {
    ensureLiveRegion();
    const ok = await copyText(children);
    announce(ok ? `${title} copied` : `Could not copy the ${title}; select the text instead`);
    if (ok) {
      setCopied(true);
      window.setTimeout(() => setCopied(false), 2000);
    }
  };
  return (
    <figure className={styles.box}>
      <figcaption className={styles.title}>
        <span>{title}</span>
        {isBrowser ? (
          <button
            type="button"
            className={styles.copy}
            onClick={onCopy}
            aria-label={`Copy ${title} to clipboard`}
          >
            {copied ? 'Copied' : 'Copy'}
          </button>
        ) : null}
      </figcaption>
      {/* Long lines wrap, so the block never scrolls sideways (nothing to reach by keyboard). */}
      <pre className={styles.text}>
        <code>{children}</code>
      </pre>
    </figure>
  );
}
