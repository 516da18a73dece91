import React, {useCallback, useEffect, useRef, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import styles from './styles.module.css';

/**
 * Props are written by the remark plugin in src/plugins/cite/ at build time; in MDX you write only
 * <Cite id="source-id" />. The component imports no data, so a page ships only the sources it shows.
 */
export interface CiteProps {
  id: string;
  /** Number on this page, as a string ("3"); set by the plugin. */
  n?: string;
  publisher?: string;
  title?: string;
  url?: string;
  date?: string;
  kind?: string;
  /** Set on the first marker of a source: it carries the #cite-ref-<id> anchor the list links back to. */
  first?: boolean;
}

export const listAnchor = (id: string): string => `cite-${id}`;
export const markerAnchor = (id: string): string => `cite-ref-${id}`;

/** The popover is a bottom sheet below this width (matches styles.module.css). */
const SHEET_QUERY = '(max-width: 996px)';

/**
 * A numbered citation marker, "[3]", linking to the page's source list. The source (publisher,
 * title, date, link) is in the static HTML and shows on hover and keyboard focus through CSS. With
 * JavaScript: Escape hides it, a tap opens it (a second tap follows the link), and on wide screens
 * it is placed in the viewport so that a scrolling table cannot clip it.
 */
export default function Cite({id, n, publisher, title, url, date, kind, first}: CiteProps): ReactNode {
  const brokenLinks = useBrokenLinks();
  if (first) brokenLinks.collectAnchor(markerAnchor(id));
  const root = useRef<HTMLElement>(null);
  const marker = useRef<HTMLAnchorElement>(null);
  const pop = useRef<HTMLSpanElement>(null);
  const pointerType = useRef('');
  const [open, setOpen] = useState(false);
  const [dismissed, setDismissed] = useState(false);

  /** Fixed position under the marker, kept inside the viewport (wide screens only). */
  const place = useCallback(() => {
    const el = root.current;
    if (!el || !marker.current || window.matchMedia(SHEET_QUERY).matches) return;
    const rect = marker.current.getBoundingClientRect();
    const width = pop.current?.offsetWidth || 352;
    const left = Math.max(8, Math.min(rect.left, window.innerWidth - width - 16));
    el.style.setProperty('--cite-top', `${Math.round(rect.bottom)}px`);
    el.style.setProperty('--cite-left', `${Math.round(left)}px`);
  }, []);

  // Pointer, focus and Escape handling for the marker and its popover, as native listeners on the
  // <sup>: the <sup> itself is not interactive, the links inside it are. While the popover shows
  // (hover, focus or tap), Escape anywhere hides it without moving the pointer or focus (WCAG 1.4.13).
  useEffect(() => {
    const el = root.current;
    if (!el) return undefined;
    el.setAttribute('data-js', '');
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      setDismissed(true);
      if (el.contains(document.activeElement)) marker.current?.focus();
    };
    const show = () => {
      place();
      window.addEventListener('scroll', place, {passive: true});
      document.addEventListener('keydown', onKeyDown);
    };
    const leave = () => {
      window.removeEventListener('scroll', place);
      document.removeEventListener('keydown', onKeyDown);
      setDismissed(false);
    };
    const onMouseLeave = () => {
      if (!el.contains(document.activeElement)) leave();
    };
    const onFocusOut = (e: FocusEvent) => {
      if (el.contains(e.relatedTarget as Node | null)) return;
      setOpen(false);
      if (!el.matches(':hover')) leave();
    };
    el.addEventListener('mouseenter', show);
    el.addEventListener('focusin', show);
    el.addEventListener('mouseleave', onMouseLeave);
    el.addEventListener('focusout', onFocusOut);
    return () => {
      el.removeEventListener('mouseenter', show);
      el.removeEventListener('focusin', show);
      el.removeEventListener('mouseleave', onMouseLeave);
      el.removeEventListener('focusout', onFocusOut);
      leave();
    };
  }, [place]);

  // While a tap holds it open, a tap elsewhere closes it.
  useEffect(() => {
    if (!open) return undefined;
    const outside = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  if (!n || !publisher || !title || !url) {
    throw new Error(
      `<Cite id="${id}" /> was not resolved at build time: the remark plugin in src/plugins/cite/ must run ` +
        'on this file (docs preset, beforeDefaultRemarkPlugins).',
    );
  }

  return (
    <sup
      ref={root}
      className={styles.cite}
      data-cite={id}
      data-search-ignore
      data-open={open || undefined}
      data-dismissed={dismissed || undefined}
    >
      {/* Word joiner: the marker never wraps away from the word before it. */}
      {'\u2060'}
      <Link
        ref={marker}
        to={`#${listAnchor(id)}`}
        id={first ? markerAnchor(id) : undefined}
        className={styles.marker}
        onPointerDown={(e) => {
          pointerType.current = e.pointerType;
        }}
        onClick={(e) => {
          // A tap opens the source first; a second tap, a click or Enter follows the link.
          if (pointerType.current !== 'touch' || open) return;
          e.preventDefault();
          setDismissed(false);
          setOpen(true);
          place();
        }}
      >
        <span aria-hidden="true">{`[${n}]`}</span>
        <span className="sr-only">{`Source ${n}: ${publisher}, ${title}`}</span>
      </Link>
      <span ref={pop} className={styles.pop}>
        <span className={styles.popNumber} aria-hidden="true">
          {`[${n}]`}
        </span>{' '}
        {publisher}: <Link to={url}>{title}</Link>
        {date ? `, ${date}` : ''}.{kind === 'secondary' ? ' Secondary source.' : ''}
      </span>
    </sup>
  );
}
