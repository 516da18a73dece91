/**
 * Pure builders for the site's JSON-LD (schema.org) blocks. Used at build time by the seo plugin
 * (WebSite, FAQPage) and in the browser bundle by the theme wrappers (TechArticle, BreadcrumbList),
 * so this module must not import anything from Node. Every builder returns a plain object that
 * `JSON.stringify` turns into the content of a <script type="application/ld+json">.
 */

export const SCHEMA_CONTEXT = 'https://schema.org';

export interface SiteInfo {
  /** Origin without a trailing slash, e.g. https://example.github.io */
  url: string;
  /** Path with a slash at both ends, e.g. / or /some-repo/ */
  baseUrl: string;
  /** Site title, used as the WebSite name and as the publisher and author. */
  title: string;
  /** One-sentence site summary. */
  description: string;
  /** BCP 47 language tag, e.g. en */
  language: string;
}

/** Absolute URL of the site's home page, always ending in '/'. */
export function siteHome(site: Pick<SiteInfo, 'url' | 'baseUrl'>): string {
  return `${site.url.replace(/\/+$/, '')}${site.baseUrl}`;
}

/** Stable @id of the WebSite node, so per-page blocks can point at it with isPartOf. */
export function websiteId(site: Pick<SiteInfo, 'url' | 'baseUrl'>): string {
  return `${siteHome(site)}#website`;
}

/** Stable @id of the Organization node that publishes (and authors) every page. */
export function publisherId(site: Pick<SiteInfo, 'url' | 'baseUrl'>): string {
  return `${siteHome(site)}#publisher`;
}

function publisher(site: SiteInfo) {
  return {'@type': 'Organization', '@id': publisherId(site), name: site.title, url: siteHome(site)};
}

/**
 * The site-wide WebSite block with a SearchAction pointing at the local search page
 * (`<baseUrl>search/?q=…`, served by @easyops-cn/docusaurus-search-local).
 */
export function buildWebSite(site: SiteInfo) {
  return {
    '@context': SCHEMA_CONTEXT,
    '@type': 'WebSite',
    '@id': websiteId(site),
    name: site.title,
    description: site.description,
    url: siteHome(site),
    inLanguage: site.language,
    publisher: publisher(site),
    potentialAction: {
      '@type': 'SearchAction',
      target: {'@type': 'EntryPoint', urlTemplate: `${siteHome(site)}search/?q={search_term_string}`},
      'query-input': 'required name=search_term_string',
    },
  };
}

export interface ArticleInfo {
  title: string;
  description: string;
  /** Absolute canonical URL of the page (with its trailing slash). */
  url: string;
  /** Last verified/updated moment: a Date, an ISO string or a Unix time in milliseconds. */
  lastUpdated?: Date | string | number;
  /** Absolute URL of the page's social image. */
  image?: string;
  keywords?: readonly string[];
}

/** ISO 8601 date (YYYY-MM-DD) for a Date, timestamp in ms or date-like string; undefined if invalid. */
export function isoDay(value: Date | string | number | null | undefined): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
}

/** TechArticle for one docs page; publisher and author are the project itself. */
export function buildTechArticle(site: SiteInfo, page: ArticleInfo) {
  const dateModified = isoDay(page.lastUpdated);
  return {
    '@context': SCHEMA_CONTEXT,
    '@type': 'TechArticle',
    '@id': `${page.url}#article`,
    headline: page.title,
    description: page.description,
    url: page.url,
    mainEntityOfPage: page.url,
    inLanguage: site.language,
    ...(dateModified ? {dateModified} : {}),
    ...(page.image ? {image: page.image} : {}),
    ...(page.keywords && page.keywords.length > 0 ? {keywords: page.keywords.join(', ')} : {}),
    isPartOf: {'@type': 'WebSite', '@id': websiteId(site), name: site.title, url: siteHome(site)},
    publisher: publisher(site),
    author: publisher(site),
  };
}

export interface QuestionAnswer {
  question: string;
  answer: string;
}

/** FAQPage from question/answer pairs, in page order. */
export function buildFaqPage(pageUrl: string, items: readonly QuestionAnswer[]) {
  return {
    '@context': SCHEMA_CONTEXT,
    '@type': 'FAQPage',
    '@id': `${pageUrl}#faq`,
    url: pageUrl,
    mainEntity: items.map((item) => ({
      '@type': 'Question',
      name: item.question,
      acceptedAnswer: {'@type': 'Answer', text: item.answer},
    })),
  };
}

/**
 * Applies the site's trailingSlash setting to an absolute or root-relative page URL, leaving
 * file URLs (with an extension), the query and the fragment alone. `undefined` keeps the URL.
 */
export function applyTrailingSlash(url: string, trailingSlash: boolean | undefined): string {
  if (trailingSlash === undefined) return url;
  const match = /^([^?#]*)(.*)$/.exec(url);
  if (!match) return url;
  const [, path, rest] = match;
  const lastSegment = path.slice(path.lastIndexOf('/') + 1);
  if (/\.[a-z0-9]+$/i.test(lastSegment)) return url;
  if (trailingSlash) return path.endsWith('/') ? url : `${path}/${rest}`;
  if (path.endsWith('/') && !/^(https?:\/\/[^/]+)?\/$/.test(path))
    return `${path.replace(/\/+$/, '')}${rest}`;
  return url;
}

interface BreadcrumbListLike {
  itemListElement?: readonly {item?: unknown}[] | unknown;
}

/**
 * Docusaurus's BreadcrumbList with every `item` URL made to follow trailingSlash, so it matches
 * the canonical and sitemap URLs. Other fields are kept as they are.
 */
export function fixBreadcrumbList<T extends BreadcrumbListLike>(
  list: T,
  trailingSlash: boolean | undefined,
): T {
  if (!Array.isArray(list.itemListElement)) return list;
  return {
    ...list,
    itemListElement: list.itemListElement.map((entry: {item?: unknown}) =>
      typeof entry.item === 'string'
        ? {...entry, item: applyTrailingSlash(entry.item, trailingSlash)}
        : entry,
    ),
  };
}

/** Serialises JSON-LD for a <script> element; escapes "<" so the text can never close the tag. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
