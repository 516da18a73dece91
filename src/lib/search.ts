/**
 * The browser side of search (issue #26): loads Pagefind's bundle from <baseUrl>pagefind/ on first
 * use (its script, WebAssembly and only the index chunks a query needs), runs a query with
 * optional filters, and turns each hit into what the search box and the results page show: the
 * page, the section it hits (a heading anchor), an excerpt with the terms marked, and for a model
 * its answer at a glance. Pagefind escapes page text in excerpts and adds only <mark>.
 */
import {queryWords, rerank} from './searchRank';

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

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: {element: string; id: string};
}
interface PagefindData {
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

/** Collapses the whitespace Pagefind keeps from the page text. */
function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** How many of Pagefind's best pages are re-ranked (src/lib/searchRank.ts); each costs one small fragment. */
export const RERANK_DEPTH = 16;

type PagefindResult = {id: string; score: number; data(): Promise<PagefindData>};

/**
 * Runs a query: the `limit` best pages, each with the best section it hits. Filters keep pages
 * that have any of the listed values for every listed filter.
 *
 * Pagefind matches pages holding every word typed, so a question's filler ("cost of
 * self-hosting") can hide the page that answers it: the query runs as typed and without its
 * filler, and if neither finds anything, word by word. Pagefind's best pages are then re-ranked
 * by what the titles and URLs say (src/lib/searchRank.ts).
 */
export async function runSearch(
  baseUrl: string,
  query: string,
  {limit = 8, filters = {}}: {limit?: number; filters?: SearchFilters} = {},
): Promise<SearchResponse> {
  const api = await loadSearch(baseUrl);
  const f = Object.fromEntries(
    Object.entries(filters)
      .filter(([, v]) => v.length > 0)
      .map(([k, v]) => [k, {any: v}]),
  );
  const options = Object.keys(f).length ? {filters: f} : undefined;
  const topic = queryWords(query);
  const search = async (q: string) => (await api.search(q, options)).results as PagefindResult[];
  const merged = new Map<string, PagefindResult>();
  const add = (results: PagefindResult[], weight: number, sum: boolean) => {
    const top = Math.max(1e-9, ...results.map((r) => r.score));
    for (const r of results) {
      const score = (weight * r.score) / top;
      const seen = merged.get(r.id);
      merged.set(r.id, {
        ...r,
        data: r.data,
        score: seen ? (sum ? seen.score + score : Math.max(seen.score, score)) : score,
      });
    }
  };
  add(await search(query.trim()), 1, false);
  // Without its filler when that finds too few (at half weight: the words typed count most), and
  // word by word when nothing holds every word.
  const bare = topic.join(' ');
  if (merged.size < RERANK_DEPTH && bare !== query.trim()) add(await search(bare), 0.5, false);
  if (merged.size === 0 && topic.length > 1) for (const w of topic) add(await search(w), 1, true);
  const ranked = [...merged.values()].sort((a, b) => b.score - a.score);
  const depth = Math.max(limit, RERANK_DEPTH);
  const hits = await Promise.all(
    ranked.slice(0, depth).map(async (r) => {
      const hit = toHit(await r.data());
      return {...hit, score: r.score, keywords: hit.meta.keywords};
    }),
  );
  const head = rerank(query, hits.slice(0, RERANK_DEPTH));
  return {
    total: ranked.length,
    hits: [...head, ...hits.slice(RERANK_DEPTH)]
      .slice(0, limit)
      .map(({score: _score, keywords: _keywords, ...hit}) => ({...hit, url: withHighlight(hit.url, topic)})),
  };
}

/**
 * The result link with the query's topic words as ?highlight= values (Pagefind adds every word
 * typed; "is" and "of" marked all over a page help no one).
 */
export function withHighlight(url: string, highlight: string[]): string {
  const u = new URL(url, 'https://site.invalid');
  u.searchParams.delete(HIGHLIGHT_PARAM);
  for (const w of highlight) u.searchParams.append(HIGHLIGHT_PARAM, w);
  return `${u.pathname}${u.search}${u.hash}`;
}

export function toHit(d: PagefindData): SearchHit {
  // A guide section is its own record: its page title is in `page`, its heading in `title`.
  if (d.meta.page) {
    return {
      url: d.url,
      pageUrl: d.url.replace(/#.*$/, ''),
      title: clean(d.meta.page),
      section: clean(d.meta.title ?? ''),
      excerpt: d.excerpt,
      meta: d.meta,
    };
  }
  const title = clean(d.meta.title ?? d.url);
  // The best section: the first sub result with an anchor other than the h1 (Pagefind orders
  // sub results by page order; prefer the one with the most marked terms).
  const sections = d.sub_results.filter((s) => s.anchor && s.anchor.element !== 'h1');
  const marks = (s: PagefindSubResult) => (s.excerpt.match(/<mark>/g) ?? []).length;
  const best = [...sections].sort((a, b) => marks(b) - marks(a))[0];
  const top = d.sub_results.find((s) => !s.anchor || s.anchor.element === 'h1');
  const useSection = best && (!top || marks(best) >= marks(top));
  return {
    url: useSection ? best.url : d.url,
    pageUrl: d.url,
    title,
    ...(useSection ? {section: clean(best.title)} : {}),
    excerpt: useSection ? best.excerpt : (top?.excerpt ?? d.excerpt),
    meta: d.meta,
  };
}

/** Every filter and its values with counts, for the results page. */
export async function searchFilters(baseUrl: string): Promise<Record<string, Record<string, number>>> {
  return (await loadSearch(baseUrl)).filters();
}
