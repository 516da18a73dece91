/**
 * Social cards: every card the script makes is a committed 1200×630 PNG under 80 KB, and every
 * docs page's front matter `image:` points at its section's card (docs/<section>/page.mdx →
 * /img/social/<section>.png).
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {parse} from 'yaml';

const ROOT = path.join(__dirname, '..', '..');
const STATIC = path.join(ROOT, 'static');
const DOCS = path.join(ROOT, 'docs');
const MAX_BYTES = 80 * 1024;

function pngInfo(file: string): {width: number; height: number; bytes: number} {
  const buffer = fs.readFileSync(file);
  assert.equal(buffer.subarray(1, 4).toString('latin1'), 'PNG', `${file} is not a PNG`);
  return {width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20), bytes: buffer.length};
}

const sections = fs
  .readdirSync(DOCS, {withFileTypes: true})
  .filter((e) => e.isDirectory() && !e.name.startsWith('_'))
  .map((e) => e.name);

test('there are sections and cards to check', () => {
  assert.ok(sections.length >= 7, `expected at least 7 docs sections, found ${sections.length}`);
});

for (const file of ['img/social-card.png', ...sections.map((s) => `img/social/${s}.png`)]) {
  test(`static/${file} is a 1200×630 PNG under 80 KB`, () => {
    const full = path.join(STATIC, file);
    assert.ok(fs.existsSync(full), `static/${file} is missing: run node scripts/make-social-cards.mjs`);
    const {width, height, bytes} = pngInfo(full);
    assert.deepEqual({width, height}, {width: 1200, height: 630}, `static/${file} size`);
    assert.ok(bytes < MAX_BYTES, `static/${file} is ${bytes} bytes; keep it under ${MAX_BYTES}`);
  });
}

for (const section of sections) {
  for (const name of fs.readdirSync(path.join(DOCS, section)).filter((n) => /\.mdx?$/.test(n))) {
    test(`docs/${section}/${name} uses the ${section} social card`, () => {
      const raw = fs.readFileSync(path.join(DOCS, section, name), 'utf8');
      const front = parse(/^---\n([\s\S]*?)\n---\n/.exec(raw)?.[1] ?? '') as {image?: string};
      assert.equal(
        front.image,
        `/img/social/${section}.png`,
        `docs/${section}/${name}: add "image: /img/social/${section}.png" to the front matter`,
      );
    });
  }
}
