/**
 * The search index (issue #26): Pagefind indexes the built pages after the build, in memory, and
 * writes a chunked index to <outDir>/pagefind/ that the browser fetches piece by piece per query
 * (src/lib/search.ts). Called last by the site-seo plugin's postBuild, once every page is final.
 *
 * What is indexed: each page's own content (the doc <article>, or <main> elsewhere), without
 * navigation, breadcrumbs, tables of contents, evidence boilerplate ([data-search-ignore]) or the
 * search page itself. Filters and metadata come from what the build already knows (the record
 * behind a model page, the doc behind a guide page) and are given to Pagefind as attributes in the
 * HTML it reads; the HTML served is not changed.
 */
import {execFile} from 'node:child_process';
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {families, makerList, models} from '../../data/models';
import {getLicense} from '../../data/licenses';
import {getDocument} from '../../data/terms';
import {LICENSE_KINDS, MODALITIES} from '../../domain/types';
import {modelVerdicts, oneLineAnswer} from '../../domain/verdicts';
import {licenseShort} from '../../lib/badges';
import {SHORTCUTS_FILE, type SearchShortcut} from '../../lib/search';

const run = promisify(execFile);

/** Where the index is written, under the build directory (and fetched from, under the base URL). */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/** Parts of a page that are not its content. */
export const EXCLUDE_SELECTORS = [
  '[data-search-ignore]',
  'nav',
  '.theme-doc-breadcrumbs',
  '.theme-doc-toc-mobile',
  '.theme-doc-footer',
  '.pagination-nav',
  '.hash-link',
  '[data-search-fallback]',
  'button',
  'script',
  'style',
];

export interface PageFacts {
  kind: 'Guide' | 'Model' | 'Product' | 'Family' | 'License' | 'Tool' | 'Changes';
  /** Filters: name → values. */
  filters: Record<string, string[]>;
  /** Metadata shown with a result. */
  meta: Record<string, string>;
}

const TOOLS = new Set(['', 'models/', 'calculator/', 'chooser/']);

/** What the build knows about the page at `rel` (its path under the base URL). */
export function pageFacts(rel: string, isDoc: boolean): PageFacts | undefined {
  if (rel === 'search/') return undefined;
  const id = /^models\/([a-z0-9-]+)\/$/.exec(rel)?.[1];
  const model = id ? models.find((m) => m.id === id) : undefined;
  if (model) {
    const license = getLicense(model.license)!;
    const v = modelVerdicts(model, license);
    const kind = model.kind === 'product' ? 'Product' : 'Model';
    return {
      kind,
      filters: {
        kind: [kind],
        makes: model.outputs.map((o) => MODALITIES[o].label),
        verdict: [
          v.osaid.verdict === 'meets'
            ? 'Open source AI'
            : v.openWeights === 'no'
              ? 'Closed weights'
              : 'Open weights, not open source AI',
        ],
        license: [LICENSE_KINDS[license.kind].label],
        maker: [model.organization],
      },
      meta: {
        kind,
        answer: oneLineAnswer(model, license, v),
        weights: v.openWeights,
        osaid: v.osaid.verdict,
        license: licenseShort(license),
      },
    };
  }
  const family = id ? families.find((f) => f.id === id) : undefined;
  if (family)
    return {kind: 'Family', filters: {kind: ['Family'], maker: [family.maker]}, meta: {kind: 'Family'}};
  if (isDoc) return {kind: 'Guide', filters: {kind: ['Guide']}, meta: {kind: 'Guide'}};
  // The license section: the matrix and a page per license, terms of service or policy.
  const doc = /^licenses\/([^/]+)\/$/.exec(rel)?.[1];
  const terms = doc ? getDocument(doc) : undefined;
  if (rel.startsWith('licenses/'))
    return {
      kind: 'License',
      filters: {kind: ['License'], ...(terms?.provider ? {maker: [makerName(terms.provider)]} : {})},
      meta: {kind: 'License'},
    };
  if (rel === 'changes/') return {kind: 'Changes', filters: {kind: ['Tool']}, meta: {kind: 'Changes'}};
  if (TOOLS.has(rel)) return {kind: 'Tool', filters: {kind: ['Tool']}, meta: {kind: 'Tool'}};
  return {kind: 'Tool', filters: {kind: ['Tool']}, meta: {kind: 'Tool'}};
}

