/**
 * <CopyButton text what="code" /> — a "Copy" button that copies `text`, shows "Copied" for two
 * seconds and announces it in the site's polite live region (shared with the heading copy-link
 * buttons). Rendered only in the browser: without JavaScript it could not work.
 */
import React, {useState, type ReactNode} from 'react';
import clsx from 'clsx';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {announce, copyText, ensureLiveRegion} from '@site/src/theme/Heading/copyLink';
import styles from './styles.module.css';

export interface CopyButtonProps {
  text: string;
  /** What is copied, for the button's name ("Copy code to clipboard") and the announcement. */
  what: string;
  className?: string;
}

export default function CopyButton({text, what, className}: CopyButtonProps): ReactNode {
  const isBrowser = useIsBrowser();
  const [copied, setCopied] = useState(false);
  if (!isBrowser || !text) return null;
  const onClick = async () => {
    ensureLiveRegion();
    const ok = await copyText(text);
    announce(
      ok
        ? `${what.charAt(0).toUpperCase()}${what.slice(1)} copied`
        : `Could not copy the ${what}; select it instead`,
    );
    if (ok) {
      setCopied(true);
      window.setTimeout(() => setCopied(false), 2000);
    }
  };
  return (
    <button
      type="button"
      className={clsx(styles.copy, className)}
      onClick={onClick}
      aria-label={`Copy ${what} to clipboard`}
    >
      {copied ? 'Copied' : 'Copy'}
    </button>
  );
}
