/** The pure parts of the benchmark: statistics, ratios, the results table and the --check budgets. */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {
  checkBenchBudgets,
  formatTable,
  LCP_TOLERANCE,
  median,
  normalizePageArg,
  ratio,
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

const bytes = (jsGz: number, cssGz = 10_000): PageBytes => ({
  js: {raw: jsGz * 3, gzip: jsGz},
  css: {raw: cssGz * 5, gzip: cssGz},
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
