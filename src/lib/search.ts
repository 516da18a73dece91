/**
 * What the search box and the results page import (issue #26): the core (./searchCore.ts: loading
 * Pagefind, the hit and shortcut types) and a query runner whose code (./searchQuery.ts) loads on
 * the first query, so every page's navbar ships only the core.
 */
import {loadSearch, type SearchFilters, type SearchResponse} from './searchCore';

export * from './searchCore';

/**
 * Runs a query (./searchQuery.ts, loaded on the first query, so every page's navbar ships only
 * this file): the `limit` best pages, each with the section it hits.
 */
export async function runSearch(
  baseUrl: string,
  query: string,
  options: {limit?: number; filters?: SearchFilters} = {},
): Promise<SearchResponse> {
  const {runQuery} = await import('./searchQuery');
  return runQuery(baseUrl, query, options);
}

/** Every filter and its values with counts, for the results page. */
export async function searchFilters(baseUrl: string): Promise<Record<string, Record<string, number>>> {
  return (await loadSearch(baseUrl)).filters();
}
