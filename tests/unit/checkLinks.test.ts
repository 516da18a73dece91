/** The link crawler must catch a missing page and a missing anchor, under a sub-path too. */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {checkLinks} from '../../scripts/check-links.mjs';

function site(pages: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'check-links-'));
  for (const [file, body] of Object.entries(pages)) {
    fs.mkdirSync(path.join(dir, path.dirname(file)), {recursive: true});
    fs.writeFileSync(path.join(dir, file), `<!DOCTYPE html><html><body>${body}</body></html>`);
  }
  return dir;
}

test('links and anchors that exist pass, under a base path', () => {
  const dir = site({
    'index.html': '<a href=/repo/guide/>g</a><a href="guide/#part">p</a>',
    'guide/index.html': '<h2 id=part>Part</h2><a href=../>home</a><a href=https://example.org/>ext</a>',
  });
  const result = checkLinks(dir, '/repo/');
  assert.deepEqual(result.problems, []);
  assert.equal(result.links, 3, 'the external link is not counted');
});

test('a missing page, a missing anchor and a link outside the base path are reported', () => {
  const dir = site({
    'index.html': '<a href=/repo/nope/>x</a><a href="/repo/guide/#missing">y</a><a href=/other/>z</a>',
    'guide/index.html': '<h2 id=part>Part</h2>',
  });
  const {problems} = checkLinks(dir, '/repo/');
  assert.equal(problems.length, 3, problems.join('\n'));
  assert.ok(problems.some((p: string) => /\/repo\/nope\/, which is not in the build/.test(p)));
  assert.ok(problems.some((p: string) => /#missing, which \/repo\/guide\/ does not contain/.test(p)));
  assert.ok(problems.some((p: string) => /leaves the base path/.test(p)));
});

test('every script, stylesheet, image and preload a page loads must be in the build, under the base path', () => {
  const dir = site({
    'index.html':
      '<script src=/repo/assets/main.js></script><link rel=stylesheet href=/repo/assets/site.css>' +
      '<img src=/assets/logo.svg alt=""><script src=/repo/assets/gone.js></script>' +
      '<link rel=icon href=data:,><script src=https://cdn.example/x.js></script><a href=/repo/>home</a>',
    'assets/main.js': '',
    'assets/site.css': '',
    'assets/logo.svg': '',
  });
  const result = checkLinks(dir, '/repo/');
  assert.equal(result.assets, 4, 'data: and other-origin URLs are not counted');
  assert.equal(result.problems.length, 2, result.problems.join('\n'));
  assert.ok(
    result.problems.some((p: string) =>
      /asset "\/assets\/logo.svg".*not in the build under \/repo\//.test(p),
    ),
  );
  assert.ok(result.problems.some((p: string) => /asset "\/repo\/assets\/gone.js"/.test(p)));
});
