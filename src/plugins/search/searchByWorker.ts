// Stands in for the search plugin's own searchByWorker module (swapped in at bundle time by
// ./index.ts) so the search box and the results page both get one result per destination, and
// breadcrumbs that start with the sidebar section rather than whichever navbar item was active,
// and at most one model page ahead of the first guide result.
// Breaks if the plugin renames or moves dist/client/client/theme/searchByWorker.js.
import {
  fetchIndexesByWorker as fetchOriginal,
  searchByWorker as searchOriginal,
} from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker';
import siteConfig from '@generated/docusaurus.config';
import {
  dropNavbarCrumbs,
  interleaveModelPages,
  mergeDuplicateResults,
  modelPageMatcher,
  type SearchHit,
} from '../../lib/searchResults';

interface NavbarItemLike {
  label?: string;
}

/** Labels of the top-level navbar items (docusaurus.config.ts), which the plugin puts in breadcrumbs. */
const navbarLabels = (
  (siteConfig.themeConfig as {navbar?: {items?: NavbarItemLike[]}}).navbar?.items ?? []
).flatMap((item) => (item.label ? [item.label] : []));

const EXTRA = 6;

export const fetchIndexesByWorker: typeof fetchOriginal = fetchOriginal;

export async function searchByWorker(
  baseUrl: string,
  searchContext: string,
  input: string,
  limit: number,
): Promise<SearchHit[]> {
  // A few extra hits, so a guide section just past the limit can move up past model pages.
  const hits = await searchOriginal(baseUrl, searchContext, input, limit + EXTRA);
  const merged = mergeDuplicateResults(dropNavbarCrumbs(hits, navbarLabels));
  return interleaveModelPages(merged, modelPageMatcher(baseUrl)).slice(0, limit);
}
