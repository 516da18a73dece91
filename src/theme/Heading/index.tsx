// Wraps @theme/Heading to add a "copy link" button to h2–h4 headings that have an id. The button
// is rendered only after hydration (it needs JavaScript), so the static HTML, the search index and
// the TOC never contain it. Breaks if upstream stops passing `as`/`id`/`children` to Heading.
import React, {useCallback, useEffect, useRef, useState, type ReactNode} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Heading from '@theme-original/Heading';
import type HeadingType from '@theme-original/Heading';
import type {WrapperProps} from '@docusaurus/types';
import {announce, copyText, ensureLiveRegion, sectionUrl} from './copyLink';
import styles from './styles.module.css';

type Props = WrapperProps<typeof HeadingType>;

const WITH_BUTTON = new Set(['h2', 'h3', 'h4']);

/** Plain text of the heading's children, for the button's accessible name. */
function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (React.isValidElement<{children?: ReactNode}>(node)) return textOf(node.props.children);
  return '';
}

/** Two chain links, drawn for this site. */
function LinkIcon(): ReactNode {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="18" height="18">
      <g transform="rotate(-45 12 12)" fill="none" stroke="currentColor" strokeWidth="2">
        <rect x="2" y="8.5" width="11" height="7" rx="3.5" />
        <rect x="11" y="8.5" width="11" height="7" rx="3.5" />
      </g>
    </svg>
  );
}

function CheckIcon(): ReactNode {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="18" height="18">
      <path fill="currentColor" d="M9.5 16.2 5.3 12l-1.4 1.4 5.6 5.6L20.1 8.4 18.7 7z" />
    </svg>
  );
}

function CopyLinkButton({id, label}: {id: string; label: string}): ReactNode {
  const [copied, setCopied] = useState(false);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => {
    ensureLiveRegion();
    return () => window.clearTimeout(timer.current);
  }, []);
  const onClick = useCallback(async () => {
    const ok = await copyText(sectionUrl(window.location, id));
    announce(ok ? 'Link copied' : 'Could not copy the link');
    setCopied(ok);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setCopied(false), 2000);
  }, [id]);
  return (
    <button
      type="button"
      className={styles.copyButton}
      aria-label={`Copy link to section: ${label}`}
      title="Copy link to this section"
      data-copied={copied || undefined}
      onClick={onClick}
    >
      {copied ? <CheckIcon /> : <LinkIcon />}
    </button>
  );
}

export default function HeadingWrapper(props: Props): ReactNode {
  const isBrowser = useIsBrowser();
  const {as, id, children} = props;
  if (!isBrowser || !id || !WITH_BUTTON.has(as)) return <Heading {...props} />;
  return (
    <Heading {...props}>
      {children}
      <CopyLinkButton id={id} label={textOf(children).trim() || id} />
    </Heading>
  );
}
