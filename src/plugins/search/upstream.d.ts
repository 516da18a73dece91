// Types for the one internal module of @easyops-cn/docusaurus-search-local that ./searchByWorker.ts wraps.
declare module '@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker' {
  import type {SearchHit} from '@site/src/lib/searchResults';
  export function fetchIndexesByWorker(baseUrl: string, searchContext: string): Promise<void>;
  export function searchByWorker(
    baseUrl: string,
    searchContext: string,
    input: string,
    limit: number,
  ): Promise<SearchHit[]>;
}
