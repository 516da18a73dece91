/**
 * Old URL -> doc, for pages that were renamed or moved. `from` is the old path relative to baseUrl
 * (it no longer exists, so it stays a literal); `to` is the doc id of the page it moved to, turned
 * into the current permalink in docusaurus.config.ts. Add an entry whenever you change a page's
 * slug, so links already shared keep working. The client-redirects plugin writes a small HTML page
 * at each `from` path at build time.
 */
export interface Redirect {
  from: string;
  /** Doc id (file path under docs/) of the page's new home. */
  toDoc: string;
}

export const redirects: Redirect[] = [{from: '/guide/short-answer/', toDoc: 'answer/is-chatgpt-open-source'}];
