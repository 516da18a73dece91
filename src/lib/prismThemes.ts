/**
 * Code-highlighting themes: prism-react-renderer's GitHub (light) and Dracula (dark) with the token
 * colours that fail WCAG AA contrast on their own backgrounds darkened or lightened until they pass
 * (≥ 4.5:1; axe checks it on every page). Only colours change; layout and fonts do not.
 */
import {themes, type PrismTheme} from 'prism-react-renderer';

type Recolour = Record<string, string>;

/** Returns a copy of `theme` with each listed colour (exact match, any case) replaced. */
export function recolour(theme: PrismTheme, map: Recolour): PrismTheme {
  const lookup = new Map(Object.entries(map).map(([from, to]) => [from.toLowerCase(), to]));
  const swap = (color: string | undefined) => (color && lookup.get(color.toLowerCase())) ?? color;
  return {
    plain: {...theme.plain, color: swap(theme.plain.color)},
    styles: theme.styles.map((s) => ({...s, style: {...s.style, color: swap(s.style.color)}})),
  };
}

// Ratios are against the theme's background (#f6f8fa light, #282a36 dark).
export const lightCodeTheme = recolour(themes.github, {
  '#999988': '#6d6d5d', // comments: 2.71 -> 4.94
  '#e3116c': '#d51065', // strings: 4.32 -> 4.82
  '#36acaa': '#267a78', // numbers, variables: 2.58 -> 4.77
  '#00a4db': '#00769e', // keywords: 2.69 -> 4.83
  '#d73a49': '#d22b3b', // functions, tags: 4.30 -> 4.75
});

export const darkCodeTheme = recolour(themes.dracula, {
  'rgb(98, 114, 164)': '#8c98bc', // comments: 3.03 -> 4.97
});

/**
 * The theme the site gives Prism: no colours of its own, only CSS variables and the token classes
 * Prism already writes (`token comment`). The colours of both modes come from `tokenCss` (a
 * stylesheet built from the two themes above), so a code block's markup is the same in light and
 * dark mode: the server's HTML is right in both, readers without JavaScript get the dark colours
 * too, and a block can stay static (src/components/LazyCodeBlock) without re-rendering on a theme
 * switch.
 */
export const siteCodeTheme: PrismTheme = {
  plain: {color: 'var(--site-code-color)', backgroundColor: 'var(--site-code-background)'},
  styles: [],
};

const CSS_PROPS: Record<string, string> = {
  color: 'color',
  fontStyle: 'font-style',
  fontWeight: 'font-weight',
  textDecorationLine: 'text-decoration-line',
  opacity: 'opacity',
};

function declarations(style: Record<string, unknown>): string {
  return Object.entries(style)
    .filter(([key, value]) => key in CSS_PROPS && value !== undefined)
    .map(([key, value]) => `${CSS_PROPS[key]}:${String(value)}`)
    .join(';');
}

/** CSS for one theme under `scope` (`''` for light, `[data-theme='dark'] ` for dark). */
function themeCss(theme: PrismTheme, scope: string): string {
  const root = scope ? `html${scope.trim()}` : ':root';
  const lines = [
    `${root}{--site-code-color:${theme.plain.color};--site-code-background:${theme.plain.backgroundColor}}`,
  ];
  // A later rule wins over an earlier one for the same token, as a later theme entry does in Prism.
  for (const {types, style, languages} of theme.styles) {
    const blocks = languages?.length ? languages.map((l) => `.prism-code.language-${l}`) : ['.prism-code'];
    const selectors = blocks.flatMap((b) => types.map((t) => `${scope}${b} .token.${t}`));
    const body = declarations(style as Record<string, unknown>);
    if (body) lines.push(`${selectors.join(',')}{${body}}`);
  }
  return lines.join('\n');
}

/** The stylesheet behind `siteCodeTheme`: light colours by default, dark under `data-theme=dark`. */
export function tokenCss(light: PrismTheme = lightCodeTheme, dark: PrismTheme = darkCodeTheme): string {
  const darkScope = "[data-theme='dark'] ";
  // Each dark rule also resets what a light rule set that the dark theme leaves unset.
  const resets = light.styles
    .flatMap((s) => s.types)
    .filter((t, i, all) => all.indexOf(t) === i)
    .map((t) => `${darkScope}.prism-code .token.${t}`);
  return [
    themeCss(light, ''),
    `${resets.join(',')}{color:inherit;font-style:normal;opacity:1}`,
    themeCss(dark, darkScope),
  ].join('\n');
}
