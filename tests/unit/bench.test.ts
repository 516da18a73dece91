/**
 * The pure parts of the benchmark and the byte-budget guard: statistics, ratios, HTML asset
 * extraction (unquoted attributes, base paths), byte-budget comparison and the --check budgets.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {measureBuiltPage} from '../../scripts/bench/builtAssets';
import {
  assetFileFromUrl,
  checkBenchBudgets,
  compareByteBudgets,
  describeMiss,
  extractFirstLoadAssets,
  formatTable,
  LCP_TOLERANCE,
  median,
  normalizePageArg,
  ratio,
  recordBudgets,
  type PageBytes,
  type PageResult,
} from '../../scripts/bench/lib';

test('median of odd and even counts, ignoring NaN, without mutating', () => {
  const values = [5, 1, 3];
  assert.equal(median(values), 3);
  assert.deepEqual(values, [5, 1, 3]);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.equal(median([7, Number.NaN]), 7);
  assert.ok(Number.isNaN(median([])));
});

test('ratio is ours / peer and NaN when it would be meaningless', () => {
  assert.equal(ratio(90, 60), 1.5);
  assert.ok(Number.isNaN(ratio(10, 0)));
  assert.ok(Number.isNaN(ratio(Number.NaN, 3)));
});

// Minified Docusaurus output: unquoted attributes, inline scripts, JSON-LD, preloads, icons.
const BUILT_HTML =
  '<!doctype html><html lang=en><head><meta charset=UTF-8><link rel=icon href=/some-repo/img/f.svg />' +
  '<script data-rh=true type=application/ld+json>{"@context":"https://schema.org"}</script>' +
  '<script data-rh=true>document.addEventListener("x",()=>{})</script>' +
  '<link rel=stylesheet href=/some-repo/assets/css/styles.abc.css />' +
  '<link rel="preload" as=image href=/some-repo/img/logo.svg />' +
  '<script src=/some-repo/assets/js/runtime~main.1.js defer></script>' +
  '<script src=/some-repo/assets/js/main.2.js defer></script>' +
  '<link rel="alternate stylesheet" href=/some-repo/assets/css/alt.css />' +
  '</head><body><script src=/some-repo/assets/js/main.2.js defer></script></body></html>';

test('extracts first-load scripts and stylesheets from unquoted, minified HTML', () => {
  assert.deepEqual(extractFirstLoadAssets(BUILT_HTML), {
    scripts: ['/some-repo/assets/js/runtime~main.1.js', '/some-repo/assets/js/main.2.js'],
    styles: ['/some-repo/assets/css/styles.abc.css', '/some-repo/assets/css/alt.css'],
  });
});

test('asset URLs resolve against the base path to files in the build folder', () => {
  assert.equal(assetFileFromUrl('/assets/js/main.2.js', '/'), 'assets/js/main.2.js');
  assert.equal(assetFileFromUrl('/some-repo/assets/js/main.2.js', '/some-repo/'), 'assets/js/main.2.js');
  assert.equal(assetFileFromUrl('/some-repo/assets/js/main.2.js', 'some-repo'), 'assets/js/main.2.js');
  // Relative to the page's own folder:
  assert.equal(assetFileFromUrl('../../assets/a.css', '/some-repo/', 'guide/x/'), 'assets/a.css');
  assert.equal(assetFileFromUrl('/assets/js/runtime%7Emain.js?v=1', '/'), 'assets/js/runtime~main.js');
  assert.throws(() => assetFileFromUrl('/assets/js/main.js', '/some-repo/'), /outside the base path/);
  assert.throws(() => assetFileFromUrl('https://cdn.example/x.js', '/'), /another origin/);
});

const bytes = (jsGz: number, cssGz = 10_000): PageBytes => ({
  js: {raw: jsGz * 3, gzip: jsGz},
  css: {raw: cssGz * 5, gzip: cssGz},
});

test('byte budgets: within passes, over and missing budgets are misses with both numbers', () => {
  const budgets = {'': bytes(150_000), 'guide/a/': bytes(160_000)};
  assert.deepEqual(compareByteBudgets({'': bytes(150_000)}, budgets), []);
  const misses = compareByteBudgets({'': bytes(150_001), 'guide/b/': bytes(1)}, budgets);
  assert.deepEqual(
    misses.map((m) => [m.page, m.kind, m.encoding]),
    [
      ['', 'js', 'raw'],
      ['', 'js', 'gzip'],
      ['guide/b/', 'js', 'raw'],
      ['guide/b/', 'js', 'gzip'],
      ['guide/b/', 'css', 'raw'],
      ['guide/b/', 'css', 'gzip'],
    ],
  );
  const message = describeMiss(misses[1]);
  assert.match(message, /landing page/);
  assert.match(message, /JS \(gzip\)/);
  assert.match(message, /150001 bytes/);
  assert.match(message, /150000 bytes/);
  assert.match(describeMiss(misses[2]), /\/guide\/b\/.*no recorded budget/);
});

test('recorded budgets add headroom and round up to 100 bytes', () => {
  assert.deepEqual(recordBudgets({'': bytes(1000, 1)}, 0.1), {
    '': {js: {raw: 3300, gzip: 1100}, css: {raw: 100, gzip: 100}},
  });
});

function result(site: 'ours' | 'peer', page: string, over: Partial<PageResult> = {}): PageResult {
  return {
    site,
    page,
    url: `http://127.0.0.1/${page}`,
    runs: 3,
    performance: 90,
    accessibility: 100,
    bestPractices: 100,
    seo: 100,
    lcpMs: 2000,
    tbtMs: 100,
    cls: 0,
    transferBytes: 200_000,
    firstLoad: bytes(170_000),
    failingAudits: [],
    ...over,
  };
}

const peerLanding = result('peer', '', {performance: 80, lcpMs: 3000});
const peerDocs = result('peer', 'docs/intro/', {performance: 88});

test('--check passes when every budget is met, including LCP within the tolerance', () => {
  const ours = [
    result('ours', '', {performance: 80, lcpMs: 3000 * (1 + LCP_TOLERANCE)}),
    result('ours', 'guide/x/', {performance: 88, cls: 0.019}),
  ];
  assert.deepEqual(checkBenchBudgets({ours, peerLanding, peerDocs, oursDocsPage: 'guide/x/'}), []);
});

test('--check lists each miss with both numbers', () => {
  const ours = [
    result('ours', '', {performance: 79, lcpMs: 3200}),
    result('ours', 'guide/x/', {
      performance: 87,
      seo: 92,
      failingAudits: ['seo/crawlable-anchors'],
      cls: 0.02,
      firstLoad: bytes(170_001),
    }),
  ];
  const misses = checkBenchBudgets({ours, peerLanding, peerDocs, oursDocsPage: 'guide/x/'});
  assert.equal(misses.length, 6, misses.join('\n'));
  const text = misses.join('\n');
  assert.match(text, /landing page \(\/\): performance 79 < peer landing page \(\/\) median 80/);
  assert.match(text, /\/guide\/x\/: performance 87 < peer \/docs\/intro\/ median 88/);
  assert.match(text, /SEO 92, must be 100 \(failing: seo\/crawlable-anchors\)/);
  assert.match(text, /CLS 0\.020, must be < 0\.02/);
  assert.match(text, /170001 bytes gzip > peer docs page \/docs\/intro\/ 170000 bytes gzip/);
  assert.match(text, /LCP 3200 ms > peer landing LCP 3000 ms \+ 5% \(3150 ms\)/);
});

test('--check says so when the pages a budget needs were not measured', () => {
  const misses = checkBenchBudgets({ours: [], peerLanding, peerDocs, oursDocsPage: 'guide/x/'});
  assert.equal(misses.length, 3);
  assert.match(misses.join('\n'), /No pages[\s\S]*not measured[\s\S]*landing page was not measured/);
});

test('the table shows every page and the ours/peer ratios', () => {
  const ours = [result('ours', '', {performance: 96}), result('ours', 'guide/x/', {tbtMs: 50})];
  const table = formatTable([peerLanding, peerDocs, ...ours], peerLanding, peerDocs);
  assert.match(table, /^peer \/ /m);
  assert.match(table, /^peer \/docs\/intro\//m);
  assert.match(table, /^\/guide\/x\/ /m);
  assert.match(table, /^\/ vs peer \/ +1\.20 +0\.67 +1\.00 +1\.00$/m);
  assert.match(table, /^\/guide\/x\/ vs peer \/docs\/intro\/ +1\.02 +1\.00 +0\.50 +1\.00$/m);
});

test('--pages arguments are normalised to sitemap paths', () => {
  assert.equal(normalizePageArg('/'), '');
  assert.equal(normalizePageArg('guide/faq'), 'guide/faq/');
  assert.equal(normalizePageArg('/guide/faq/'), 'guide/faq/');
  assert.equal(normalizePageArg('search'), 'search/');
});

test('built-page measurement reads the files a sub-path build names, raw and gzip', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-unit-'));
  try {
    fs.mkdirSync(path.join(dir, 'assets', 'js'), {recursive: true});
    fs.mkdirSync(path.join(dir, 'assets', 'css'), {recursive: true});
    fs.mkdirSync(path.join(dir, 'guide', 'x'), {recursive: true});
    fs.writeFileSync(path.join(dir, 'assets', 'js', 'runtime~main.1.js'), 'a'.repeat(1000));
    fs.writeFileSync(path.join(dir, 'assets', 'js', 'main.2.js'), 'b'.repeat(2000));
    fs.writeFileSync(path.join(dir, 'assets', 'css', 'styles.abc.css'), 'c'.repeat(500));
    fs.writeFileSync(path.join(dir, 'assets', 'css', 'alt.css'), 'd'.repeat(10));
    fs.writeFileSync(path.join(dir, 'guide', 'x', 'index.html'), BUILT_HTML);
    const m = measureBuiltPage(dir, '/some-repo/', 'guide/x/');
    assert.equal(m.bytes.js.raw, 3000);
    assert.equal(m.bytes.css.raw, 510);
    assert.ok(m.bytes.js.gzip > 0 && m.bytes.js.gzip < 200, `gzip ${m.bytes.js.gzip}`);
    assert.deepEqual(m.files.js, ['assets/js/runtime~main.1.js', 'assets/js/main.2.js']);
    // The same HTML checked as a root build points outside the base path: a clear error.
    assert.throws(() => measureBuiltPage(dir, '/', 'guide/x/'), /does not exist|outside/);
    assert.throws(() => measureBuiltPage(dir, '/some-repo/', 'guide/missing/'), /npm run build/);
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
});
