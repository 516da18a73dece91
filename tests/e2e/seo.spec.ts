/**
 * Discoverability checks, under both base URLs (projects "root" and "subpath"):
 *  - the built HTML of every page in the sitemap (plus 404.html), parsed in Node: absolute canonical
 *    URL with a trailing slash, Open Graph and Twitter tags with absolute image URLs that exist,
 *    and every JSON-LD block (parseable, schema.org, expected types, FAQPage, BreadcrumbList);
 *  - robots.txt, llms.txt and llms-full.txt, built and served;
 *  - the 404 page: status 404, a search form that works with and without JavaScript.
 */
import sidebars from '../../sidebars';
import fs from 'node:fs';
import path from 'node:path';
import {expectNoAxeViolations} from './axe';
import {parse, type HTMLElement} from 'node-html-parser';
import type {TestInfo} from '@playwright/test';
import {test, expect} from './fixtures';
import {resolveDeployConfig} from '../../src/lib/siteConfig';

const REPO = path.join(__dirname, '..', '..');

interface Build {
  dir: string;
  /** Absolute home URL of the deployed site, e.g. https://x.github.io/some-repo/ */
  home: string;
  basePath: string;
}

function buildFor(info: TestInfo): Build {
  const basePath = new URL(String(info.project.use.baseURL)).pathname;
  const dir = path.join(REPO, basePath === '/' ? 'build' : 'build-subpath');
  const {url} = resolveDeployConfig({...process.env, BASE_URL: basePath});
  return {dir, home: `${url}${basePath}`, basePath};
}

function sitemapUrls(build: Build): string[] {
  const xml = fs.readFileSync(path.join(build.dir, 'sitemap.xml'), 'utf8');
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  expect(locs.length, 'sitemap lists pages').toBeGreaterThan(10);
  return locs;
}

/** The built file for an absolute page URL of this build. */
function fileFor(build: Build, url: string): string {
  expect(url.startsWith(build.home), `${url} is under ${build.home}`).toBe(true);
  const rel = decodeURIComponent(url.slice(build.home.length).split('#')[0]);
  return path.join(build.dir, rel, rel === '' || rel.endsWith('/') ? 'index.html' : '');
}

function meta(root: HTMLElement, key: string): string | undefined {
  const el = root.querySelector(`meta[property="${key}"]`) ?? root.querySelector(`meta[name="${key}"]`);
  return el?.getAttribute('content') ?? undefined;
}

type JsonLd = Record<string, unknown> & {'@type'?: string; '@context'?: string};

function jsonLdBlocks(root: HTMLElement, where: string): JsonLd[] {
  return root.querySelectorAll('script[type="application/ld+json"]').map((script, i) => {
    try {
      return JSON.parse(script.rawText) as JsonLd;
    } catch (error) {
      throw new Error(`${where}: JSON-LD block ${i + 1} does not parse: ${(error as Error).message}`);
    }
  });
}

const ALLOWED_TYPES = new Set(['WebSite', 'TechArticle', 'BreadcrumbList', 'FAQPage']);

/**
 * The built pages of the sitemap (plus 404.html), each read and parsed once for both checks below:
 * parsing every page of a build takes about 2 s, so the two checks are steps of one test.
 */
test(
  'every built page has canonical, Open Graph and Twitter metadata, and JSON-LD with the expected types',
  {tag: '@base-path'},
  async () => {
    const build = buildFor(test.info());
    const urls = sitemapUrls(build);
    const files = [...urls.map((u) => fileFor(build, u)), path.join(build.dir, '404.html')];
    const parsed = new Map(files.map((file) => [file, parse(fs.readFileSync(file, 'utf8'))]));
    await test.step('canonical, Open Graph and Twitter metadata', () => checkMetadata(build, urls, parsed));
    await test.step('JSON-LD blocks', () => checkJsonLd(build, files, parsed));
    await test.step('no two pages share a title', () => checkTitles(build, urls, parsed));
  },
);

