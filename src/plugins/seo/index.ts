/**
 * Local plugin: discoverability files and structured data that need the whole site.
 *  - every page: a site-wide WebSite JSON-LD block with a SearchAction (injectHtmlTags);
 *  - postBuild: robots.txt with the absolute sitemap URL (honours url + baseUrl);
 *  - postBuild: llms.txt and llms-full.txt from the docs sources, in sidebar order;
 *  - postBuild: FAQPage JSON-LD inserted into the built FAQ page, from its rendered HTML.
 *  - postBuild, last: the SHA-256 hashes of every inline script in place of script-src 'unsafe-inline' (./csp.ts).
 * Per-page TechArticle and the BreadcrumbList fix live in src/theme/ (see src/theme/README.md).
 */
import {hashInlineScripts} from './csp';
import {DEFAULT_CARD, DEFAULT_CARD_FILE, cachedCard, cardFile, withCardUrl} from './cards';
import {cardSpecFor} from './cardSpecs';
import {writeSearchIndex} from '../search/pagefind';
import {citeDatasetMarkdown} from '../../lib/citation';
import {datasetVersion} from '../dataset/export';
import {timelineData, timelineMarkdown} from '../../lib/timelineData';
import {models} from '../../data/models';
import {getLicense} from '../../data/licenses';
import {modelComponentMarkdown} from './modelMarkdown';
import fs from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {LoadedContent, DocMetadata} from '@docusaurus/plugin-content-docs';
import {getSource, sources} from '../../data/sources';
import {formatSourceDate} from '../../domain/dates';
import {
  applyTrailingSlash,
  buildWebSite,
  serializeJsonLd,
  siteHome,
  isoDay,
  type SiteInfo,
} from '../../lib/jsonld';
import {addFaqJsonLd} from './faq';
import {buildLlmsFullTxt, buildLlmsTxt, mdxToMarkdown, stripFrontMatter, type LlmsSection} from './llms';
import {buildRobotsTxt} from './robots';

export interface SeoPluginOptions {
  /** Docs plugin sidebar whose categories become the llms.txt sections. */
  sidebarId?: string;
  /** Doc id of the FAQ page that gets FAQPage JSON-LD. */
  faqDocId?: string;
}

interface SidebarItemLike {
  type: string;
  id?: string;
  label?: string;
  items?: SidebarItemLike[];
}

export function siteInfo(context: LoadContext): SiteInfo {
  const {siteConfig, i18n} = context;
  return {
    url: siteConfig.url,
    baseUrl: siteConfig.baseUrl,
    title: siteConfig.title,
    description: siteConfig.tagline,
    language: i18n.currentLocale,
  };
}

function citeMarkdown(id: string): string {
  const source = getSource(id);
  if (!source) throw new Error(`llms-full.txt: <Cite id="${id}" /> names no source in src/data/sources/.`);
  const date = formatSourceDate(source);
  return `[${source.publisher}${date ? `, ${date}` : ''}](${source.url})`;
}

function sourceListMarkdown(): string {
  return [...sources]
    .sort((a, b) => a.publisher.localeCompare(b.publisher) || a.title.localeCompare(b.title))
    .map((s) => {
      const date = formatSourceDate(s);
      return `- ${s.publisher}: [${s.title}](${s.url})${date ? ` (${date})` : ''}, ${s.kind} source`;
    })
    .join('\n');
}

