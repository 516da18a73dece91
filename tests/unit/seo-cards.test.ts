/**
 * Social cards made at build time (issue #27 §4): a card is a 1200×630 PNG under 100 KB; what it
 * says comes from the page (title, description) and, for a model, from its verdicts; the page's
 * og:image and twitter:image are pointed at it; the cache returns the same bytes without redrawing.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  CARD_MAX_BYTES,
  cachedCard,
  cardFile,
  clip,
  renderCard,
  withCardUrl,
} from '../../src/plugins/seo/cards';
import {cardSpecFor, metaContent} from '../../src/plugins/seo/cardSpecs';

function pngInfo(buffer: Buffer): {width: number; height: number; bytes: number} {
  assert.equal(buffer.subarray(1, 4).toString('latin1'), 'PNG', 'not a PNG');
  return {width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20), bytes: buffer.length};
}

const head = (title: string, description: string) =>
  `<html><head><meta data-rh=true property=og:image content=https://x.org/img/social-card.png />` +
  `<meta data-rh=true name=twitter:image content=https://x.org/img/social-card.png />` +
  `<meta data-rh=true property=og:title content="${title} | Open or Closed?"/>` +
  `<meta data-rh=true property=og:description content="${description}"/></head><body></body></html>`;
const ctx = {
  docSection: new Map([['/guide/faq', 'Reference']]),
  docIdOf: new Map([['/guide/faq', 'reference/faq']]),
  baseUrl: '/',
  siteTitle: 'Open or Closed?',
};

test('a model card carries its verdicts as chips, computed from the record', () => {
  const html = head(
    'Is gpt-oss-120b open source?',
    'Is gpt-oss-120b open source? No &amp; yes: open weights under Apache 2.0.',
  );
  const spec = cardSpecFor('models/gpt-oss-120b/', html, ctx);
  assert.equal(spec.title, 'Is gpt-oss-120b open source?');
  assert.equal(
    spec.text,
    'No & yes: open weights under Apache 2.0.',
    'the repeated question is dropped, entities decoded',
  );
  assert.match(spec.kicker, /^Model · OpenAI/);
  assert.deepEqual(
    spec.chips?.map((c) => c.label),
    ['Open source AI: no', 'Open weights', 'Apache-2.0'],
  );
  assert.deepEqual(
    spec.chips?.map((c) => c.tone),
    ['closed', 'open', 'none'],
  );
});

test('a guide page card names its sidebar section; a family card its maker', () => {
  const faq = cardSpecFor('guide/faq/', head('FAQ', 'Short answers.'), ctx);
  assert.equal(faq.kicker, 'Reference');
  assert.equal(faq.chips, undefined);
  const llama = cardSpecFor('models/llama/', head('Is Llama open source?', 'Is Llama open source? No.'), ctx);
  assert.match(llama.kicker, /^Model family · Meta/);
});

test('cards are 1200×630 PNGs under 100 KB, even with the longest text, and the cache gives the same bytes', async () => {
  const long = {
    kicker: 'Model · A maker with a long name',
    title: 'Is a model with a very long name, version 1.2.3-instruct-preview, open source?',
    text: 'word '.repeat(200),
    chips: [
      {label: 'Open source AI: cannot tell', tone: 'none' as const},
      {label: 'Weights on request', tone: 'partial' as const},
      {label: 'A custom license with a long name', tone: 'none' as const},
    ],
    accent: '#c6b5ff',
  };
  const png = await renderCard(long);
  const info = pngInfo(png);
  assert.deepEqual({width: info.width, height: info.height}, {width: 1200, height: 630});
  assert.ok(info.bytes < CARD_MAX_BYTES, `${info.bytes} bytes`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cards-'));
  try {
    const first = await cachedCard(long, dir);
    const second = await cachedCard(long, dir);
    assert.equal(first.cached, false);
    assert.equal(second.cached, true);
    assert.ok(first.png.equals(second.png));
    assert.equal(fs.readdirSync(dir).length, 1);
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
});

test('the page points og:image and twitter:image at its card; a page without them fails', () => {
  assert.equal(cardFile(''), 'img/og/home.png');
  assert.equal(cardFile('models/llama-2/'), 'img/og/models-llama-2.png');
  const out = withCardUrl(head('T', 'D'), 'https://x.org/base/img/og/t.png', 't.html');
  assert.equal(metaContent(out, 'og:image'), 'https://x.org/base/img/og/t.png');
  assert.equal(metaContent(out, 'twitter:image'), 'https://x.org/base/img/og/t.png');
  assert.throws(() => withCardUrl('<html></html>', 'u', 'bare.html'), /bare\.html: no og:image/);
});

test('text is cut at a word boundary', () => {
  assert.equal(clip('short', 10), 'short');
  assert.equal(clip('one two three four', 12), 'one two…');
});
