/** scripts/lib/stale.ts: the "due for a re-check" report behind `npm run stale`. */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {citationsByPage, cutoff, formatReport, latestMoment, staleItems} from '../../scripts/lib/stale';

const NOW = new Date('2026-11-27T12:00:00Z');

test('cutoff is the same day six calendar months earlier, clamped to the month length', () => {
  assert.equal(cutoff(NOW, 6).toISOString().slice(0, 10), '2026-05-27');
  assert.equal(cutoff(new Date('2026-08-31T00:00:00Z'), 6).toISOString().slice(0, 10), '2026-02-28');
});

test('a partial date counts from its last possible day', () => {
  assert.equal(latestMoment('2026-05').toISOString().slice(0, 10), '2026-05-31');
  assert.equal(latestMoment('2025').toISOString().slice(0, 10), '2025-12-31');
  assert.equal(latestMoment('2026-02-03').toISOString().slice(0, 10), '2026-02-03');
});

test('staleItems keeps only items older than the cut-off, oldest first, ties by name', () => {
  const items = [
    {what: 'b', date: '2026-01', usedOn: []},
    {what: 'fresh', date: '2026-11-01', usedOn: []},
    {what: 'a', date: '2026-01', usedOn: []},
    {what: 'oldest', date: '2019', usedOn: []},
    {what: 'edge-month', date: '2026-05', usedOn: []}, // May 31st is after May 27th: not stale yet
    {what: 'edge-day', date: '2026-05-26', usedOn: []},
  ];
  assert.deepEqual(
    staleItems(items, NOW, 6).map((i) => i.what),
    ['oldest', 'a', 'b', 'edge-day'],
  );
});

test('citationsByPage maps each source id to the pages citing it, once per page', () => {
  const map = citationsByPage([
    {route: '/guide/a/', text: 'x <Cite id="s1" /> y <Cite id="s2"/> z <Cite id="s1" />'},
    {route: '/guide/b/', text: '<Cite  id="s1" />'},
  ]);
  assert.deepEqual(map.get('s1'), ['/guide/a/', '/guide/b/']);
  assert.deepEqual(map.get('s2'), ['/guide/a/']);
  assert.equal(map.get('s3'), undefined);
});

test('formatReport states the count, the rule and each item with its pages', () => {
  const text = formatReport([{what: 'source x', date: '2025-01', usedOn: ['/guide/a/']}], NOW, 6, 10);
  assert.match(text, /^1 of 10 dated facts were last checked more than 6 months before 2026-11-27/);
  assert.match(text, /2025-01\s+source x\s+\/guide\/a\//);
  assert.match(formatReport([], NOW, 6, 10), /none/);
});
