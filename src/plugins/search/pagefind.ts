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
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {models, families} from '../../data/models';
import {getLicense} from '../../data/licenses';
import {LICENSE_KINDS, MODALITIES} from '../../domain/types';
import {modelVerdicts, oneLineAnswer} from '../../domain/verdicts';
import {licenseShort} from '../../lib/badges';

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
  kind: 'Guide' | 'Model' | 'Product' | 'Family' | 'Tool' | 'Changes';
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
        verdict: [v.osaid.verdict === 'meets' ? 'Open source AI' : v.openWeights === 'no' ? 'Closed weights' : 'Open weights, not open source AI'],
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
  if (family) return {kind: 'Family', filters: {kind: ['Family'], maker: [family.maker]}, meta: {kind: 'Family'}};
  if (isDoc) return {kind: 'Guide', filters: {kind: ['Guide']}, meta: {kind: 'Guide'}};
  if (rel === 'changes/') return {kind: 'Changes', filters: {kind: ['Tool']}, meta: {kind: 'Changes'}};
  if (TOOLS.has(rel)) return {kind: 'Tool', filters: {kind: ['Tool']}, meta: {kind: 'Tool'}};
  return {kind: 'Tool', filters: {kind: ['Tool']}, meta: {kind: 'Tool'}};
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
  if (rel === 'guide/sources/' || rel === 'changes/') return 0.3;
  return facts.kind === 'Model' || facts.kind === 'Product' ? 0.5 : 1;
}

/** Text blocks whose words a page weight scales (the h1 keeps Pagefind's own weight: it is the title). */
const WEIGHTED_BLOCKS = /<(p|li|td|th|dd|dt|h[2-6]|figcaption|summary)\b(?![^>]*data-pagefind-weight)/g;

export function htmlForIndex(html: string, facts: PageFacts, isDoc: boolean, weight = 1): string {
  const root = isDoc ? /<article\b/ : /<main\b/;
  if (!root.test(html)) throw new Error(`search index: no <${isDoc ? 'article' : 'main'}> to index`);
  const tags = [
    ...Object.entries(facts.filters).flatMap(([k, values]) =>
      values.map((v) => `<span hidden data-pagefind-filter="${attr(`${k}:${v}`)}"></span>`),
    ),
    ...Object.entries(facts.meta).map(([k, v]) => `<span hidden data-pagefind-meta="${attr(`${k}:${v}`)}"></span>`),
  ].join('');
  const weighted = weight === 1 ? html : html.replace(WEIGHTED_BLOCKS, (m) => `${m} data-pagefind-weight="${weight}"`);
  return weighted
    .replace(root, (m) => `${m} data-pagefind-body`)
    .replace(/<\/body>/, `<div hidden data-pagefind-ignore="all">${tags}</div></body>`);
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
    for (const [file, html] of pages) {
      const rel = path.relative(outDir, file).split(path.sep).join('/');
      if (!rel.endsWith('index.html') || !/Content-Security-Policy/.test(html)) continue; // redirect stubs
      const relPath = rel.slice(0, -'index.html'.length);
      const isDoc = isDocPage(relPath);
      const facts = pageFacts(relPath, isDoc);
      if (!facts) continue;
      await mkdir(path.join(tmp, relPath), {recursive: true});
      await writeFile(path.join(tmp, rel), htmlForIndex(html, facts, isDoc, pageWeight(relPath, facts)));
    }
    const {stdout} = await run(process.execPath, [
      path.join(siteDir, 'scripts', 'pagefind-index.mjs'),
      tmp,
      path.join(outDir, SEARCH_BUNDLE_DIR),
      JSON.stringify({excludeSelectors: EXCLUDE_SELECTORS, forceLanguage: 'en'}),
    ]);
    const stats = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Omit<SearchIndexStats, 'ms'>;
    return {...stats, ms: Date.now() - started};
  } finally {
    await rm(tmp, {recursive: true, force: true});
  }
}
