/**
 * Pure helpers shared by the benchmark (scripts/bench.ts) and the byte-budget guard
 * (scripts/budgets.ts). No I/O here, so everything is unit-tested in tests/unit/bench.test.ts.
 */
// ---------------------------------------------------------------------------------------------
// Statistics

/** Median of the finite numbers in `values`; NaN when there are none. Does not mutate its input. */
export function median(values: readonly number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** ours / peer; NaN when either side is missing or the peer is 0 (a ratio to nothing means nothing). */
export function ratio(ours: number, peer: number): number {
  if (!Number.isFinite(ours) || !Number.isFinite(peer) || peer === 0) return Number.NaN;
  return ours / peer;
}

// ---------------------------------------------------------------------------------------------
// Byte sizes and labels

export type AssetKind = 'js' | 'css';
export type Encoding = 'raw' | 'gzip';

export interface ByteSizes {
  raw: number;
  gzip: number;
}

/** Measured first-load bytes of one page: {js: {raw, gzip}, css: {raw, gzip}}. */
export type PageBytes = Record<AssetKind, ByteSizes>;

/** A --pages argument as a sitemap path: "/", "guide/x", "/guide/x/" → "", "guide/x/", "guide/x/". */
export function normalizePageArg(p: string): string {
  const trimmed = p.trim().replace(/^\/+/, '');
  if (trimmed === '') return '';
  return trimmed.endsWith('/') || /\.[a-z]+$/i.test(trimmed) ? trimmed : `${trimmed}/`;
}

export function pageLabel(page: string): string {
  return page === '' ? 'landing page (/)' : `/${page}`;
}

export function formatBytes(n: number): string {
  if (!Number.isFinite(n)) return '—';
  return n >= 1024 ? `${(n / 1024).toFixed(1)} KB` : `${n} B`;
}

// ---------------------------------------------------------------------------------------------
// Benchmark results and the --check budgets from issue #7

/** The Lighthouse figures kept per run, and (as medians) per page. Scores are 0-100. */
export interface LighthouseMetrics {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  transferBytes: number;
}

export interface PageResult extends LighthouseMetrics {
  site: 'ours' | 'peer';
  /** Path relative to the site's base URL ("" = landing page). */
  page: string;
  url: string;
  /** Number of Lighthouse runs; the metrics are their medians. */
  runs: number;
  /** First-load JS/CSS from a real browser load (scripts and stylesheets until network idle). */
  firstLoad: PageBytes;
  /** Failing audits (score < 1) in accessibility, best-practices and SEO, by id, from any run. */
  failingAudits: string[];
  /** For each failing audit, a few offending HTML snippets or URLs (diagnosis only). */
  auditDetails?: Record<string, string[]>;
  /** Every script/stylesheet of the browser load, largest first (diagnosis only). */
  firstLoadFiles?: LoadedFile[];
}

export interface LoadedFile {
  url: string;
  kind: AssetKind;
  raw: number;
  gzip: number;
}

/** Tolerance for "LCP no worse than the peer": the machine is shared and noisy, so 5 % is allowed. */
export const LCP_TOLERANCE = 0.05;
/** CLS must stay strictly below this on every page. */
export const CLS_LIMIT = 0.02;

export interface CheckInput {
  ours: PageResult[];
  peerLanding: PageResult;
  peerDocs: PageResult;
  /** Our docs page compared with the peer's docs page for first-load JS. */
  oursDocsPage: string;
}

/**
 * The peer page a page of ours is held against: the landing page against the peer's landing
 * page, every other page against the peer's docs page (both are documentation pages).
 */
export function peerFor(page: string, peerLanding: PageResult, peerDocs: PageResult): PageResult {
  return page === '' ? peerLanding : peerDocs;
}

/** Every budget miss, as a sentence with both numbers. Empty means `--check` passes. */
export function checkBenchBudgets({ours, peerLanding, peerDocs, oursDocsPage}: CheckInput): string[] {
  const misses: string[] = [];
  if (ours.length === 0) misses.push('No pages of our site were measured.');
  for (const r of ours) {
    const where = pageLabel(r.page);
    const peer = peerFor(r.page, peerLanding, peerDocs);
    if (!(r.performance >= peer.performance)) {
      misses.push(
        `${where}: performance ${r.performance} < peer ${pageLabel(peer.page)} median ${peer.performance}.`,
      );
    }
    for (const [name, score] of [
      ['accessibility', r.accessibility],
      ['best practices', r.bestPractices],
      ['SEO', r.seo],
    ] as const) {
      if (!(score === 100)) {
        const audits = r.failingAudits.length ? ` (failing: ${r.failingAudits.join(', ')})` : '';
        misses.push(`${where}: ${name} ${score}, must be 100${audits}.`);
      }
    }
    if (!(r.cls < CLS_LIMIT)) misses.push(`${where}: CLS ${r.cls.toFixed(3)}, must be < ${CLS_LIMIT}.`);
  }
  const docs = ours.find((r) => r.page === oursDocsPage);
  if (docs) {
    if (!(docs.firstLoad.js.gzip <= peerDocs.firstLoad.js.gzip)) {
      misses.push(
        `${pageLabel(docs.page)}: first-load JS ${docs.firstLoad.js.gzip} bytes gzip > ` +
          `peer docs page ${pageLabel(peerDocs.page)} ${peerDocs.firstLoad.js.gzip} bytes gzip.`,
      );
    }
  } else {
    misses.push(`Docs page ${pageLabel(oursDocsPage)} was not measured; its JS budget was not checked.`);
  }
  const landing = ours.find((r) => r.page === '');
  if (landing) {
    const limit = peerLanding.lcpMs * (1 + LCP_TOLERANCE);
    if (!(landing.lcpMs <= limit)) {
      misses.push(
        `landing page (/): LCP ${Math.round(landing.lcpMs)} ms > peer landing LCP ` +
          `${Math.round(peerLanding.lcpMs)} ms + ${LCP_TOLERANCE * 100}% (${Math.round(limit)} ms).`,
      );
    }
  } else {
    misses.push('The landing page was not measured; its LCP budget was not checked.');
  }
  return misses;
}

// ---------------------------------------------------------------------------------------------
// Table

function pad(cells: string[], widths: number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
}

const fmt = {
  score: (n: number) => (Number.isFinite(n) ? String(Math.round(n)) : '—'),
  ms: (n: number) => (Number.isFinite(n) ? `${Math.round(n)}` : '—'),
  cls: (n: number) => (Number.isFinite(n) ? n.toFixed(3) : '—'),
  kb: (n: number) => (Number.isFinite(n) ? (n / 1024).toFixed(1) : '—'),
  ratio: (n: number) => (Number.isFinite(n) ? n.toFixed(2) : '—'),
};

/** A plain-text table of every result, then ratios of ours to the peer (docs pages to peer docs). */
export function formatTable(results: PageResult[], peerLanding?: PageResult, peerDocs?: PageResult): string {
  const head = [
    'page',
    'perf',
    'a11y',
    'bp',
    'seo',
    'LCP ms',
    'TBT ms',
    'CLS',
    'xfer KB',
    'JS KB',
    'JS gz KB',
    'CSS KB',
    'CSS gz KB',
  ];
  const rows = results.map((r) => [
    `${r.site === 'peer' ? 'peer ' : ''}${r.page === '' ? '/' : `/${r.page}`}`,
    fmt.score(r.performance),
    fmt.score(r.accessibility),
    fmt.score(r.bestPractices),
    fmt.score(r.seo),
    fmt.ms(r.lcpMs),
    fmt.ms(r.tbtMs),
    fmt.cls(r.cls),
    fmt.kb(r.transferBytes),
    fmt.kb(r.firstLoad.js.raw),
    fmt.kb(r.firstLoad.js.gzip),
    fmt.kb(r.firstLoad.css.raw),
    fmt.kb(r.firstLoad.css.gzip),
  ]);
  const lines: string[] = [];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  lines.push(pad(head, widths), widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) lines.push(pad(row, widths));
  if (peerLanding && peerDocs) {
    const rHead = ['ours / peer', 'perf', 'LCP', 'TBT', 'JS gz'];
    const rRows = results
      .filter((r) => r.site === 'ours')
      .map((r) => {
        const peer = peerFor(r.page, peerLanding, peerDocs);
        return [
          `${r.page === '' ? '/' : `/${r.page}`} vs peer ${peer.page === '' ? '/' : `/${peer.page}`}`,
          fmt.ratio(ratio(r.performance, peer.performance)),
          fmt.ratio(ratio(r.lcpMs, peer.lcpMs)),
          fmt.ratio(ratio(r.tbtMs, peer.tbtMs)),
          fmt.ratio(ratio(r.firstLoad.js.gzip, peer.firstLoad.js.gzip)),
        ];
      });
    const rWidths = rHead.map((h, i) => Math.max(h.length, ...rRows.map((row) => row[i].length)));
    lines.push('', pad(rHead, rWidths), rWidths.map((w) => '-'.repeat(w)).join('  '));
    for (const row of rRows) lines.push(pad(row, rWidths));
  }
  return lines.join('\n');
}
