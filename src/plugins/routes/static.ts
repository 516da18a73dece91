/**
 * A doc's permalink computed from its front matter, for config-time code that runs before the
 * docs plugin loads (docusaurus.config.ts: redirect targets). Components use <DocLink> instead.
 * Supports the one form this site uses: an absolute `slug: /x` under the docs route base path.
 */
import {readFileSync, existsSync} from 'node:fs';
import path from 'node:path';

/** The docs plugin's route base path: every guide page is served under /guide/. */
export const DOCS_ROUTE = 'guide';

export function docPermalink(siteDir: string, routeBase: string, docId: string): string {
  const file = ['.mdx', '.md'].map((ext) => path.join(siteDir, 'docs', docId + ext)).find(existsSync);
  if (!file) throw new Error(`Unknown doc id "${docId}": no file docs/${docId}.md(x)`);
  const slug = /^slug:\s*(\/\S*)\s*$/m.exec(readFileSync(file, 'utf8').split(/^---\s*$/m)[1] ?? '')?.[1];
  if (!slug) throw new Error(`docs/${docId}: no absolute slug in front matter`);
  return `/${routeBase}${slug.replace(/\/?$/, '/')}`;
}