/** Every page in the sitemap has its own <title> (model, family and product pages included). */
function checkTitles(build: Build, urls: string[], parsed: Map<string, HTMLElement>): void {
  const byTitle = new Map<string, string[]>();
  for (const url of urls) {
    const title = parsed.get(fileFor(build, url))!.querySelector('title')?.textContent.trim() ?? '';
    expect(title, `${url}: <title>`).not.toBe('');
    byTitle.set(title, [...(byTitle.get(title) ?? []), url]);
  }
  const shared = [...byTitle]
    .filter(([, pages]) => pages.length > 1)
    .map(([t, pages]) => `${t}: ${pages.join(', ')}`);
  expect(shared, 'titles used by more than one page').toEqual([]);
  expect(byTitle.size).toBeGreaterThan(100);
}

function checkMetadata(build: Build, urls: string[], parsed: Map<string, HTMLElement>): void {
  const cards = new Set<string>();
  for (const url of urls) {
    const file = fileFor(build, url);
    const root = parsed.get(file)!;
    const where = path.relative(REPO, file);
    const canonical = root.querySelector('link[rel="canonical"]')?.getAttribute('href');
    expect(canonical, `${where}: canonical`).toBe(url);
    expect(canonical, `${where}: canonical ends with /`).toMatch(/^https?:\/\/.+\/$/);
    expect(meta(root, 'og:url'), `${where}: og:url`).toBe(url);
    expect(meta(root, 'og:title')?.trim(), `${where}: og:title`).toBeTruthy();
    expect(meta(root, 'og:description')?.length ?? 0, `${where}: og:description`).toBeGreaterThan(30);
    expect(meta(root, 'twitter:card'), `${where}: twitter:card`).toBe('summary_large_image');
    // Each page has its own card, made by the build: a 1200×630 PNG under 100 KB (issue #27 §4).
    const image = meta(root, 'og:image');
    expect(meta(root, 'twitter:image'), `${where}: twitter:image`).toBe(image);
    expect(image!.startsWith(`${build.home}img/og/`), `${where}: og:image ${image} is its own card`).toBe(
      true,
    );
    expect(cards.has(image!), `${where}: no other page shares its card`).toBe(false);
    cards.add(image!);
    const png = fs.readFileSync(fileFor(build, image!));
    expect(png.subarray(1, 4).toString('latin1'), `${where}: card is a PNG`).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], `${where}: card size`).toEqual([1200, 630]);
    expect(png.length, `${where}: card bytes`).toBeLessThan(100 * 1024);
    // Inline scripts run only by hash: no 'unsafe-inline' in script-src (issue #27 §6).
    const policy =
      root.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    const scriptSrc =
      policy
        .split(';')
        .map((d) => d.trim())
        .find((d) => d.startsWith('script-src ')) ?? '';
    // ('wasm-unsafe-eval' lets the search engine, WebAssembly, compile: issue #26.)
    expect(scriptSrc, `${where}: script-src`).toMatch(
      /^script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+ 'wasm-unsafe-eval'$/,
    );
    // Every page links the Atom feed of changes, under this build's base path (issue #27 §1).
    const feeds = root
      .querySelectorAll('link[rel="alternate"][type="application/atom+xml"]')
      .map((l) => l.getAttribute('href'));
    expect(feeds, `${where}: the changes feed in <head>`).toContain(`${build.basePath}changes.xml`);
  }
  expect(fs.existsSync(path.join(build.dir, 'changes.xml')), 'the feed exists in the build').toBe(true);
  console.log(`Checked metadata on ${urls.length} pages under ${build.home}`);
}

