/**
 * One search result per destination. The search plugin (@easyops-cn/docusaurus-search-local) keeps
 * a section's heading and the text under it as separate index documents, and a page's title,
 * description and keywords as three more. A query that matches two of them ("llama license": the
 * heading "The Llama family and its licenses" and a sentence under it) came back as two results
 * for the same URL, which the results page shows with the same title and link (issue #14).
 *
 * `mergeDuplicateResults` keeps one result per URL + #hash, at the place of the best-ranked one,
 * and prefers the hit that carries an excerpt (section text or page description), so the reader
 * loses nothing. It then recomputes the plugin's "tree" flags (results nested under their page's
 * own result in the dropdown), which removing results would otherwise leave wrong.
 */

/** The plugin's document kinds (its SearchDocumentType). */
export const SEARCH_DOC_TYPE = {Title: 0, Heading: 1, Description: 2, Keywords: 3, Content: 4} as const;

export interface SearchDoc {
  /** Document id. */
  i: number;
  /** Text: title, heading, description, keywords or section text. */
  t: string;
  /** Page URL (with base URL). */
  u: string;
  /** Section hash ("#id"), when the document belongs to a section. */
  h?: string;
  /** Section title, for text documents. */
  s?: string;
  /** Id of the page's title document. */
  p?: number;
  /** Breadcrumb of a page (title documents only): active navbar label, then sidebar categories. */
  b?: string[];
}

export interface SearchHit<D extends SearchDoc = SearchDoc> {
  document: D;
  type: number;
  /** The page's title document (false or missing for a title hit). */
  page?: D | false;
  isInterOfTree?: boolean;
  isLastOfTree?: boolean;
}

/** Where a result leads: the page URL plus the section hash. */
export function destinationOf(hit: SearchHit): string {
  return hit.document.u + (hit.document.h ?? '');
}

function hasExcerpt(hit: SearchHit): boolean {
  return hit.type === SEARCH_DOC_TYPE.Content || hit.type === SEARCH_DOC_TYPE.Description;
}

function pageIdOf(hit: SearchHit): number | undefined {
  if (hit.type === SEARCH_DOC_TYPE.Title) return hit.document.i;
  return hit.page ? hit.page.i : undefined;
}

/** A result that leads to the page itself (no section), under which the dropdown nests the others. */
function isPageResult(hit: SearchHit): boolean {
  return !hit.document.h;
}

/** Sets isInterOfTree / isLastOfTree the way the plugin does, on a fresh copy of each hit. */
export function markTrees<T extends SearchHit>(hits: readonly T[]): T[] {
  const plain = hits.map((hit) => {
    const copy = {...hit};
    delete copy.isInterOfTree;
    delete copy.isLastOfTree;
    return copy;
  });
  const rootPages = new Set<number>();
  const nested = plain.map((hit) => {
    const pageId = pageIdOf(hit);
    if (pageId === undefined) return false;
    if (isPageResult(hit)) {
      const wasRooted = rootPages.has(pageId);
      rootPages.add(pageId);
      return wasRooted;
    }
    return rootPages.has(pageId);
  });
  plain.forEach((hit, i) => {
    if (!nested[i]) return;
    const next = plain[i + 1];
    if (next && nested[i + 1] && pageIdOf(next) === pageIdOf(hit)) hit.isInterOfTree = true;
    else hit.isLastOfTree = true;
  });
  return plain;
}

/** One hit per destination, in the original order; see the module comment. */
export function mergeDuplicateResults<T extends SearchHit>(hits: readonly T[]): T[] {
  const slotOf = new Map<string, number>();
  const kept: T[] = [];
  for (const hit of hits) {
    const key = destinationOf(hit);
    const slot = slotOf.get(key);
    if (slot === undefined) {
      slotOf.set(key, kept.length);
      kept.push(hit);
    } else if (!hasExcerpt(kept[slot]) && hasExcerpt(hit)) {
      kept[slot] = hit;
    }
  }
  return markTrees(kept);
}

function withoutLeadingCrumb<D extends SearchDoc>(doc: D, labels: ReadonlySet<string>): D {
  if (!doc.b?.length || !labels.has(doc.b[0])) return doc;
  return {...doc, b: doc.b.slice(1)};
}

/**
 * Drops a breadcrumb's first entry when it is a navbar label. The plugin starts each page's
 * breadcrumb with whichever navbar link is highlighted on that page, so with one navbar item per
 * destination, results read "Compare › What "open" means › …" on one page and start with the
 * sidebar section on the next. Without it every docs result shows its sidebar section first.
 */
export function dropNavbarCrumbs<T extends SearchHit>(
  hits: readonly T[],
  navbarLabels: Iterable<string>,
): T[] {
  const labels = new Set(navbarLabels);
  return hits.map((hit) => ({
    ...hit,
    document: withoutLeadingCrumb(hit.document, labels),
    page: hit.page ? withoutLeadingCrumb(hit.page, labels) : hit.page,
  }));
}

/**
 * Model pages (/models/<id>/) are in the index, and a family name matches several of them by
 * title ("is llama open source" matches six Llama pages). So that the guide's section on the
 * subject still shows at the top, at most `max` model pages (one by default) come before the first
 * other result; the rest move to just after it, in their order. A model page is then first or
 * second, and so is the guide. Results are not dropped, only reordered, and
 * merged results keep their tree flags (recomputed).
 */
export function interleaveModelPages<T extends SearchHit>(
  hits: readonly T[],
  isModelPage: (url: string) => boolean,
  max = 1,
): T[] {
  const firstOther = hits.findIndex((hit) => !isModelPage(hit.document.u));
  if (firstOther <= max) return markTrees(hits);
  const lead = hits.slice(0, max);
  const held = hits.slice(max, firstOther);
  return markTrees([...lead, hits[firstOther], ...held, ...hits.slice(firstOther + 1)]);
}

/** A model page's URL under the site's base URL: `<baseUrl>models/<id>/` (not the explorer). */
export function modelPageMatcher(baseUrl: string): (url: string) => boolean {
  const prefix = `${baseUrl.replace(/\/?$/, '/')}models/`;
  return (url) => url.startsWith(prefix) && /^[a-z0-9]+(-[a-z0-9]+)*\/$/.test(url.slice(prefix.length));
}
