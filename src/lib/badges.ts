/**
 * A badge per model (issue #27 §3): a small SVG a project can put in its README to show the
 * guide's answer at a glance, e.g. "Open or Closed? | open weights · Apache-2.0". The dataset
 * plugin writes /badges/<id>.svg at build time; the model page offers Markdown and HTML snippets.
 * Each badge carries its own background colours, so it reads the same on light and dark pages.
 * Pure: tested in tests/unit/badges.test.ts.
 */
import type {License, Model} from '../domain/types';
import type {ModelVerdicts} from '../domain/verdicts';

export interface Badge {
  label: string;
  message: string;
  /** Background of the message half; white text on it has a contrast ratio of at least 4.5. */
  color: string;
  /** The badge's text alternative: names the model, the answer and who rated it. */
  alt: string;
}

export const BADGE_LABEL = 'Open or Closed?';

/** Message colours (white text on each passes WCAG AA for small text). */
export const BADGE_COLORS = {
  osai: '#2e6b30',
  open: '#1d5c96',
  gated: '#7a4f00',
  closed: '#4d4d4d',
} as const;

/** The license as a badge names it: the SPDX id for OSI-approved licenses, else its name. */
export function licenseShort(license: License): string {
  return license.osiApproved ? license.id : license.name;
}

export function badgeFor(model: Model, license: License, verdicts: ModelVerdicts): Badge {
  const lic = licenseShort(license);
  let message: string;
  let color: string;
  if (verdicts.osaid.verdict === 'meets') {
    message = `open source AI · ${lic}`;
    color = BADGE_COLORS.osai;
  } else if (verdicts.openWeights === 'yes') {
    message = `open weights · ${lic}`;
    color = BADGE_COLORS.open;
  } else if (verdicts.openWeights === 'gated') {
    message = `open weights, gated · ${lic}`;
    color = BADGE_COLORS.gated;
  } else if (verdicts.openWeights === 'on-request') {
    message = `weights on request · ${lic}`;
    color = BADGE_COLORS.gated;
  } else {
    message = model.kind === 'product' ? 'closed product' : 'closed weights';
    color = BADGE_COLORS.closed;
  }
  return {label: BADGE_LABEL, message, color, alt: `${model.name}: ${message} (rated by ${BADGE_LABEL})`};
}

/** Approximate width in px of `text` at 11 px in Verdana-like fonts; `textLength` then fits it exactly. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    if (/[ilj.,:;'!|·]/.test(ch)) w += 3.6;
    else if (/[mwMW@]/.test(ch)) w += 10.5;
    else if (/[A-Z0-9]/.test(ch)) w += 7.6;
    else if (ch === ' ') w += 3.9;
    else w += 6.6;
  }
  return Math.ceil(w);
}

/** Escapes text for XML or HTML content and double-quoted attributes (badges, Atom feeds). */
export const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The badge as a self-contained SVG document (no fonts, images or scripts from anywhere). */
export function badgeSvg(badge: Badge): string {
  const pad = 6;
  const lt = textWidth(badge.label);
  const mt = textWidth(badge.message);
  const lw = lt + 2 * pad;
  const mw = mt + 2 * pad;
  const w = lw + mw;
  const alt = escapeXml(badge.alt);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="20" viewBox="0 0 ${w} 20" role="img" aria-label="${alt}">`,
    `<title>${alt}</title>`,
    `<rect width="${lw}" height="20" fill="#2b2b2b"/>`,
    `<rect x="${lw}" width="${mw}" height="20" fill="${badge.color}"/>`,
    `<g fill="#fff" font-family="Verdana,DejaVu Sans,Geneva,sans-serif" font-size="11">`,
    `<text x="${pad}" y="14" textLength="${lt}" lengthAdjust="spacingAndGlyphs">${escapeXml(badge.label)}</text>`,
    `<text x="${lw + pad}" y="14" textLength="${mt}" lengthAdjust="spacingAndGlyphs">${escapeXml(badge.message)}</text>`,
    `</g></svg>`,
  ].join('');
}
