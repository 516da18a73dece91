/** Model badges (src/lib/badges.ts): the answer each verdict gives, readable colours, valid SVG. */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {parse} from 'parse5';
import {BADGE_COLORS, badgeFor, badgeSvg, textWidth} from '../../src/lib/badges';
import {modelVerdicts} from '../../src/domain/verdicts';
import {getModel} from '../../src/data/models';
import {getLicense} from '../../src/data/licenses';

const badgeOf = (id: string) => {
  const m = getModel(id)!;
  const l = getLicense(m.license)!;
  return badgeFor(m, l, modelVerdicts(m, l));
};

test('each verdict gives its own message, naming the license', () => {
  assert.equal(badgeOf('olmo-2-32b').message, 'open source AI · Apache-2.0');
  assert.equal(badgeOf('gpt-oss-120b').message, 'open weights · Apache-2.0');
  assert.match(badgeOf('llama-4-maverick').message, /^open weights, gated · Llama 4/);
  assert.equal(badgeOf('gpt-5-5').message, 'closed weights');
  assert.equal(badgeOf('chatgpt').message, 'closed product');
  assert.equal(
    badgeOf('gpt-oss-120b').alt,
    'gpt-oss-120b: open weights · Apache-2.0 (rated by Open or Closed?)',
  );
});

/** WCAG relative luminance and contrast ratio. */
function contrast(hex: string, other = '#ffffff'): number {
  const lum = (h: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16) / 255);
    const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const [a, b] = [lum(hex), lum(other)].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
}

test('white text on every badge colour passes WCAG AA (4.5:1), on light and dark pages alike', () => {
  for (const [name, color] of Object.entries(BADGE_COLORS))
    assert.ok(contrast(color) >= 4.5, `${name} ${color}`);
  assert.ok(contrast('#2b2b2b') >= 4.5, 'label half');
});

test('the SVG is well-formed, sized to its text, and carries its text alternative', () => {
  const badge = badgeOf('gpt-oss-120b');
  const svg = badgeSvg(badge);
  assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="(\d+)" height="20"/);
  const width = Number(/width="(\d+)"/.exec(svg)![1]);
  assert.equal(width, textWidth(badge.label) + textWidth(badge.message) + 24);
  assert.match(
    svg,
    /role="img" aria-label="gpt-oss-120b: open weights · Apache-2\.0 \(rated by Open or Closed\?\)"/,
  );
  assert.match(svg, /<title>gpt-oss-120b: open weights/);
  assert.doesNotMatch(svg, /href|<script|url\(/, 'nothing loads from anywhere');
  // Escapes markup in names.
  assert.match(badgeSvg({...badge, message: 'a <b> & "c"'}), /a &lt;b&gt; &amp; &quot;c&quot;/);
  // parse5 (an HTML parser) reads it as one svg element with two texts.
  const doc = parse(`<!doctype html><body>${svg}</body>`);
  const html = doc.childNodes.find((n) => n.nodeName === 'html') as unknown as {
    childNodes: Array<{nodeName: string; childNodes: Array<{nodeName: string}>}>;
  };
  const body = html.childNodes.find((n) => n.nodeName === 'body')!;
  assert.equal(body.childNodes[0].nodeName, 'svg');
});

test('longer text makes a wider badge', () => {
  assert.ok(textWidth('open weights · Apache-2.0') > textWidth('closed weights'));
  assert.ok(textWidth('WWW') > textWidth('iii'));
});
