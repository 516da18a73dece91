import React, {useState, type ReactNode} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {announce, copyText, ensureLiveRegion} from '@site/src/theme/Heading/copyLink';
import styles from './styles.module.css';

/** "Copy" over a code block; rendered only in the browser (without JavaScript it could not work). */
export default function CopyButton({text}: {text: string}): ReactNode {
  const isBrowser = useIsBrowser();
  const [copied, setCopied] = useState(false);
  if (!isBrowser || !text) return null;
  const onClick = async () => {
    ensureLiveRegion();
    const ok = await copyText(text);
    announce(ok ? 'Code copied' : 'Could not copy the code; select it instead');
    if (ok) {
      setCopied(true);
      window.setTimeout(() => setCopied(false), 2000);
    }
  };
  return (
    <button type="button" className={styles.copy} onClick={onClick} aria-label="Copy code to clipboard">
      {copied ? 'Copied' : 'Copy'}
    </button>
  );
}
