/**
 * Social cards (Open Graph / Twitter images) for every page, made at build time (issue #27 §4):
 * satori lays out a card (the page title, its one-line answer, and for a model its verdict chips)
 * as SVG with the text drawn as paths from the self-hosted Inter font, and resvg renders it to a
 * 1200×630 PNG. Cards are cached by content in node_modules/.cache, so the second build (the
 * sub-path one) and unchanged pages cost nothing. No request leaves the machine.
 */
import {createHash} from 'node:crypto';
import {createRequire} from 'node:module';
import fs from 'node:fs/promises';
import path from 'node:path';
import satori from 'satori';
import {Resvg} from '@resvg/resvg-js';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** The issue's limit; the test suite checks every card against it. */
export const CARD_MAX_BYTES = 100 * 1024;
/** Bump when the design changes, so cached cards are redrawn. */
const DESIGN_VERSION = '1';

export type ChipTone = 'open' | 'partial' | 'closed' | 'none';

export interface CardSpec {
  /** Small label above the title: the guide section, "Model", "Model family"… */
  kicker: string;
  title: string;
  /** One or two sentences; cut at a word boundary to fit. */
  text: string;
  /** Verdict chips for a model: text always says the verdict (colour is only a second cue). */
  chips?: {label: string; tone: ChipTone}[];
  accent: string;
}

/** The guide's sections: label and accent colour, by the first folder of the doc id. */
export const SECTION_CARDS: Record<string, {kicker: string; accent: string}> = {
  answer: {kicker: 'The answer', accent: '#7cc4ff'},
  concepts: {kicker: 'What “open” means', accent: '#9be7b0'},
  openai: {kicker: 'OpenAI and gpt-oss', accent: '#ffd27a'},
  models: {kicker: 'Models', accent: '#c6b5ff'},
  decide: {kicker: 'Decide', accent: '#ffb3a7'},
  more: {kicker: 'More', accent: '#a7f0ee'},
  reference: {kicker: 'Reference', accent: '#d9d9d9'},
};
export const DEFAULT_ACCENT = '#7cc4ff';

/** The site's card (themeConfig.image in docusaurus.config.ts), written by the build. */
export const DEFAULT_CARD_FILE = 'img/social-card.png';
export const DEFAULT_CARD: CardSpec = {
  kicker: 'A sourced field guide',
  title: 'Is ChatGPT open source?',
  text: 'Open source, open weights and closed AI: what each means, and what to use instead.',
  accent: DEFAULT_ACCENT,
};

/** Chip colours; the label itself says the verdict (Inter has no check or cross marks). */
const TONES: Record<ChipTone, {bg: string; fg: string}> = {
  open: {bg: '#1f5132', fg: '#d6f5df'},
  partial: {bg: '#5c4a12', fg: '#fbeebd'},
  closed: {bg: '#5e1f1f', fg: '#ffd9d9'},
  none: {bg: '#3a3f47', fg: '#e6e8eb'},
};

const require = createRequire(import.meta.url);
let fontsPromise: Promise<{name: string; data: Buffer; weight: 400 | 700; style: 'normal'}[]> | undefined;

