/**
 * A query, run (issue #26): what Pagefind is asked, the fallbacks when it finds nothing, the tool
 * shortcuts, and the re-ranking of its best pages (./searchRank.ts). Loaded on the first query by
 * `runSearch` in ./search.ts.
 */
import {
  HIGHLIGHT_PARAM,
  SHORTCUTS_FILE,
  loadSearch,
  type PagefindData,
  type PagefindSubResult,
  type SearchFilters,
  type SearchHit,
  type SearchResponse,
  type SearchShortcut,
} from './searchCore';
import {FILLER, phraseMatch, queryWords, rerank, words} from './searchRank';

/** How many of Pagefind's best pages are re-ranked (src/lib/searchRank.ts); each costs one small fragment. */
export const RERANK_DEPTH = 20;

let shortcuts: Promise<SearchShortcut[]> | undefined;

function loadShortcuts(baseUrl: string): Promise<SearchShortcut[]> {
  shortcuts ??= fetch(`${baseUrl}pagefind/${SHORTCUTS_FILE}`)
    .then((r) => (r.ok ? (r.json() as Promise<SearchShortcut[]>) : []))
    .catch(() => []);
  return shortcuts;
}

/**
 * Words on nearly every page of this site (the verdict words, and the rubric's dimensions that every
 * model page rates). Each word of a query costs the browser one index chunk (about 20–25 KB), and
 * these match everything anyway, so they are left out of what Pagefind is asked when the query
 * has rarer words; the re-ranker still reads the whole query.
 */
const SITE_WIDE = new Set([
  'open',
  'source',
  'model',
  'ai',
  'weight',
  'license',
  'training',
  'data',
  'code',
  'inference',
]);

/**
 * What Pagefind is asked: the words typed, less filler ("is", "of") and site-wide words, keeping
 * whatever is left if that would be nothing.
 */
export function pagefindQuery(query: string): string {
  const typed = query.trim().split(/\s+/).filter(Boolean);
  const norm = (t: string) => words(t).join(' ');
  const topic = typed.filter((t) => norm(t) && !FILLER.has(norm(t)));
  const rare = topic.filter((t) => !SITE_WIDE.has(norm(t)));
  return (rare.length > 0 ? rare : topic.length > 0 ? topic : typed).join(' ');
}

type PagefindResult = {id: string; score: number; data(): Promise<PagefindData>};

/**
 * Runs a query: the `limit` best pages, each with the best section it hits. Filters keep pages
 * that have any of the listed values for every listed filter.
 *
 * Pagefind matches pages holding every word it is asked for (see `pagefindQuery`); if none holds
 * them all, each word is asked alone. Its best pages, and any tool whose keywords the query spells,
 * are then re-ranked by what the titles, headings and URLs say (src/lib/searchRank.ts).
 */
export async function runQuery(
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
  const filtered = Object.keys(f).length > 0;
  const search = async (q: string) =>
    (await api.search(q, filtered ? {filters: f} : undefined)).results as PagefindResult[];
  const asked = pagefindQuery(query);
  let found = await search(asked);
  const parts = asked.split(' ');
  if (found.length === 0 && parts.length > 1) {
    // Any word: pages holding more of them score higher.
    const sums = new Map<string, PagefindResult>();
    for (const w of parts) {
      const results = await search(w);
      const top = Math.max(1e-9, ...results.map((r) => r.score));
      for (const r of results) {
        const seen = sums.get(r.id);
        sums.set(r.id, {...r, data: r.data, score: (seen?.score ?? 0) + r.score / top});
      }
    }
    found = [...sums.values()].sort((a, b) => b.score - a.score);
  }
  const depth = Math.max(limit, RERANK_DEPTH);
  const [hits, tools] = await Promise.all([
    Promise.all(
      found.slice(0, depth).map(async (r) => {
        const hit = toHit(await r.data());
        return {...hit, score: r.score, keywords: hit.meta.keywords};
      }),
    ),
    filtered ? Promise.resolve([]) : loadShortcuts(baseUrl),
  ]);
  const top = Math.max(1e-9, ...hits.map((h) => h.score));
  const typed = words(query);
  const pathOf = (url: string) => url.replace(/[?#].*$/, '');
  // A tool among the pages re-ranked is there already; one further down is moved up.
  const present = new Set(hits.slice(0, RERANK_DEPTH).map((h) => pathOf(h.pageUrl)));
  const offered = tools
    .map((t) => ({
      url: `${baseUrl}${t.url.replace(/^\//, '')}`,
      pageUrl: `${baseUrl}${t.url.replace(/^\//, '')}`,
      title: t.title,
      excerpt: escapeHtml(t.description),
      meta: {kind: 'Tool', title: t.title, keywords: t.keywords},
      score: top,
      keywords: t.keywords,
    }))
    .filter((t) => !present.has(t.pageUrl) && phraseMatch(typed, t));
  const head = rerank(query, [...hits.slice(0, RERANK_DEPTH), ...offered]);
  const topicWords = queryWords(query);
  return {
    total: found.length + offered.filter((t) => !hits.some((h) => pathOf(h.pageUrl) === t.pageUrl)).length,
    hits: [
      ...head,
      ...hits.slice(RERANK_DEPTH).filter((h) => !offered.some((t) => t.pageUrl === pathOf(h.pageUrl))),
    ]
      .slice(0, limit)
      .map(({score: _score, keywords: _keywords, ...hit}) => ({
        ...hit,
        url: withHighlight(hit.url, topicWords),
      })),
  };
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The result link with the query's topic words as ?highlight= values (Pagefind adds every word
 * it was asked; "is" and "of" marked all over a page help no one).
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

/** Collapses the whitespace Pagefind keeps from the page text. */
function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