function checkJsonLd(build: Build, files: string[], parsed: Map<string, HTMLElement>): void {
  let blocks = 0;
  let questions = 0;
  for (const file of files) {
    const where = path.relative(REPO, file);
    const root = parsed.get(file)!;
    const canonical = root.querySelector('link[rel="canonical"]')?.getAttribute('href');
    const data = jsonLdBlocks(root, where);
    blocks += data.length;
    for (const block of data) {
      expect(block['@context'], `${where}: @context`).toBe('https://schema.org');
      expect(ALLOWED_TYPES.has(String(block['@type'])), `${where}: unexpected @type ${block['@type']}`).toBe(
        true,
      );
    }
    const ofType = (type: string) => data.filter((b) => b['@type'] === type);
    const [website] = ofType('WebSite');
    expect(ofType('WebSite'), `${where}: one WebSite block`).toHaveLength(1);
    expect(website.url, `${where}: WebSite url`).toBe(build.home);
    const action = website.potentialAction as {target: {urlTemplate: string}};
    expect(action.target.urlTemplate).toBe(`${build.home}search/?q={search_term_string}`);

    const breadcrumbs = ofType('BreadcrumbList');
    expect(breadcrumbs.length, `${where}: at most one BreadcrumbList`).toBeLessThanOrEqual(1);
    for (const list of breadcrumbs) {
      const items = list.itemListElement as {item?: string}[];
      expect(items.length, `${where}: breadcrumb items`).toBeGreaterThan(0);
      for (const item of items) {
        expect(item.item, `${where}: breadcrumb item URL ends with /`).toMatch(/^https?:\/\/.+\/$/);
      }
    }

    const isDoc = canonical?.startsWith(`${build.home}guide/`) ?? false;
    const articles = ofType('TechArticle');
    expect(articles.length, `${where}: TechArticle blocks`).toBe(isDoc ? 1 : 0);
    if (isDoc) {
      expect(breadcrumbs, `${where}: docs pages have a BreadcrumbList`).toHaveLength(1);
      const article = articles[0];
      expect(article.url, `${where}: TechArticle url is the canonical URL`).toBe(canonical);
      expect(String(article.headline).length).toBeGreaterThan(3);
      expect(String(article.description).length).toBeGreaterThan(30);
      expect(article.dateModified, `${where}: dateModified`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(article.inLanguage).toBe('en');
      expect((article.isPartOf as {'@id': string})['@id']).toBe(`${build.home}#website`);
      expect((article.publisher as {name: string}).name).toBeTruthy();
    }

    const faqs = ofType('FAQPage');
    const isFaq = canonical === `${build.home}guide/faq/`;
    expect(faqs.length, `${where}: FAQPage blocks`).toBe(isFaq ? 1 : 0);
    if (isFaq) {
      const entries = faqs[0].mainEntity as {
        '@type': string;
        name: string;
        acceptedAnswer: {'@type': string; text: string};
      }[];
      // The generated "Sources on this page" heading (src/plugins/cite/) is not a question.
      const headings = root.querySelectorAll('.theme-doc-markdown h2[id]:not([data-page-sources])');
      expect(entries.length, 'FAQPage has a Question per h2').toBe(headings.length);
      expect(entries.length).toBeGreaterThanOrEqual(15);
      for (const entry of entries) {
        expect(entry['@type']).toBe('Question');
        expect(entry.name.trim().length, 'question text').toBeGreaterThan(5);
        expect(entry.acceptedAnswer['@type']).toBe('Answer');
        expect(entry.acceptedAnswer.text.trim().length, `answer to "${entry.name}"`).toBeGreaterThan(20);
      }
      questions = entries.length;
    }
  }
  expect(questions, 'found the FAQ page').toBeGreaterThan(0);
  console.log(`Parsed ${blocks} JSON-LD blocks on ${files.length} pages (${questions} FAQ questions)`);
}

test('robots.txt names the absolute sitemap URL', {tag: '@base-path'}, async ({request}, info) => {
  const build = buildFor(info);
  const response = await request.get('robots.txt');
  expect(response.status()).toBe(200);
  const text = await response.text();
  expect(text).toContain(`Sitemap: ${build.home}sitemap.xml`);
  expect(text).toMatch(/^User-agent: \*$/m);
  expect((await request.get('sitemap.xml')).status()).toBe(200);
});

test(
  'llms.txt lists every docs page with a working URL, in sidebar sections',
  {tag: '@base-path'},
  async ({request}, info) => {
    const build = buildFor(info);
    const response = await request.get('llms.txt');
    expect(response.status()).toBe(200);
    const text = await response.text();
    const lines = text.split('\n');
    expect(lines[0]).toBe('# Open or Closed?');
    expect(
      lines.some((l) => /^> \S/.test(l)),
      'blockquote summary',
    ).toBe(true);
    const sections = lines.filter((l) => l.startsWith('## '));
    // One section per sidebar category, in sidebar order (read from sidebars.ts, not restated here).
    const categories = (sidebars.guide as {type?: string; label?: string}[])
      .filter((item) => item.type === 'category')
      .map((item) => `## ${item.label}`);
    expect(categories.length).toBeGreaterThan(3);
    expect(sections).toEqual(categories);
    const links = [...text.matchAll(/^- \[([^\]]+)\]\((\S+)\): (.+)$/gm)];
    const docsUrls = sitemapUrls(build).filter((u) => u.includes('/guide/'));
    expect(links.map((m) => m[2]).sort()).toEqual(docsUrls.sort());
    for (const [, title, url, description] of links) {
      expect(title.trim().length).toBeGreaterThan(2);
      expect(description.trim().length).toBeGreaterThan(30);
      expect(fs.existsSync(fileFor(build, url)), `${url} is built`).toBe(true);
    }
    expect(text).not.toMatch(/<[A-Z]|\{\/\*/);
    console.log(`llms.txt lists ${links.length} pages under ${build.home}`);
  },
);

test('llms-full.txt has every page as plain Markdown', {tag: '@base-path'}, async ({request}, info) => {
  const build = buildFor(info);
  const response = await request.get('llms-full.txt');
  expect(response.status()).toBe(200);
  const text = await response.text();
  const docsUrls = sitemapUrls(build).filter((u) => u.includes('/guide/'));
  for (const url of docsUrls) expect(text, `llms-full.txt has ${url}`).toContain(`URL: ${url}\n`);
  // MDX syntax must not leak into the prose (code blocks may hold any code, e.g. Python's `import json`).
  const prose = text.replace(/^```[\s\S]*?^```$/gm, '');
  expect(prose).not.toMatch(/<Cite|<Verdict|<Myth|<KeyFigure|<SourceList|\{\/\*|^import |^:::/m);
  expect(text, 'citations became links').toMatch(/\[[^\]]+, [^\]]*\d{4}\]\(https:\/\/[^)]+\)/);
  expect(text, 'relative .mdx links became absolute').not.toMatch(/\]\([^)]*\.mdx/);
  expect(text.length).toBeGreaterThan(50_000);
});