/** Inter (OFL) from @fontsource/inter: latin and latin-ext, regular and bold. */
function fonts() {
  fontsPromise ??= Promise.all(
    (
      [
        ['latin', 400],
        ['latin', 700],
        ['latin-ext', 400],
        ['latin-ext', 700],
      ] as const
    ).map(async ([subset, weight]) => ({
      name: 'Inter',
      weight,
      style: 'normal' as const,
      data: await fs.readFile(
        require.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`),
      ),
    })),
  );
  return fontsPromise;
}

/** Cuts text to at most `max` characters at a word boundary, with an ellipsis. */
export function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:—–-]+$/, '')}…`;
}

type Node = {type: string; props: {style?: Record<string, unknown>; children?: unknown}};
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({
  type,
  props: {style, children},
});

function layout(spec: CardSpec): Node {
  const title = clip(spec.title, 90);
  const titleSize = title.length > 60 ? 56 : title.length > 36 ? 66 : 76;
  const chips = (spec.chips ?? []).slice(0, 3).map((c) => {
    const tone = TONES[c.tone];
    return el(
      'div',
      {
        display: 'flex',
        background: tone.bg,
        color: tone.fg,
        fontSize: 28,
        fontWeight: 700,
        padding: '10px 20px',
        borderRadius: 12,
        marginRight: 16,
      },
      clip(c.label, 34),
    );
  });
  return el(
    'div',
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      background: '#14171c',
      color: '#f2f4f7',
      fontFamily: 'Inter',
      padding: '64px 72px',
      borderTop: `16px solid ${spec.accent}`,
    },
    [
      el('div', {display: 'flex', flexDirection: 'column'}, [
        el(
          'div',
          {display: 'flex', color: spec.accent, fontSize: 30, fontWeight: 700, marginBottom: 20},
          clip(spec.kicker, 60),
        ),
        el('div', {display: 'flex', fontSize: titleSize, fontWeight: 700, lineHeight: 1.1}, title),
        el(
          'div',
          {display: 'flex', fontSize: 32, lineHeight: 1.35, color: '#c9ced6', marginTop: 24},
          clip(spec.text, chips.length > 0 ? 120 : 170),
        ),
      ]),
      el('div', {display: 'flex', flexDirection: 'column'}, [
        chips.length > 0 ? el('div', {display: 'flex', marginBottom: 28}, chips) : null,
        el(
          'div',
          {display: 'flex', fontSize: 26, color: '#9aa3ad'},
          'Open or Closed? · a sourced field guide to open and closed AI',
        ),
      ]),
    ],
  );
}

/** The PNG for one card. */
export async function renderCard(spec: CardSpec): Promise<Buffer> {
  const svg = await satori(layout(spec) as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: await fonts(),
  });
  return new Resvg(svg, {fitTo: {mode: 'width', value: CARD_WIDTH}, font: {loadSystemFonts: false}})
    .render()
    .asPng();
}

/** Renders the card, or copies it from the cache when the same spec was rendered before. */
export async function cachedCard(spec: CardSpec, cacheDir: string): Promise<{png: Buffer; cached: boolean}> {
  const key = createHash('sha256')
    .update(DESIGN_VERSION)
    .update(JSON.stringify(spec))
    .digest('hex')
    .slice(0, 32);
  const file = path.join(cacheDir, `${key}.png`);
  try {
    return {png: await fs.readFile(file), cached: true};
  } catch {
    const png = await renderCard(spec);
    if (png.length >= CARD_MAX_BYTES) {
      throw new Error(`social card "${spec.title}" is ${png.length} bytes; the limit is ${CARD_MAX_BYTES}`);
    }
    await fs.mkdir(cacheDir, {recursive: true});
    await fs.writeFile(file, png);
    return {png, cached: false};
  }
}

/* ------------------------------------------------------------------ one card per built page */

export interface PageCardContext {
  /** The page's path under the base URL: "" for home, "models/llama-2/", "guide/faq/". */
  rel: string;
  /** og:title without the site-name suffix. */
  title: string;
  description: string;
}

/** Where a page's card is written, under the build directory: img/og/<path joined by dashes>.png. */
export function cardFile(rel: string): string {
  const slug =
    rel
      .replace(/\/$/, '')
      .replace(/[^a-z0-9]+/gi, '-')
      .toLowerCase() || 'home';
  return `img/og/${slug}.png`;
}

const META_IMAGE =
  /(<meta\b[^>]*?\b(?:property|name)=["']?(?:og:image|twitter:image)["']?[^>]*?\bcontent=)(["']?)([^"'\s>]+)\2/gi;

/** Points the page's og:image and twitter:image at `url`; throws if the page has neither. */
export function withCardUrl(html: string, url: string, where: string): string {
  let hits = 0;
  const out = html.replace(META_IMAGE, (_m, head: string, quote: string) => {
    hits += 1;
    return `${head}${quote || '"'}${url}${quote || '"'}`;
  });
  if (hits === 0) throw new Error(`${where}: no og:image or twitter:image meta tag to point at its card`);
  return out;
}