function makerName(id: string): string {
  return makerList.find((m) => m.id === id)?.name ?? id;
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The HTML Pagefind reads: the page's content root marked `data-pagefind-body`, and one hidden
 * element per filter value and metadata key (inline values run to the end of the attribute).
 */
/**
 * How much a page's words count, by kind: the guide's sections answer questions in prose and should
 * sit beside the model pages that match a name in their title; lists of everything (sources,
 * changes) match every name and should not crowd them out.
 */
export function pageWeight(rel: string, facts: PageFacts): number {
  if (rel === 'changes/') return 0.3;
  return facts.kind === 'Model' || facts.kind === 'Product' || facts.kind === 'Family' ? 0.5 : 1;
}

/**
 * The title weight of a model, product or family page: below a guide section's (Pagefind gives an
 * h1 7), so "is chatgpt open source" opens the guide's answer first and the product page next,
 * while a query naming one model still finds its page among the first two.
 */
export const CATALOG_TITLE_WEIGHT = 5;

/** Text blocks whose words a page weight scales (the h1 keeps Pagefind's own weight: it is the title). */
const WEIGHTED_BLOCKS = /<(p|li|td|th|dd|dt|h[2-6]|figcaption|summary)\b(?![^>]*data-pagefind-weight)/g;

function hiddenTags(facts: PageFacts, extraMeta: Record<string, string> = {}): string {
  return [
    ...Object.entries(facts.filters).flatMap(([k, values]) =>
      values.map((v) => `<span data-pagefind-filter="${attr(`${k}:${v}`)}"></span>`),
    ),
    ...Object.entries({...facts.meta, ...extraMeta}).map(
      ([k, v]) => `<span data-pagefind-meta="${attr(`${k}:${v}`)}"></span>`,
    ),
  ].join('');
}

export function metaKeywords(html: string): string {
  return metaContent(html, 'keywords');
}

function metaContent(html: string, name: string): string {
  const tag = new RegExp(`<meta\\b[^>]*\\bname="?${name}"?[^>]*>`, 'i').exec(html)?.[0] ?? '';
  return textOf(/\bcontent=(?:"([^"]*)"|'([^']*)')/i.exec(tag)?.slice(1).find(Boolean) ?? '');
}

/** A whole page as Pagefind should read it: its content root marked, its filters and metadata added. */
export function htmlForIndex(html: string, facts: PageFacts, isDoc: boolean, weight = 1): string {
  const root = isDoc ? /<article\b/ : /<main\b/;
  if (!root.test(html)) throw new Error(`search index: no <${isDoc ? 'article' : 'main'}> to index`);
  const weighted =
    weight === 1 ? html : html.replace(WEIGHTED_BLOCKS, (m) => `${m} data-pagefind-weight="${weight}"`);
  // A tool page says what it is in its keywords ("chooser", "cost calculator"), more than in its text.
  const keywords = facts.kind === 'Tool' ? metaKeywords(html) : '';
  // (weight 5: a tool's name and purpose are what a reader types to find it)
  return weighted
    .replace(root, (m) => `${m} data-pagefind-body`)
    .replace(
      isDoc ? /(<article\b[^>]*>)/ : /(<main\b[^>]*>)/,
      (m) =>
        // Filters and metadata go inside the indexed root: Pagefind reads none inside an
        // ignored element. They are empty elements, so they add no words.
        `${m}${hiddenTags(facts, keywords ? {keywords} : {})}${keywords ? `<p data-pagefind-weight="5">${attr(keywords)}</p>` : ''}`,
    );
}

/**
 * The HTML without the elements marked data-search-ignore, each cut from its opening tag to the
 * closing tag that balances it (the built HTML is minified and omits optional end tags, which an
 * HTML parser would close too early here; the marked elements are divs and lists, which always
 * have their end tags).
 */
export function withoutIgnored(html: string): string {
  let out = html;
  for (;;) {
    const open = /<([a-z][a-z0-9]*)\b[^>]*\sdata-search-ignore\b[^>]*>/i.exec(out);
    if (!open) return out;
    const tag = open[1].toLowerCase();
    const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
    re.lastIndex = open.index + open[0].length;
    let depth = 1;
    let end = -1;
    for (let m = re.exec(out); m; m = re.exec(out)) {
      depth += m[1] ? -1 : 1;
      if (depth === 0) {
        end = m.index + m[0].length;
        break;
      }
    }
    if (end < 0) throw new Error(`search index: no end tag for <${tag} data-search-ignore>`);
    out = out.slice(0, open.index) + out.slice(end);
  }
}

export interface IndexRecord {
  /** Under the base URL, with #anchor for a section. */
  url: string;
  html: string;
}

const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/[\u200b]/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * A guide page as one record per section: its introduction (up to the first h2) under the page's
 * own URL, and each h2 section under `#anchor`, titled by its heading, with the page title as
 * `page` metadata. A section is what answers a question ("llama license" → "The Llama family and
 * its licenses"); as one long record, a guide page loses to every short model page that names Llama.
 */
export function guideRecords(rel: string, html: string, facts: PageFacts): IndexRecord[] {
  const start = html.search(/<div class="?theme-doc-markdown markdown"?>/);
  if (start < 0) return [{url: `/${rel}`, html: htmlForIndex(html, facts, true)}];
  const afterOpen = html.indexOf('>', start) + 1;
  const endCandidates = ['<footer', '</article>'].map((t) => html.indexOf(t, afterOpen)).filter((i) => i > 0);
  // Parts marked data-search-ignore go before the page is cut at its h2s: a cut through such a
  // part would leave its later sections without the marker.
  const body = withoutIgnored(html.slice(afterOpen, Math.min(...endCandidates)));
  const pageTitle = textOf(/<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? rel);
  const h2 = /<h2\b[^>]*\bid="?([^"\s>]+)"?[^>]*>([\s\S]*?)<\/h2>/g;
  const cuts: {id: string; title: string; from: number; to: number}[] = [];
  for (let m = h2.exec(body); m; m = h2.exec(body)) {
    cuts.push({id: m[1], title: textOf(m[2]), from: m.index, to: m.index + m[0].length});
  }
  const wrap = (title: string, content: string, meta: Record<string, string>) =>
    `<!doctype html><html lang="en"><head><title>${attr(title)}</title></head><body>` +
    `<main data-pagefind-body>${hiddenTags(facts, meta)}<h1>${attr(title)}</h1>${content}</main></body></html>`;
  const intro = body
    .slice(0, cuts[0]?.from ?? body.length)
    .replace(/<h1\b[\s\S]*?<\/h1>/, '')
    .replace(/<header>\s*<\/header>/, '');
  const records: IndexRecord[] = [{url: `/${rel}`, html: wrap(pageTitle, intro, {title: pageTitle})}];
  cuts.forEach((c, i) => {
    const content = body.slice(c.to, cuts[i + 1]?.from ?? body.length);
    records.push({url: `/${rel}#${c.id}`, html: wrap(c.title, content, {title: c.title, page: pageTitle})});
  });
  return records;
}