test('the 404 page offers a search form and the sections', {tag: '@base-path'}, async ({page, watch}) => {
  watch.allowConsole(/status of 404/);
  const response = await page.goto('no-such-page-here/');
  expect(response?.status()).toBe(404);
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Page not found');
  const form = page.getByRole('search').filter({has: page.getByLabel('Search the guide')});
  await expect(form).toHaveCount(1);
  const sectionLinks = page.locator('main ul a');
  expect(await sectionLinks.count()).toBeGreaterThanOrEqual(7);
  await form.getByLabel('Search the guide').fill('open weights');
  await form.getByRole('button', {name: 'Search'}).click();
  await expect(page).toHaveURL(/\/search\/\?q=open\+weights$/);
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Search: open weights');
  await expect(page.getByRole('searchbox', {name: 'Search terms'})).toHaveValue('open weights');
});

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});
  test(
    'the 404 search form works without JavaScript',
    {tag: '@base-path'},
    async ({page, watch, baseURL}) => {
      watch.allowConsole(/status of 404/);
      const response = await page.goto('guide/no-such-page/');
      expect(response?.status()).toBe(404);
      const form = page.getByRole('search').filter({has: page.getByLabel('Search the guide')});
      await form.getByLabel('Search the guide').fill('gpt-oss license');
      await form.getByRole('button', {name: 'Search'}).click();
      await expect(page).toHaveURL(new URL('search/?q=gpt-oss+license', baseURL).href);
    },
  );
});

test('the 404 page passes axe', async ({page, watch}) => {
  watch.allowConsole(/status of 404/);
  await page.goto('no-such-page-here/');
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
  await expectNoAxeViolations(page, 'the 404 page', {allRules: true, include: 'main'});
});
