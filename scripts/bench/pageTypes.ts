/**
 * The byte guard's page types (issue #11): one representative page per kind of page the site
 * ships, and the blank Docusaurus template's page each is held against. Pure data and logic, no
 * I/O, unit-tested in tests/unit/budgets.test.ts.
 */
import {formatBytes} from './lib';

export const PAGE_TYPES = {
  landing: {path: '', template: 'landing'},
  'docs page': {path: 'guide/faq/', template: 'docs'},
  'docs page with a data widget': {path: 'guide/is-chatgpt-open-source/', template: 'docs'},
  'model explorer': {path: 'models/', template: 'docs'},
  'model page': {path: 'models/gpt-oss-120b/', template: 'docs'},
  'tool page': {path: 'calculator/', template: 'docs'},
  'search page': {path: 'search/', template: 'docs'},
} as const satisfies Record<string, {path: string; template: TemplatePage}>;

export type PageType = keyof typeof PAGE_TYPES;
export type TemplatePage = 'landing' | 'docs';
/** The blank template's pages, relative to its base URL. */
export const TEMPLATE_PATHS: Record<TemplatePage, string> = {landing: '', docs: 'docs/intro/'};

/** Gzip bytes a page loads: JS and CSS it runs before the network is idle, and what it prefetches. */
export interface LoadBytes {
  js: number;
  css: number;
  prefetch: number;
}
export type LoadKind = keyof LoadBytes;
const KINDS: LoadKind[] = ['js', 'css', 'prefetch'];

export interface PageBudgetsFile {
  note: string;
  headroom: number;
  prefetchHeadroom?: number;
  /** The blank template measured the same way, for the ratios in the report. */
  template?: {docusaurus: string; recorded: string} & Record<TemplatePage, LoadBytes>;
  /** Ceilings per page type (gzip bytes). */
  pages: Partial<Record<PageType, LoadBytes>>;
}

export interface PageMiss {
  type: string;
  kind: LoadKind;
  actual: number;
  budget: number;
}

/** Every (page type, kind) over its ceiling; a page type without a ceiling is a miss too. */
export function comparePageBudgets(
  measured: Readonly<Partial<Record<string, LoadBytes>>>,
  budgets: Readonly<Partial<Record<string, LoadBytes>>>,
): PageMiss[] {
  const misses: PageMiss[] = [];
  for (const [type, bytes] of Object.entries(measured)) {
    if (!bytes) continue;
    for (const kind of KINDS) {
      const limit = budgets[type]?.[kind];
      if (typeof limit !== 'number' || bytes[kind] > limit) {
        misses.push({
          type,
          kind,
          actual: bytes[kind],
          budget: typeof limit === 'number' ? limit : Number.NaN,
        });
      }
    }
  }
  return misses;
}

/**
 * Ceilings with headroom over the measured bytes, rounded up to whole 100 bytes. What a page runs is
 * the same on every load, so it gets `headroom`; what it prefetches while idle depends on timing
 * (which links were seen before the network went quiet: ±20 % between runs here), so it gets
 * `prefetchHeadroom`.
 */
export function recordPageBudgets(
  measured: Readonly<Partial<Record<string, LoadBytes>>>,
  headroom: number,
  prefetchHeadroom = headroom,
): Record<string, LoadBytes> {
  const up = (n: number, h: number) => Math.ceil(Math.round(n * (1 + h)) / 100) * 100;
  const out: Record<string, LoadBytes> = {};
  for (const [type, b] of Object.entries(measured)) {
    if (b)
      out[type] = {
        js: up(b.js, headroom),
        css: up(b.css, headroom),
        prefetch: up(b.prefetch, prefetchHeadroom),
      };
  }
  return out;
}

export function describePageMiss(m: PageMiss): string {
  const what = m.kind === 'prefetch' ? 'idle prefetch' : `first-load ${m.kind.toUpperCase()}`;
  if (!Number.isFinite(m.budget))
    return `${m.type}: ${what} has no recorded budget (measured ${m.actual} bytes gzip).`;
  return (
    `${m.type}: ${what} is ${m.actual} bytes gzip (${formatBytes(m.actual)}), over its budget of ` +
    `${m.budget} bytes (${formatBytes(m.budget)}) by ${m.actual - m.budget} bytes.`
  );
}

/** "1.07× the template's docs page" (JS), or '' when the template was not measured. */
export function templateRatio(
  type: PageType,
  bytes: LoadBytes,
  template: PageBudgetsFile['template'],
  kind: LoadKind = 'js',
): string {
  const ref = template?.[PAGE_TYPES[type].template]?.[kind];
  if (!ref) return '';
  return `${(bytes[kind] / ref).toFixed(2)}× the template's ${PAGE_TYPES[type].template} page`;
}