export interface SearchIndexStats {
  pages: number;
  files: number;
  bytes: number;
  ms: number;
}

/**
 * Indexes the given built pages (absolute file path → final HTML) and writes the bundle: the pages
 * as Pagefind should read them go to a temporary directory, and scripts/pagefind-index.mjs indexes
 * it in a child process.
 */
export async function writeSearchIndex(
  outDir: string,
  pages: ReadonlyMap<string, string>,
  isDocPage: (rel: string) => boolean,
  siteDir: string,
): Promise<SearchIndexStats> {
  const started = Date.now();
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'site-search-'));
  try {
    const manifest: {url: string; file: string}[] = [];
    const shortcuts: SearchShortcut[] = [];
    for (const [file, html] of pages) {
      const rel = path.relative(outDir, file).split(path.sep).join('/');
      if (!rel.endsWith('index.html') || !/Content-Security-Policy/.test(html)) continue; // redirect stubs
      const relPath = rel.slice(0, -'index.html'.length);
      const isDoc = isDocPage(relPath);
      const facts = pageFacts(relPath, isDoc);
      if (!facts) continue;
      if (facts.kind === 'Tool' && metaKeywords(html)) {
        shortcuts.push({
          url: `/${relPath}`,
          title: textOf(/<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? relPath),
          keywords: metaKeywords(html),
          description: metaContent(html, 'description'),
        });
      }
      const records = isDoc
        ? guideRecords(relPath, html, facts)
        : [{url: `/${relPath}`, html: htmlForIndex(html, facts, false, pageWeight(relPath, facts))}];
      for (const r of records) {
        const name = path.join(tmp, `${manifest.length}.html`);
        await writeFile(name, r.html);
        manifest.push({url: r.url, file: name});
      }
    }
    const manifestFile = path.join(tmp, 'manifest.json');
    await writeFile(manifestFile, JSON.stringify(manifest));
    const {stdout} = await run(process.execPath, [
      path.join(siteDir, 'scripts', 'pagefind-index.mjs'),
      manifestFile,
      path.join(outDir, SEARCH_BUNDLE_DIR),
      JSON.stringify({excludeSelectors: EXCLUDE_SELECTORS, forceLanguage: 'en'}),
    ]);
    const stats = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Omit<SearchIndexStats, 'ms'>;
    await writeFile(path.join(outDir, SEARCH_BUNDLE_DIR, SHORTCUTS_FILE), JSON.stringify(shortcuts));
    return {...stats, ms: Date.now() - started};
  } finally {
    await rm(tmp, {recursive: true, force: true});
  }
}
