/**
 * Local plugin: one search result per destination (issue #14).
 * The search plugin's box and results page both import its internal `../searchByWorker` module;
 * this swaps that import, in the client and server bundles, for ./searchByWorker.ts, which calls
 * the original and merges results that lead to the same URL + #hash (src/lib/searchResults.ts).
 * It also swaps the plugin's mark.js import for ./lazyMark.ts, which loads mark.js only when a
 * page has search words to highlight.
 * Module swaps, not an ejected copy: the plugin's components stay upstream's. See ./README.md.
 */
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

/** The exact request the plugin's SearchBar and SearchPage make for the module we replace. */
export const UPSTREAM_REQUEST = /^\.\.\/searchByWorker$/;
const REPLACEMENT = path.join(__dirname, 'searchByWorker.ts');
/** mark.js's main file, which the plugin's generated module imports for search-term highlighting. */
export const MARK_REQUEST = /[\\/]mark\.js[\\/]dist[\\/]mark\.js$/;
const MARK_REPLACEMENT = path.join(__dirname, 'lazyMark.ts');
/**
 * mark.js is the search plugin's dependency, not ours: ./lazyMark.ts imports it through this alias,
 * resolved from the plugin (another file of the package, so the swap above does not catch it).
 */
const MARK_ALIAS = 'site-search-mark$';
function markPath(): string {
  const plugin = require.resolve('@easyops-cn/docusaurus-search-local');
  return require.resolve('mark.js/dist/mark.es6.js', {paths: [path.dirname(plugin)]});
}

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
        resolve: {alias: {[MARK_ALIAS]: markPath()}},
        plugins: [
          new NormalModuleReplacementPlugin(UPSTREAM_REQUEST, (data: {request: string; context: string}) => {
            if (isUpstreamImport(data.request, data.context)) data.request = REPLACEMENT;
          }),
          // mark.js only when a page has words to highlight (./lazyMark.ts), not in every page's bundle.
          new NormalModuleReplacementPlugin(MARK_REQUEST, (data: {request: string}) => {
            data.request = MARK_REPLACEMENT;
          }),
        ],
      };
    },
  };
}
