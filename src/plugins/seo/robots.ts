/** robots.txt for the built site: allow everything and point crawlers at the absolute sitemap URL. */
export function buildRobotsTxt(sitemapUrl: string): string {
  if (!/^https?:\/\/[^/]+\/.*sitemap[^/]*\.xml$/.test(sitemapUrl)) {
    throw new Error(`robots.txt: the sitemap URL must be absolute and end in .xml (got "${sitemapUrl}").`);
  }
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
