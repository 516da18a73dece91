/**
 * Code-highlighting themes: prism-react-renderer's GitHub (light) and Dracula (dark) with the token
 * colours that fail WCAG AA contrast on their own backgrounds darkened or lightened until they pass
 * (≥ 4.5:1; axe checks it in tests/e2e/a11y.spec.ts). Only colours change; layout and fonts do not.
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
