import {test} from 'node:test';
import assert from 'node:assert/strict';
import {themes} from 'prism-react-renderer';
import {lightCodeTheme, darkCodeTheme, recolour, siteCodeTheme, tokenCss} from '../../src/lib/prismThemes';

function rgb(color: string): [number, number, number] {
  const m = /^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(color);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3])];
  const hex = color.replace('#', '');
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

function luminance(color: string): number {
  const [r, g, b] = rgb(color).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

for (const [name, theme] of [
  ['light', lightCodeTheme],
  ['dark', darkCodeTheme],
] as const) {
  test(`every token colour of the ${name} code theme meets 4.5:1 on its background`, () => {
    const bg = theme.plain.backgroundColor!;
    const colours = [theme.plain.color, ...theme.styles.map((s) => s.style.color)].filter(
      Boolean,
    ) as string[];
    assert.ok(colours.length > 5);
    for (const c of colours)
      assert.ok(contrast(c, bg) >= 4.5, `${name}: ${c} on ${bg} is ${contrast(c, bg).toFixed(2)}`);
  });
}

test('the upstream theme really failed, so the override is needed', () => {
  const bg = themes.github.plain.backgroundColor!;
  assert.ok(themes.github.styles.some((s) => s.style.color && contrast(s.style.color, bg) < 4.5));
});

test('recolour swaps only the listed colours', () => {
  const out = recolour(themes.github, {'#999988': '#000000'});
  assert.equal(out.styles.length, themes.github.styles.length);
  assert.ok(out.styles.some((s) => s.style.color === '#000000'));
  assert.equal(out.plain.color, themes.github.plain.color);
});

test('the site theme colours nothing; tokenCss carries every colour of both themes, dark under data-theme', () => {
  assert.deepEqual(siteCodeTheme.styles, []);
  assert.match(String(siteCodeTheme.plain.color), /^var\(--/);
  const css = tokenCss();
  for (const [theme, scope] of [
    [lightCodeTheme, ''],
    [darkCodeTheme, "[data-theme='dark'] "],
  ] as const) {
    for (const {types, style} of theme.styles) {
      if (!style.color) continue;
      const selector = types.map((t) => `${scope}.prism-code .token.${t}`).join(',');
      const rule = css.split('\n').find((line) => line.startsWith(`${selector}{`));
      assert.ok(
        rule?.includes(`color:${style.color}`),
        `${scope || 'light '}${types.join(',')} → ${style.color}`,
      );
    }
    assert.ok(css.includes(`--site-code-background:${theme.plain.backgroundColor}`));
  }
  // Light-only rules (github's italics, opacity) are reset in dark mode.
  assert.match(
    css,
    /\[data-theme='dark'\] \.prism-code \.token\.namespace[^{]*\{color:inherit;font-style:normal;opacity:1\}/,
  );
});
