/**
 * Old URL -> new URL, for pages that were renamed or moved. Paths are relative to baseUrl.
 * Add an entry here whenever you change a page's slug, so links already shared keep working.
 * The client-redirects plugin writes a small HTML page at each `from` path at build time.
 */
export interface Redirect {
  from: string;
  to: string;
}

export const redirects: Redirect[] = [{from: '/guide/short-answer/', to: '/guide/is-chatgpt-open-source/'}];
