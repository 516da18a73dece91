/**
 * The navbar search box (issue #26), replacing the theme's empty slot: a combobox with a listbox
 * of results as you type, each the page title, the section it hits (linking to the heading) and an
 * excerpt with the terms marked; a model's result adds its answer at a glance. Keyboard first:
 * Ctrl/Cmd+K and "/" focus it, arrows move, Enter opens (or, with nothing chosen, the results page),
 * Escape closes then clears. A polite live region announces the count. Without JavaScript it is a
 * plain GET form to the results page, which then says search needs JavaScript.
 * The search engine (src/lib/search.ts) loads on first focus, not with the page.
 */
import React, {useCallback, useEffect, useId, useRef, useState, type ReactNode} from 'react';
import {useHistory} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {loadSearch, runSearch, type SearchHit} from '@site/src/lib/search';
import {HitMeta} from '@site/src/components/SearchResults';
import styles from './styles.module.css';

const LIMIT = 6;

function isEditable(el: Element | null): boolean {
  return !!el && (el.matches('input, textarea, select') || (el as HTMLElement).isContentEditable);
}

export default function SearchBar(): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const baseUrl = siteConfig.baseUrl;
  const searchPage = useBaseUrl('/search/');
  const history = useHistory();
  const id = useId().replace(/:/g, '');
  const listId = `search-list-${id}`;
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [total, setTotal] = useState(0);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState('');
  const seq = useRef(0);

  // Ctrl/Cmd+K anywhere, and "/" when not typing, focus the box.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const k = e.key.toLowerCase();
      if ((k === 'k' && (e.ctrlKey || e.metaKey)) || (e.key === '/' && !isEditable(document.activeElement))) {
        e.preventDefault();
        inputRef.current?.focus();
        inputRef.current?.select();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    const q = query.trim();
    // An empty box shows nothing (see `expanded` and `shown` below); nothing to fetch.
    if (!q) return undefined;
    const n = ++seq.current;
    const timer = setTimeout(() => {
      runSearch(baseUrl, q.slice(0, 200), {limit: LIMIT})
        .then((r) => {
          if (n !== seq.current) return;
          setHits(r.hits);
          setTotal(r.total);
          setActive(-1);
          setOpen(true);
          setStatus(r.total === 0 ? 'No results' : `${r.total} result${r.total === 1 ? '' : 's'}`);
        })
        .catch(() => {
          if (n !== seq.current) return;
          setHits([]);
          setTotal(0);
          setOpen(true);
          setStatus('Search is not available right now');
        });
    }, 80);
    return () => clearTimeout(timer);
  }, [query, baseUrl]);

  const allResults = `${searchPage}?q=${encodeURIComponent(query.trim())}`;
  const shown = query.trim() ? hits : [];
  const options = [...shown.map((h) => h.url), allResults];

  const go = useCallback(
    (url: string) => {
      setOpen(false);
      setQuery('');
      inputRef.current?.blur();
      history.push(url);
    },
    [history],
  );

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!open) return;
      e.preventDefault();
      const last = options.length - 1;
      // -1 is the input itself; the arrows cycle through the options and back to it.
      setActive((a) => (e.key === 'ArrowDown' ? (a >= last ? -1 : a + 1) : a <= -1 ? last : a - 1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (!query.trim()) return;
      go(active >= 0 ? options[active] : (shown[0]?.url ?? allResults));
    } else if (e.key === 'Escape') {
      if (open) setOpen(false);
      else setQuery('');
    } else if (e.key === 'Tab') {
      setOpen(false);
    }
  };

  const optionId = (i: number) => `${listId}-${i}`;
  const expanded = open && query.trim() !== '';
  return (
    <form
      className={`navbar__search ${styles.search}`}
      role="search"
      aria-label="Site"
      action={searchPage}
      method="get"
      onSubmit={(e) => {
        e.preventDefault();
        if (query.trim()) go(active >= 0 ? options[active] : allResults);
      }}
    >
      <input
        ref={inputRef}
        className={`navbar__search-input ${styles.input}`}
        type="search"
        name="q"
        placeholder="Search  (Ctrl+K)"
        aria-label="Search the site"
        autoComplete="off"
        spellCheck={false}
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onFocus={() => {
          void loadSearch(baseUrl).catch(() => undefined);
          if (query.trim()) setOpen(true);
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
        maxLength={500}
      />
      <ul id={listId} role="listbox" aria-label="Search results" className={styles.list} hidden={!expanded}>
        {shown.map((h, i) => (
          // Keys are handled by the input (combobox with aria-activedescendant); a click is the mouse's way in.
          // eslint-disable-next-line jsx-a11y/click-events-have-key-events
          <li
            key={h.url}
            id={optionId(i)}
            role="option"
            aria-selected={active === i}
            className={styles.option}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => go(h.url)}
          >
            <span className={styles.title} data-hit-title="">
              {h.title}
            </span>
            {h.section ? (
              <span className={styles.section} data-hit-section="">
                {h.section}
              </span>
            ) : null}
            <span className={styles.excerpt} dangerouslySetInnerHTML={{__html: h.excerpt}} />
            <HitMeta meta={h.meta} />
          </li>
        ))}
        {expanded ? (
          // eslint-disable-next-line jsx-a11y/click-events-have-key-events -- as above
          <li
            id={optionId(shown.length)}
            role="option"
            aria-selected={active === shown.length}
            className={`${styles.option} ${styles.all}`}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => go(allResults)}
          >
            {total === 0 ? 'No results. Open the search page' : `See all ${total} results`}
          </li>
        ) : null}
      </ul>
      {/* Opens the results page (also without JavaScript); out of sight until it has the focus. */}
      <button type="submit" className={`button button--primary button--sm ${styles.submit}`}>
        Search
      </button>
      <div role="status" aria-live="polite" className="sr-only">
        {query.trim() ? status : ''}
      </div>
    </form>
  );
}
