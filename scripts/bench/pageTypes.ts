/**
 * The byte guard's page types (issue #11): one representative page per kind of page the site
 * ships, and the blank Docusaurus template's page each is held against. Pure data and logic, no
 * I/O, unit-tested in tests/unit/budgets.test.ts.
 */
import {formatBytes} from './lib';

/**
 * `jsTarget`: the issue #11 goal for the page's JS as a multiple of the template page's (a plain
 * docs page at most 1.0×, a page with a data widget 1.05×, the landing page at most the template's).
 * Reported on every run; `npm run test:budgets` fails on the ceilings below and on idle prefetch
 * over PREFETCH_RATIO_LIMIT × the template's, and lists the JS targets not yet met.
 */
export const PAGE_TYPES = {
  landing: {path: '', template: 'landing', jsTarget: 1.0},
  'docs page': {path: 'guide/faq/', template: 'docs', jsTarget: 1.0},
  'docs page with a data widget': {path: 'guide/is-chatgpt-open-source/', template: 'docs', jsTarget: 1.05},
  'model explorer': {path: 'models/', template: 'docs', jsTarget: 1.05},
  'model page': {path: 'models/gpt-oss-120b/', template: 'docs', jsTarget: 1.05},
  'tool page': {path: 'calculator/', template: 'docs', jsTarget: 1.05},
  'search page': {path: 'search/', template: 'docs', jsTarget: 1.05},
} as const satisfies Record<string, {path: string; template: TemplatePage; jsTarget: number}>;

/** Idle prefetch may be at most this multiple of the template page's (issue #11). */
export const PREFETCH_RATIO_LIMIT = 2;

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

/** A page type whose JS or idle prefetch is over its ratio to the template page. */
export interface RatioMiss {
  type: PageType;
  kind: 'js' | 'prefetch';
  ratio: number;
  limit: number;
}

/** JS ratios over `jsTarget` and idle prefetch over PREFETCH_RATIO_LIMIT, per measured page type. */
export function compareTemplateRatios(
  measured: Readonly<Partial<Record<PageType, LoadBytes>>>,
  template: PageBudgetsFile['template'],
): RatioMiss[] {
  if (!template) return [];
  const misses: RatioMiss[] = [];
  for (const [type, bytes] of Object.entries(measured) as [PageType, LoadBytes | undefined][]) {
    if (!bytes) continue;
    const ref = template[PAGE_TYPES[type].template];
    const js = bytes.js / ref.js;
    if (js > PAGE_TYPES[type].jsTarget)
      misses.push({type, kind: 'js', ratio: js, limit: PAGE_TYPES[type].jsTarget});
    const prefetch = ref.prefetch > 0 ? bytes.prefetch / ref.prefetch : 0;
    if (prefetch > PREFETCH_RATIO_LIMIT)
      misses.push({type, kind: 'prefetch', ratio: prefetch, limit: PREFETCH_RATIO_LIMIT});
  }
  return misses;
}
