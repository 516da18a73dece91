/**
 * /search/?q=…: the full results for a query (issue #26), shareable and back-button friendly (the
 * query and filters live in the URL), with filters from what the index knows about each page: kind
 * of page, what a model makes, its verdict, its license kind, its maker. Without JavaScript the
 * page says search needs it and offers the guide's contents and the model list (SearchFallback).
 */
import React, {useEffect, useState, type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import {useHistory, useLocation} from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useIsBrowser from '@docusaurus/useIsBrowser';
import SearchFallback from '@site/src/components/SearchFallback';
import {HitMeta} from '@site/src/components/SearchResults';
import {runSearch, searchFilters, type SearchHit} from '@site/src/lib/search';
import styles from './search.module.css';

/** The filters the page offers, in order, with their labels (keys as the index names them). */
export const FILTERS = [
  ['kind', 'Kind of page'],
  ['makes', 'Makes'],
  ['verdict', 'Verdict'],
  ['license', 'License kind'],
  ['maker', 'Maker'],
] as const;
type FilterKey = (typeof FILTERS)[number][0];

function readState(search: string): {q: string; filters: Partial<Record<FilterKey, string>>} {
  const params = new URLSearchParams(search);
  const filters: Partial<Record<FilterKey, string>> = {};
  for (const [key] of FILTERS) {
    const v = params.get(key);
    if (v) filters[key] = v.slice(0, 100);
  }
  return {q: (params.get('q') ?? '').slice(0, 500), filters};
}

export default function SearchPage(): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const isBrowser = useIsBrowser();
  const location = useLocation();
  const history = useHistory();
  // The query is read from the URL only after hydration: the server rendered the page without one,
  // and the first client render must match it.
  const {q, filters} = isBrowser ? readState(location.search) : {q: '', filters: {}};
  const [draft, setDraft] = useState(q);
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [total, setTotal] = useState(0);
  const [options, setOptions] = useState<Record<string, Record<string, number>>>({});
  const [error, setError] = useState(false);
  const filterKey = JSON.stringify(filters);

  // A new query in the URL (Back, a link) replaces what is typed in the box.
  const [typedFor, setTypedFor] = useState(q);
  if (typedFor !== q) {
    setTypedFor(q);
    setDraft(q);
  }
  // The filters' values come from the index: load it once there is a query to filter (the empty
  // page loads no search engine).
  const hasQuery = q.trim() !== '';
  useEffect(() => {
    if (!isBrowser || !hasQuery) return;
    searchFilters(siteConfig.baseUrl)
      .then(setOptions)
      .catch(() => setError(true));
  }, [isBrowser, hasQuery, siteConfig.baseUrl]);
  useEffect(() => {
    if (!isBrowser) return undefined;
    let live = true;
    const f = JSON.parse(filterKey) as Partial<Record<FilterKey, string>>;
    // No query: the page shows no results (see `shownHits`) and fetches nothing.
    if (!q.trim()) return undefined;
    runSearch(siteConfig.baseUrl, q, {
      limit: 40,
      filters: Object.fromEntries(Object.entries(f).map(([k, v]) => [k, [v as string]])),
    })
      .then((r) => {
        if (!live) return;
        setHits(r.hits);
        setTotal(r.total);
      })
      .catch(() => live && setError(true));
    return () => {
      live = false;
    };
  }, [isBrowser, q, filterKey, siteConfig.baseUrl]);

  const push = (next: {q?: string; filters?: Partial<Record<FilterKey, string>>}) => {
    const params = new URLSearchParams();
    const nq = next.q ?? q;
    if (nq.trim()) params.set('q', nq.trim());
    for (const [key, value] of Object.entries(next.filters ?? filters)) if (value) params.set(key, value);
    history.push({pathname: location.pathname, search: params.toString() ? `?${params}` : ''});
  };

  const shownHits = q.trim() ? hits : [];
  const title = q ? `Search: ${q}` : 'Search the guide';
  return (
    <Layout
      title={title}
      description="Search the field guide to open and closed AI: every page and section, offline, with results linked to the exact heading and filters by kind of page, verdict, license and maker."
    >
      <main className={`container margin-vert--lg ${styles.main}`}>
        <Heading as="h1">{title}</Heading>
        {isBrowser ? (
          <>
            <form
              role="search"
              aria-label="This page"
              className={styles.form}
              onSubmit={(e) => {
                e.preventDefault();
                push({q: draft});
              }}
            >
              <label htmlFor="search-page-q" className="sr-only">
                Search terms
              </label>
              <input
                id="search-page-q"
                type="search"
                name="q"
                value={draft}
                onChange={(e) => setDraft(e.target.value)}
                maxLength={500}
                className={styles.input}
              />
              <button type="submit" className="button button--primary">
                Search
              </button>
            </form>
            <fieldset className={styles.filters}>
              <legend>Filters</legend>
              {FILTERS.map(([key, label]) => {
                const values = Object.keys(options[key] ?? {}).sort((a, b) => a.localeCompare(b));
                return (
                  <label key={key} className={styles.filter}>
                    <span>{label}</span>
                    <select
                      value={filters[key] ?? ''}
                      onChange={(e) => push({filters: {...filters, [key]: e.target.value || undefined}})}
                    >
                      <option value="">Any</option>
                      {values.map((v) => (
                        <option key={v} value={v}>
                          {v}
                        </option>
                      ))}
                    </select>
                  </label>
                );
              })}
            </fieldset>
            <p role="status" className={styles.count}>
              {error
                ? 'Search is not available right now.'
                : hits === null || !q.trim()
                  ? ''
                  : total === 0
                    ? `No results for “${q}”.`
                    : `${total} result${total === 1 ? '' : 's'} for “${q}”${total > (hits?.length ?? 0) ? `, the first ${hits?.length} shown` : ''}.`}
            </p>
            <div className={styles.results}>
              {(shownHits ?? []).map((h) => (
                <article key={h.url} className={styles.hit}>
                  <Heading as="h2">
                    <Link to={h.url}>{h.title}</Link>
                  </Heading>
                  {h.section ? <p className={styles.section}>{h.section}</p> : null}
                  <p className={styles.excerpt} dangerouslySetInnerHTML={{__html: h.excerpt}} />
                  <HitMeta meta={h.meta} />
                </article>
              ))}
            </div>
          </>
        ) : null}
        <SearchFallback />
      </main>
    </Layout>
  );
}
