/**
 * The core of search in the browser (issue #26), shared by ./search.ts (what pages import) and
 * ./searchQuery.ts (loaded on the first query). The browser side of search: loads Pagefind's bundle from <baseUrl>pagefind/ on first
 * use (its script, WebAssembly and only the index chunks a query needs), runs a query with
 * optional filters, and turns each hit into what the search box and the results page show: the
 * page, the section it hits (a heading anchor), an excerpt with the terms marked, and for a model
 * its answer at a glance. Pagefind escapes page text in excerpts and adds only <mark>.
 */
export interface SearchHit {
  /** Page URL under the base URL, with #anchor when the hit is in a section. */
  url: string;
  pageUrl: string;
  title: string;
  /** The heading the hit falls under, when it is not the page's top. */
  section?: string;
  /** Pagefind's excerpt: escaped text with <mark> around the terms. */
  excerpt: string;
  meta: Record<string, string>;
}

export interface SearchResponse {
  total: number;
  hits: SearchHit[];
}

export type SearchFilters = Record<string, string[]>;

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: {element: string; id: string};
}
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: PagefindSubResult[];
}
interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    q: string,
    o?: {filters?: Record<string, {any: string[]}>},
  ): Promise<{results: {id: string; score: number; data(): Promise<PagefindData>}[]}>;
  debouncedSearch?: unknown;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let loading: Promise<PagefindApi> | undefined;

/** The query parameter that carries the search terms to the page a result opens. */
export const HIGHLIGHT_PARAM = 'highlight';

/** Loads Pagefind once (the bundle sits beside the pages, so it works under any base URL). */
export function loadSearch(baseUrl: string): Promise<PagefindApi> {
  loading ??= (async () => {
    const url = `${baseUrl}pagefind/pagefind.js`;
    const api = (await import(/* webpackIgnore: true */ url)) as PagefindApi;
    await api.options({
      baseUrl,
      excerptLength: 24,
      // One script fewer to download (12 KB); a query's work is small enough for the main thread.
      noWorker: true,
      // Result links carry the query, so the page it opens marks the terms (src/clientModules/searchHighlight.ts).
      highlightParam: HIGHLIGHT_PARAM,
      // Short pages (a tool, a model) should not lose to long guide pages on a title match.
      ranking: {termFrequency: 0.6, pageLength: 0.6},
    });
    await api.init();
    return api;
  })();
  return loading;
}

/**
 * The tool pages and what readers type to find them (their `keywords`), written beside the index
 * by src/plugins/search/pagefind.ts (a few hundred bytes): a tool whose keywords the query spells
 * is offered whatever Pagefind's word matching ranks it ("which model should I use" → the
 * chooser, although "model" is on every page).
 */
export interface SearchShortcut {
  /** Under the base URL, without it. */
  url: string;
  title: string;
  description: string;
  keywords: string;
}

export const SHORTCUTS_FILE = 'shortcuts.json';
