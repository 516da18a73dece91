/**
 * What each page's social card says (./cards.ts draws it): the page's own title and description
 * from its built head, a kicker naming what kind of page it is, and for a model or product its
 * verdict chips (Open Source AI definition, weights, license), computed like its badge.
 */
import {parse} from 'node-html-parser';
import {models, families} from '../../data/models';
import {getLicense} from '../../data/licenses';
import {modelVerdicts} from '../../domain/verdicts';
import {licenseShort} from '../../lib/badges';
import {DEFAULT_ACCENT, SECTION_CARDS, type CardSpec, type ChipTone} from './cards';

export interface CardContext {
  /** Doc permalink → its sidebar section's title. */
  docSection: ReadonlyMap<string, string>;
  /** Doc permalink → doc id ("models/open-alternatives"). */
  docIdOf: ReadonlyMap<string, string>;
  baseUrl: string;
  siteTitle: string;
}

/** A meta tag's content (by property or name), entities decoded, read with the HTML parser. */
export function metaContent(html: string, key: string): string | undefined {
  // Only the head: parsing a whole page for two tags costs seconds over the site.
  const end = html.indexOf('</head>');
  const root = parse(end >= 0 ? html.slice(0, end) : html);
  const tag = root.querySelector(`meta[property="${key}"]`) ?? root.querySelector(`meta[name="${key}"]`);
  return tag?.getAttribute('content') ?? undefined;
}

const OSAID_CHIP = {
  meets: {label: 'Open source AI: yes', tone: 'open'},
  'does-not-meet': {label: 'Open source AI: no', tone: 'closed'},
  'cannot-tell': {label: 'Open source AI: cannot tell', tone: 'none'},
} as const;
const WEIGHTS_CHIP = {
  yes: {label: 'Open weights', tone: 'open'},
  gated: {label: 'Weights: gated', tone: 'partial'},
  'on-request': {label: 'Weights on request', tone: 'partial'},
  no: {label: 'Weights: closed', tone: 'closed'},
} as const;

/** A model or family description starts by repeating the question; the card's title asks it already. */
const withoutQuestion = (description: string) => description.replace(/^Is .+? open source\? /, '');

export function cardSpecFor(rel: string, html: string, ctx: CardContext): CardSpec {
  const suffix = ` | ${ctx.siteTitle}`;
  const fullTitle = metaContent(html, 'og:title') ?? ctx.siteTitle;
  const title = fullTitle.endsWith(suffix) ? fullTitle.slice(0, -suffix.length) : fullTitle;
  const description = metaContent(html, 'og:description') ?? '';
  const base = {
    title,
    text: description,
    accent: DEFAULT_ACCENT,
    kicker: 'A sourced field guide to open and closed AI',
  };

  const id = /^models\/([a-z0-9-]+)\/$/.exec(rel)?.[1];
  const model = id ? models.find((m) => m.id === id) : undefined;
  if (model) {
    const license = getLicense(model.license);
    if (!license) throw new Error(`social card: ${model.id} has an unknown license "${model.license}"`);
    const v = modelVerdicts(model, license);
    const chips: {label: string; tone: ChipTone}[] = [
      OSAID_CHIP[v.osaid.verdict],
      WEIGHTS_CHIP[v.openWeights],
      {label: licenseShort(license), tone: 'none'},
    ];
    return {
      ...base,
      kicker: model.kind === 'product' ? `Product · ${model.organization}` : `Model · ${model.organization}`,
      text: withoutQuestion(description),
      chips,
      accent: SECTION_CARDS.models.accent,
    };
  }
  const family = id ? families.find((f) => f.id === id) : undefined;
  if (family) {
    return {
      ...base,
      kicker: `Model family · ${family.maker}`,
      text: withoutQuestion(description),
      accent: SECTION_CARDS.models.accent,
    };
  }
  if (rel.startsWith('licenses/')) {
    return {
      ...base,
      kicker: rel === 'licenses/' ? 'Licenses and terms' : 'License or terms, read clause by clause',
    };
  }
  const permalink = `${ctx.baseUrl}${rel}`;
  const docId = ctx.docIdOf.get(permalink) ?? ctx.docIdOf.get(permalink.replace(/\/$/, ''));
  if (docId) {
    const section = SECTION_CARDS[docId.split('/')[0]];
    return {
      ...base,
      kicker:
        ctx.docSection.get(permalink) ??
        ctx.docSection.get(permalink.replace(/\/$/, '')) ??
        section?.kicker ??
        'Guide',
      accent: section?.accent ?? DEFAULT_ACCENT,
    };
  }
  return base;
}
