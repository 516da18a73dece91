/**
 * Re-ranks Pagefind's best candidates for a query (issue #26 §4). Pagefind scores words on a page;
 * it cannot tell that "is chatgpt open source" is the title of a guide page, or that a glossary
 * letter mentions every model. This adds what a reader means by the query, from what each
 * candidate already carries (titles and URL), so no extra bytes are fetched:
 * - whether the query, as typed, is a run of words of the title, heading or a tool's keywords;
 * - how many query words the title (page › section) holds, and how much of the section title they are;
 * - how much of the page's slug the query spells (`/guide/is-chatgpt-open-source/`);
 * - the guide's prose answers questions: its sections get a small lift over catalog pages;
 * - index-like records (sources, glossary letters, the change list) count half.
 * Pure; unit-tested in tests/unit/search-rank.test.ts.
 */
export interface RankCandidate {
  /** Pagefind's score. */
  score: number;
  /** Under the base URL or absolute path, with #anchor for a section. */
  url: string;
  /** The page's title. */
  title: string;
  /** The section's heading, for a section hit. */
  section?: string;
  /** A tool page's keywords ("which model should I use"), comma-separated. */
  keywords?: string;
}

/** Words that carry no topic on their own; a query made only of them is matched as typed. */
export const FILLER = new Set(
  'a an and are can do does for how i in is it its me my of on or per should the to use what which with'.split(
    ' ',
  ),
);

/** Lower-case words as typed ("gpt-oss", "3.1"); plurals lose their "s". */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9.-]+/)
    .map((w) => w.replace(/^[.-]+|[.-]+$/g, ''))
    .filter(Boolean)
    .map((w) => (w.length > 3 ? w.replace(/([^s])s$/, '$1') : w));
}

/** The words and, for "gpt-oss" or "3.1", their parts too. */
function withParts(ws: string[]): string[] {
  return ws.flatMap((w) => (/[.-]/.test(w) ? [w, ...w.split(/[.-]/).filter(Boolean)] : [w]));
}

/** Only the parts: a slug ("llama-3-1-405b") is words joined by hyphens. */
function parts(ws: string[]): string[] {
  return ws.flatMap((w) => w.split(/[.-]/).filter(Boolean));
}

/** The query's topic words (filler dropped unless nothing else is left). */
export function queryWords(query: string): string[] {
  const all = [...new Set(words(query))];
  const topic = all.filter((w) => !FILLER.has(w));
  return topic.length > 0 ? topic : all;
}

const matches = (q: string, w: string) =>
  w === q || (q.length >= 4 && w.startsWith(q)) || (w.length >= 4 && q.startsWith(w));

/** Share of the query's words found in `text`. */
function coverage(query: string[], text: string[]): number {
  if (query.length === 0) return 0;
  return query.filter((q) => text.some((w) => matches(q, w))).length / query.length;
}

/**
 * How closely a short text (a heading, a slug) is the query: matched words over the longer of the
 * two, filler left out, so "Is Llama open source?" is closer to "is llama open source" than
 * "Is Llama 3.1 405B open source?", and a one-word heading is not close to a four-word query.
 */
function closeness(query: string[], text: string[]): number {
  const topic = [...new Set(text.filter((w) => !FILLER.has(w)))];
  if (query.length === 0 || topic.length === 0) return 0;
  const hit = topic.filter((w) => query.some((q) => matches(q, w))).length;
  return hit / Math.max(query.length, topic.length);
}

/** Records that list everything and so match every name: count half. */
const LISTING = /\/(sources|glossary)\/|\/changes\/$/;

/**
 * How much the page's slug and the query are the same words: for "is chatgpt open source",
 * `/guide/is-chatgpt-open-source/` is all of it and `/guide/what-is-chatgpt/` a third; for
 * "llama", `/models/llama/` is all of it and `/models/llama-1/` half.
 */
function slugMatch(query: string[], slug: string[]): number {
  const topic = [...new Set(slug.filter((w) => !FILLER.has(w)))];
  if (topic.length === 0 || query.length === 0) return 0;
  const precision = topic.filter((w) => query.some((q) => matches(q, w))).length / topic.length;
  return precision * coverage(query, topic);
}

/** Weights of the signals, tuned on the search tables in tests/e2e/search.spec.ts. */
export const RANK_WEIGHTS = {
  pagefind: 0.5,
  coverage: 1,
  closeness: 1,
  slug: 0.8,
  guide: 0.3,
  phrase: 2,
  version: 0.5,
};

/** Is `phrase` (words) a run of consecutive words in `text` (words)? */
function containsRun(text: string[], phrase: string[]): boolean {
  if (phrase.length === 0 || phrase.length > text.length) return false;
  for (let i = 0; i + phrase.length <= text.length; i++) {
    if (phrase.every((w, j) => text[i + j] === w)) return true;
  }
  return false;
}

/** The query as typed is the title, the heading or one of the keywords, or a run of its words. */
export function phraseMatch(typed: string[], c: RankCandidate): boolean {
  const texts = [c.title, c.section ?? '', ...(c.keywords ?? '').split(',')];
  return texts.some((t) => containsRun(words(t), typed));
}

export function rankScore(query: string[], c: RankCandidate, top: number, typed: string[] = query): number {
  const pathPart = c.url.replace(/[?#].*$/, '');
  const slug = pathPart.split('/').filter(Boolean).at(-1) ?? '';
  const w = RANK_WEIGHTS;
  const listing = LISTING.test(pathPart) ? 0.5 : 1;
  return (
    listing *
    (w.pagefind * (top > 0 ? c.score / top : 0) +
      w.coverage * coverage(query, withParts(words(`${c.title} ${c.section ?? ''} ${c.keywords ?? ''}`))) +
      (phraseMatch(typed, c) ? w.phrase : 0) +
      w.closeness * closeness(query, parts(words(c.section ?? c.title))) +
      (c.section ? 0 : w.slug * slugMatch(parts(query), parts(words(slug)))) +
      (/\/guide\//.test(pathPart) ? w.guide : 0))
  );
}

/**
 * A version page (`/models/llama-3/`) whose family page (`/models/llama/`) is also a candidate
 * steps back when the query names nothing beyond the family: "llama" is answered by the family
 * page, which lists the versions; "llama 3" still finds the version.
 */
function versionOfListedFamily(query: string[], url: string, families: Set<string>): boolean {
  const slug = /\/models\/([a-z0-9-]+)\/$/.exec(url.replace(/[?#].*$/, ''))?.[1];
  if (!slug) return false;
  const parent = [...families].find((f) => slug.startsWith(`${f}-`));
  if (!parent) return false;
  const extra = slug.slice(parent.length + 1).split('-');
  return !extra.some((w) => parts(query).some((q) => matches(q, w)));
}

/** The candidates, best first (stable for equal scores). */
export function rerank<T extends RankCandidate>(query: string, candidates: T[]): T[] {
  const q = queryWords(query);
  const typed = words(query);
  const top = Math.max(0, ...candidates.map((c) => c.score));
  const slugs = new Set(
    candidates
      .map((c) => /\/models\/([a-z0-9-]+)\/$/.exec(c.url.replace(/[?#].*$/, ''))?.[1])
      .filter((s): s is string => !!s),
  );
  return candidates
    .map((c, i) => ({
      c,
      i,
      s: rankScore(q, c, top, typed) - (versionOfListedFamily(q, c.url, slugs) ? RANK_WEIGHTS.version : 0),
    }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.c);
}
