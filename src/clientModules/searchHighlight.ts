/**
 * Marks the search terms on the page a search result opens (issue #26): result links carry them in
 * ?highlight= (src/lib/search.ts), and Pagefind's own highlight script, loaded only then, wraps
 * them in <mark> inside the page's content. Pages opened any other way load nothing.
 */
import siteConfig from '@generated/docusaurus.config';
import {HIGHLIGHT_PARAM} from '@site/src/lib/search';

declare global {
  interface Window {
    PagefindHighlight?: new (options: Record<string, unknown>) => unknown;
  }
}

export function onRouteDidUpdate({location}: {location: Location}): void {
  if (!new URLSearchParams(location.search).get(HIGHLIGHT_PARAM)) return;
  void (async () => {
    try {
      await import(/* webpackIgnore: true */ `${siteConfig.baseUrl}pagefind/pagefind-highlight.js`);
      if (window.PagefindHighlight) {
        new window.PagefindHighlight({highlightParam: HIGHLIGHT_PARAM, addStyles: false});
      }
    } catch {
      // No highlights: the page itself is unaffected.
    }
  })();
}
