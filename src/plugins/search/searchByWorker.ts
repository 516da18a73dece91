// Stands in for the search plugin's own searchByWorker module (swapped in at bundle time by
// ./index.ts) so the search box and the results page both get one result per destination.
// Breaks if the plugin renames or moves dist/client/client/theme/searchByWorker.js.
import {
  fetchIndexesByWorker as fetchOriginal,
  searchByWorker as searchOriginal,
} from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker';
import {mergeDuplicateResults, type SearchHit} from '../../lib/searchResults';

export const fetchIndexesByWorker: typeof fetchOriginal = fetchOriginal;

export async function searchByWorker(
  baseUrl: string,
  searchContext: string,
  input: string,
  limit: number,
): Promise<SearchHit[]> {
  return mergeDuplicateResults(await searchOriginal(baseUrl, searchContext, input, limit));
}