/** Options are optional; the defaults fit this site. */
export default function seoPlugin(context: LoadContext, rawOptions?: unknown): Plugin {
  const options = (rawOptions ?? {}) as SeoPluginOptions;
  const sidebarId = options.sidebarId ?? 'guide';
  const faqDocId = options.faqDocId ?? 'reference/faq';
  const site = siteInfo(context);
  const home = siteHome(site);
  let docs: DocMetadata[] = [];
  let sidebar: SidebarItemLike[] = [];

  /** Absolute URL for a doc permalink: permalinks include baseUrl but not the trailing slash. */
  const absolute = (permalink: string) =>
    applyTrailingSlash(`${site.url}${permalink}`, context.siteConfig.trailingSlash);

  /** Sidebar categories with their docs, in order; docs outside categories go under "Guide". */
  function sections(): {title: string; docs: DocMetadata[]}[] {
    const byId = new Map(docs.map((d) => [d.id, d]));
    const out: {title: string; docs: DocMetadata[]}[] = [];
    const collect = (items: SidebarItemLike[] | undefined): DocMetadata[] =>
      (items ?? []).flatMap((item) => {
        if (item.type === 'doc' && item.id && byId.has(item.id)) return [byId.get(item.id)!];
        return item.type === 'category' ? collect(item.items) : [];
      });
    for (const item of sidebar) {
      if (item.type === 'category') out.push({title: item.label ?? 'Guide', docs: collect(item.items)});
      else out.push({title: 'Guide', docs: collect([item])});
    }
    return out.filter((s) => s.docs.length > 0);
  }

  async function pageMarkdown(doc: DocMetadata): Promise<string> {
    const file = path.join(context.siteDir, doc.source.replace(/^@site\//, ''));
    const raw = await fs.readFile(file, 'utf8');
    const docDir = path.posix.dirname(doc.source);
    const bySource = new Map(docs.map((d) => [d.source, d]));
    return mdxToMarkdown(stripFrontMatter(raw), {
      cite: citeMarkdown,
      component: (name) =>
        name === 'SourceList'
          ? sourceListMarkdown()
          : name === 'CiteDataset'
            ? citeDatasetMarkdown(
                `${context.siteConfig.url}${context.baseUrl}`,
                datasetVersion(context.siteDir),
              )
            : name === 'OpennessTimeline'
              ? timelineMarkdown(
                  timelineData(models, getLicense),
                  (id) => `${context.siteConfig.url}${context.baseUrl}models/${id}/`,
                )
              : undefined,
      modelComponent: (tag) =>
        modelComponentMarkdown(
          tag,
          models,
          getLicense,
          (id) => `${context.siteConfig.url}${context.baseUrl}models/${id}/`,
        ),
      tool: (name) =>
        name === 'CostCalculator'
          ? `The interactive cost calculator is at ${context.siteConfig.url}${context.baseUrl}calculator/.`
          : name === 'Chooser'
            ? `The interactive "which should I use?" guide is at ${context.siteConfig.url}${context.baseUrl}chooser/.`
            : undefined,
      link: (href) => {
        // Site-absolute links (/calculator/) point at pages outside the docs.
        if (href.startsWith('/')) return `${context.siteConfig.url}${context.baseUrl}${href.slice(1)}`;
        const [target, hash] = href.split('#') as [string, string | undefined];
        const fragment = hash ? `#${hash}` : '';
        if (target === '') return `${absolute(doc.permalink)}${fragment}`;
        const linked = bySource.get(path.posix.normalize(path.posix.join(docDir, target)));
        if (!linked) {
          throw new Error(`llms-full.txt: ${doc.source} links to "${href}", which is not a docs page.`);
        }
        return `${absolute(linked.permalink)}${fragment}`;
      },
    });
  }

  return {
    name: 'site-seo',

    async allContentLoaded({allContent}) {
      const docsContent = allContent['docusaurus-plugin-content-docs']?.default as LoadedContent | undefined;
      const version = docsContent?.loadedVersions[0];
      if (!version) throw new Error('site-seo plugin: the docs plugin loaded no content.');
      docs = version.docs;
      sidebar = (version.sidebars[sidebarId] ?? []) as SidebarItemLike[];
      if (sidebar.length === 0) {
        throw new Error(`site-seo plugin: no sidebar "${sidebarId}" (set the sidebarId option).`);
      }
    },

    injectHtmlTags() {
      return {
        headTags: [
          {
            tagName: 'script',
            attributes: {type: 'application/ld+json'},
            innerHTML: serializeJsonLd(buildWebSite(site)),
          },
        ],
      };
    },

    async postBuild({outDir}) {
      await fs.writeFile(path.join(outDir, 'robots.txt'), buildRobotsTxt(`${home}sitemap.xml`));

      const llmsSections: LlmsSection[] = await Promise.all(
        sections().map(async (section) => ({
          title: section.title,
          pages: await Promise.all(
            section.docs.map(async (doc) => ({
              title: doc.title,
              description: doc.description,
              url: absolute(doc.permalink),
              lastUpdated: isoDay(doc.lastUpdatedAt),
              markdown: await pageMarkdown(doc),
            })),
          ),
        })),
      );
      const llmsSite = {title: site.title, summary: site.description, home};
      await fs.writeFile(path.join(outDir, 'llms.txt'), buildLlmsTxt(llmsSite, llmsSections));
      await fs.writeFile(path.join(outDir, 'llms-full.txt'), buildLlmsFullTxt(llmsSite, llmsSections));

      const faq = docs.find((d) => d.id === faqDocId);
      if (!faq) throw new Error(`site-seo plugin: no doc with id "${faqDocId}" for the FAQPage JSON-LD.`);
      const faqFile = path.join(outDir, faq.permalink.slice(site.baseUrl.length), 'index.html');
      const {html} = addFaqJsonLd(await fs.readFile(faqFile, 'utf8'), absolute(faq.permalink), faqFile);
      await fs.writeFile(faqFile, html);

      const files = (await fs.readdir(outDir, {recursive: true}))
        .filter((f) => f.endsWith('.html'))
        .map((f) => path.join(outDir, f));
      const original = new Map(
        await Promise.all(files.map(async (f) => [f, await fs.readFile(f, 'utf8')] as const)),
      );
      const pages = new Map(original);

      // A social card per page (img/og/<path>.png) with its og:image and twitter:image pointing at it.
      const started = Date.now();
      const cacheDir = path.join(context.siteDir, 'node_modules', '.cache', 'social-cards');
      let rendered = 0;
      // The default card (themeConfig.image), for any page without its own (the 404 page).
      await fs.mkdir(path.join(outDir, 'img', 'og'), {recursive: true});
      await fs.writeFile(
        path.join(outDir, DEFAULT_CARD_FILE),
        (await cachedCard(DEFAULT_CARD, cacheDir)).png,
      );
      const docSection = new Map(
        sections().flatMap((sec) => sec.docs.map((d) => [d.permalink, sec.title] as const)),
      );
      const docIdOf = new Map(docs.map((d) => [d.permalink, d.id] as const));
      for (const [file, html] of pages) {
        const rel = path.relative(outDir, file).split(path.sep).join('/');
        // Only pages with a URL of their own (not 404.html) that carry an image tag (not redirect stubs).
        if (!rel.endsWith('index.html') || !/property=["']?og:image/.test(html)) continue;
        const relPath = rel.slice(0, -'index.html'.length);
        const spec = cardSpecFor(relPath, html, {
          docSection,
          docIdOf,
          baseUrl: site.baseUrl,
          siteTitle: site.title,
        });
        const {png, cached} = await cachedCard(spec, cacheDir);
        if (!cached) rendered += 1;
        const out = cardFile(relPath);
        await fs.writeFile(path.join(outDir, out), png);
        pages.set(file, withCardUrl(html, `${home}${out}`, rel));
      }
      console.log(
        `[site-seo] social cards for ${pages.size} pages: ${rendered} drawn, the rest from the cache, in ${Date.now() - started} ms`,
      );

      // Last, once no other step edits the pages: hashes in place of script-src 'unsafe-inline'.
      const hashed = hashInlineScripts(pages);
      await Promise.all(
        [...hashed.pages]
          .filter(([f, html]) => html !== original.get(f))
          .map(([f, html]) => fs.writeFile(f, html)),
      );

      // The search index, from the final pages (src/plugins/search/pagefind.ts).
      const isDocPage = (rel: string) => {
        const permalink = `${site.baseUrl}${rel}`;
        return docIdOf.has(permalink) || docIdOf.has(permalink.replace(/\/$/, ''));
      };
      const search = await writeSearchIndex(outDir, hashed.pages, isDocPage, context.siteDir);
      console.log(
        `[site-seo] search index: ${search.pages} pages, ${search.files} files, ${(search.bytes / 1024).toFixed(0)} KB, in ${search.ms} ms`,
      );
    },
  };
}
