/**
 * The list of built pages, read from build/sitemap.xml at load time so that Playwright can create
 * one test per page. `build/` is always built at the root base URL, so a page's path relative to
 * the base URL is its pathname without the leading slash ("" is the landing page).
 */
import fs from 'node:fs';
import path from 'node:path';

export const ROOT_BUILD = path.join(__dirname, '..', '..', 'build');

export function builtPagePaths(buildDir = ROOT_BUILD): string[] {
  const file = path.join(buildDir, 'sitemap.xml');
  if (!fs.existsSync(file)) {
    throw new Error(`${file} is missing: run "npm run build" before the browser tests.`);
  }
  const xml = fs.readFileSync(file, 'utf8');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname.slice(1));
  if (paths.length === 0) throw new Error(`${file} lists no pages.`);
  return paths.sort();
}
