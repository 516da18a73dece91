/**
 * The byte guard (scripts/budgets.ts, scripts/bench/pageTypes.ts): the comparison logic on its own,
 * and, in a real browser, that a page's route chunks and prefetches are counted, so that a planted
 * 20 KB import fails the guard.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {launchBrowser, measureFirstLoad} from '../../scripts/bench/measure';
import {
  PAGE_TYPES,
  comparePageBudgets,
  compareTemplateRatios,
  describePageMiss,
  recordPageBudgets,
  templateRatio,
} from '../../scripts/bench/pageTypes';

test('comparePageBudgets names each kind over its ceiling and page types without one', () => {
  const misses = comparePageBudgets(
    {landing: {js: 100, css: 10, prefetch: 50}, 'docs page': {js: 90, css: 10, prefetch: 0}},
    {landing: {js: 99, css: 10, prefetch: 60}},
  );
  assert.deepEqual(
    misses.map((m) => `${m.type}/${m.kind}`),
    ['landing/js', 'docs page/js', 'docs page/css', 'docs page/prefetch'],
  );
  assert.match(
    describePageMiss(misses[0]),
    /landing: first-load JS is 100 bytes gzip .* over its budget of 99 bytes .* by 1 bytes/,
  );
  assert.match(describePageMiss(misses[1]), /no recorded budget/);
});

test("compareTemplateRatios flags JS over a page type's target and idle prefetch over 2× the template", () => {
  const template = {
    docusaurus: 'x',
    recorded: '2026-11-27',
    landing: {js: 200, css: 1, prefetch: 10},
    docs: {js: 100, css: 1, prefetch: 20},
  };
  const misses = compareTemplateRatios(
    {
      landing: {js: 201, css: 0, prefetch: 20}, // 1.005× (goal 1.0) and prefetch exactly 2×
      'docs page': {js: 100, css: 0, prefetch: 41}, // 1.0× JS is fine, prefetch 2.05× is not
      'model page': {js: 105, css: 0, prefetch: 0},
    },
    template,
  );
  assert.deepEqual(
    misses.map((m) => `${m.type}/${m.kind}/${m.ratio.toFixed(3)}`),
    ['landing/js/1.005', 'docs page/prefetch/2.050'],
  );
  assert.deepEqual(compareTemplateRatios({landing: {js: 1, css: 0, prefetch: 0}}, undefined), []);
});

test('recordPageBudgets adds headroom and rounds up to 100 bytes', () => {
  assert.deepEqual(recordPageBudgets({landing: {js: 1000, css: 101, prefetch: 0}}, 0.1), {
    landing: {js: 1100, css: 200, prefetch: 0},
  });
});

test('templateRatio holds the landing page against the template landing page, others against its docs page', () => {
  const template = {
    docusaurus: 'x',
    recorded: '2026-11-27',
    landing: {js: 200, css: 1, prefetch: 10},
    docs: {js: 100, css: 1, prefetch: 20},
  };
  assert.equal(
    templateRatio('landing', {js: 100, css: 0, prefetch: 0}, template),
    "0.50× the template's landing page",
  );
  assert.equal(
    templateRatio('model page', {js: 105, css: 0, prefetch: 0}, template),
    "1.05× the template's docs page",
  );
  assert.equal(
    templateRatio('docs page', {js: 1, css: 0, prefetch: 40}, template, 'prefetch'),
    "2.00× the template's docs page",
  );
  assert.equal(templateRatio('docs page', {js: 1, css: 0, prefetch: 0}, undefined), '');
  assert.equal(PAGE_TYPES['docs page'].template, 'docs');
});

/** A tiny site: index.html runs main.js, which imports a route chunk and prefetches another. */
function plantSite(withExtraImport: boolean): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'budgets-site-'));
  const pad = (bytes: number) => crypto.randomBytes(bytes).toString('base64').slice(0, bytes);
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><html><head><title>t</title><script type="module" src="/main.js"></script></head><body><p>x</p></body></html>',
  );
  fs.writeFileSync(
    path.join(dir, 'main.js'),
    `const l=document.createElement('link');l.rel='prefetch';l.href='/later.js';document.head.append(l);
import('/route.js').then(()=>${withExtraImport ? "import('/planted.js')" : 'null'}).then(()=>document.documentElement.setAttribute('data-has-hydrated','true'));`,
  );
  fs.writeFileSync(path.join(dir, 'route.js'), `export const a=${JSON.stringify(pad(4000))};`);
  fs.writeFileSync(path.join(dir, 'later.js'), `export const b=${JSON.stringify(pad(3000))};`);
  if (withExtraImport)
    fs.writeFileSync(path.join(dir, 'planted.js'), `export const c=${JSON.stringify(pad(20_000))};`);
  return dir;
}

test('a route chunk is counted, a prefetch is counted apart, and a planted 20 KB import fails the guard', async () => {
  const {startStaticServer} = (await import('../../scripts/serve-static.mjs')) as {
    startStaticServer: (o: object) => Promise<{url: string; close: () => Promise<void>}>;
  };
  const browser = await launchBrowser();
  const dirs = [plantSite(false), plantSite(true)];
  try {
    const loads = [];
    for (const dir of dirs) {
      const server = await startStaticServer({dir, base: '/', port: 0, gzip: true});
      try {
        loads.push(await measureFirstLoad(browser, server.url));
      } finally {
        await server.close();
      }
    }
    const [before, after] = loads;
    assert.ok(
      before.files.some((f) => f.url === '/route.js'),
      'the dynamically imported chunk is counted',
    );
    assert.deepEqual(
      before.prefetched.map((f) => f.url),
      ['/later.js'],
      'the prefetched file is counted as prefetch, not as loaded',
    );
    const bytes = (l: typeof before) => ({
      js: l.bytes.js.gzip,
      css: l.bytes.css.gzip,
      prefetch: l.prefetched.reduce((s, f) => s + f.gzip, 0),
    });
    const budgets = recordPageBudgets({landing: bytes(before)}, 0.1);
    assert.deepEqual(comparePageBudgets({landing: bytes(before)}, budgets), [], 'the unchanged site passes');
    const misses = comparePageBudgets({landing: bytes(after)}, budgets);
    assert.deepEqual(
      misses.map((m) => m.kind),
      ['js'],
      'the planted import is over the JS budget',
    );
    assert.ok(misses[0].actual - bytes(before).js > 15_000, 'by about the 20 KB planted');
  } finally {
    await browser.close();
    for (const dir of dirs) fs.rmSync(dir, {recursive: true, force: true});
  }
});
