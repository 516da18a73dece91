/**
 * Local plugin: one search result per destination (issue #14).
 * The search plugin's box and results page both import its internal `../searchByWorker` module;
 * this swaps that import, in the client and server bundles, for ./searchByWorker.ts, which calls
 * the original and merges results that lead to the same URL + #hash (src/lib/searchResults.ts).
 * A module swap, not an ejected copy: the plugin's components stay upstream's. See ./README.md.
 */
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

/** The exact request the plugin's SearchBar and SearchPage make for the module we replace. */
export const UPSTREAM_REQUEST = /^\.\.\/searchByWorker$/;
const REPLACEMENT = path.join(__dirname, 'searchByWorker.ts');

/** True for the plugin's own import of its searchByWorker module (and nothing else). */
export function isUpstreamImport(request: string, context: string): boolean {
  return UPSTREAM_REQUEST.test(request) && /[\\/]docusaurus-search-local[\\/]/.test(context);
}

export default function searchResultsPlugin(): Plugin {
  return {
    name: 'site-search-results',
    configureWebpack(_config, _isServer, {currentBundler}) {
      const {NormalModuleReplacementPlugin} = currentBundler.instance;
      return {
        plugins: [
          new NormalModuleReplacementPlugin(UPSTREAM_REQUEST, (data: {request: string; context: string}) => {
            if (isUpstreamImport(data.request, data.context)) data.request = REPLACEMENT;
          }),
        ],
      };
    },
  };
}
