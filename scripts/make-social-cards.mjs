#!/usr/bin/env node
/**
 * Renders the social cards (Open Graph / Twitter images, 1200×630 PNG) from self-made HTML/SVG
 * with Playwright and a local Chromium, using system fonts only and no outside assets:
 *   static/img/social-card.png            the default card (themeConfig.image)
 *   static/img/social/<section>.png       one per sidebar section (docs front matter `image:`)
 * Run after changing a card's text or design: `node scripts/make-social-cards.mjs`, then commit
 * the PNGs. Fails if a card is not 1200×630 or reaches MAX_BYTES.
 * Chromium: CHROMIUM_PATH, else /usr/bin/chromium, else Playwright's own.
 */
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from '@playwright/test';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const WIDTH = 1200;
const HEIGHT = 630;
const MAX_BYTES = 80 * 1024;
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** file: output path relative to static/; kicker: small label; title; text: one-line summary. */
export const CARDS = [
  {
    file: 'img/social-card.png',
    kicker: 'A sourced field guide',
    title: 'Is ChatGPT open source?',
    text: 'Open source, open weights and closed AI: what each means, and what to use instead.',
    accent: '#7cc4ff',
  },
  {
    file: 'img/social/answer.png',
    kicker: 'The answer',
    title: 'Is ChatGPT open source?',
    text: 'The short answer, and what ChatGPT actually is, with sources.',
    accent: '#7cc4ff',
  },
  {
    file: 'img/social/concepts.png',
    kicker: 'What “open” means',
    title: 'Open source vs open weights',
    text: 'What the OSI definition requires, and why most “open” models fall short.',
    accent: '#9be7b0',
  },
  {
    file: 'img/social/openai.png',
    kicker: 'OpenAI and gpt-oss',
    title: 'Why ChatGPT is closed',
    text: 'OpenAI’s history, its reasons, and its open-weight gpt-oss models.',
    accent: '#ffd27a',
  },
  {
    file: 'img/social/models.png',
    kicker: 'Models',
    title: 'Open and closed models',
    text: 'Open-weight alternatives, closed models, and running a model on your own machine.',
    accent: '#c6b5ff',
  },
  {
    file: 'img/social/decide.png',
    kicker: 'Decide',
    title: 'Open or closed: how to choose',
    text: 'Trade-offs, a way to choose, and what each option costs.',
    accent: '#ffb3a7',
  },
  {
    file: 'img/social/more.png',
    kicker: 'More',
    title: 'Contributing and the future',
    text: 'What you can contribute, and where openness in AI may be heading.',
    accent: '#a7f0ee',
  },
  {
    file: 'img/social/reference.png',
    kicker: 'Reference',
    title: 'FAQ, glossary and sources',
    text: 'Short sourced answers, defined terms, and every source with its date.',
    accent: '#e6e6e6',
  },
];

function escapeHtml(text) {
  return text.replace(/[&<>"]/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'})[c]);
}

/** The card as a self-contained HTML document (no network, system fonts). */
export function cardHtml(card) {
  return `<!doctype html><html><head><meta charset="utf-8"><style>
  html, body { margin: 0; width: ${WIDTH}px; height: ${HEIGHT}px; overflow: hidden; }
  body { background: #0b2e55; color: #fff; font-family: 'DejaVu Sans', 'Liberation Sans', sans-serif;
    position: relative; }
  .band { position: absolute; left: 0; top: 0; width: 16px; height: 100%; background: ${card.accent}; }
  .brand { position: absolute; left: 80px; top: 64px; display: flex; align-items: center; gap: 20px;
    font-size: 34px; font-weight: bold; letter-spacing: 0.5px; }
  .kicker { position: absolute; left: 80px; top: 200px; font-size: 30px; color: ${card.accent};
    font-weight: bold; text-transform: uppercase; letter-spacing: 2px; }
  h1 { position: absolute; left: 80px; top: 240px; width: 700px; margin: 0; font-size: 64px; line-height: 1.12; }
  p { position: absolute; left: 80px; bottom: 64px; width: 720px; margin: 0; font-size: 28px;
    line-height: 1.35; color: #d6e4f5; }
  .mark { position: absolute; right: 90px; top: 165px; }
  </style></head><body>
  <div class="band"></div>
  <div class="brand">
    <svg width="56" height="56" viewBox="0 0 64 64" aria-hidden="true"><rect width="64" height="64" rx="14" fill="#0b5cad"/><path d="M32 12a20 20 0 1 0 0 40z" fill="#fff"/><path d="M32 12a20 20 0 0 1 0 40" fill="none" stroke="#fff" stroke-width="5"/></svg>
    <span>Open or Closed?</span>
  </div>
  <div class="kicker">${escapeHtml(card.kicker)}</div>
  <h1>${escapeHtml(card.title)}</h1>
  <p>${escapeHtml(card.text)}</p>
  <svg class="mark" width="300" height="300" viewBox="0 0 64 64" aria-hidden="true">
    <path d="M32 6a26 26 0 1 0 0 52z" fill="${card.accent}"/>
    <path d="M32 6a26 26 0 0 1 0 52" fill="none" stroke="${card.accent}" stroke-width="4"/>
  </svg>
  </body></html>`;
}

/** PNG dimensions from the IHDR chunk. */
function pngSize(buffer) {
  return {width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20)};
}

async function main() {
  const fromEnv = process.env.CHROMIUM_PATH?.trim();
  const executablePath = fromEnv || (fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const browser = await chromium.launch({executablePath, args: CHROMIUM_ARGS});
  const failures = [];
  try {
    const page = await browser.newPage({viewport: {width: WIDTH, height: HEIGHT}, deviceScaleFactor: 1});
    // Nothing may load from the network: every card is self-contained.
    await page.route('**/*', (route) => route.abort());
    for (const card of CARDS) {
      await page.setContent(cardHtml(card), {waitUntil: 'load'});
      const png = await page.screenshot({type: 'png', clip: {x: 0, y: 0, width: WIDTH, height: HEIGHT}});
      const out = path.join(ROOT, 'static', card.file);
      fs.mkdirSync(path.dirname(out), {recursive: true});
      fs.writeFileSync(out, png);
      const {width, height} = pngSize(png);
      const kb = (png.length / 1024).toFixed(1);
      console.log(`${card.file}: ${width}×${height}, ${kb} KB`);
      if (width !== WIDTH || height !== HEIGHT) failures.push(`${card.file} is ${width}×${height}`);
      if (png.length >= MAX_BYTES) {
        failures.push(`${card.file} is ${kb} KB (limit ${MAX_BYTES / 1024} KB): simplify the design`);
      }
    }
  } finally {
    await browser.close();
  }
  if (failures.length > 0) {
    console.error(`Social cards failed:\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`Wrote ${CARDS.length} social cards.`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
