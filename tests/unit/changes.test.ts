/**
 * /changes/ and its feeds (issue #27 §1): entries come from the records' `added` dates and change
 * logs; additions on one day are one entry; newest first; months group them; the Atom output
 * carries what RFC 4287 requires and escapes what it quotes. Hand-made fixtures, plus the real data.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {xml2js, type Element} from 'xml-js';
import {changeEntries, changeMonths, modelChangeEntries} from '../../src/lib/changes';
import {atomFeed} from '../../src/lib/atom';
import {models} from '../../src/data/models';
import {sources} from '../../src/data/sources';
import {fixtureModel} from './model-fixtures';

const SOURCES: Record<string, {url: string; title: string}> = {
  'src-a': {url: 'https://example.org/a', title: 'Source <A> & co'},
};
const lookup = (id: string) => SOURCES[id];

const alpha = fixtureModel({
  id: 'alpha',
  added: '2026-11-23',
  lastVerified: '2026-12-02',
  levels: {weights: 'partial'},
  changes: [
    {
      date: '2026-12-02',
      kind: 'rating',
      rating: {dimension: 'weights', from: 'open', to: 'partial'},
      what: 'Weights re-rated.',
      source: 'src-a',
    },
    {date: '2025-03-24', kind: 'terms', what: 'License changed to MIT.', source: 'src-a'},
  ],
});
const beta = fixtureModel({id: 'beta', added: '2026-11-23'});
const gamma = fixtureModel({id: 'gamma', added: '2026-12-02'});

test('one entry per logged change, one per day of additions, newest first, changes before additions', () => {
  const entries = changeEntries([alpha, beta, gamma], lookup);
  assert.deepEqual(
    entries.map((e) => [e.date, e.kind, e.models.map((m) => m.id).join(' ')]),
    [
      ['2026-12-02', 'rating', 'alpha'],
      ['2026-12-02', 'added', 'gamma'],
      ['2026-11-23', 'added', 'alpha beta'],
      ['2025-03-24', 'terms', 'alpha'],
    ],
  );
  assert.equal(entries[0].rating, 'Weights: open → partial');
  assert.equal(entries[2].what, 'Added 2 records to the guide.');
  assert.equal(entries[1].what, 'Added Fixture gamma to the guide.');
  assert.equal(new Set(entries.map((e) => e.id)).size, entries.length, 'ids are unique');
  assert.deepEqual(
    changeMonths(entries).map((m) => [m.id, m.label, m.entries.length]),
    [
      ['2026-12', 'December 2026', 2],
      ['2026-11', 'November 2026', 1],
      ['2025-03', 'March 2025', 1],
    ],
  );
});

test('a change citing an unknown source fails the build, naming the record and entry', () => {
  const broken = fixtureModel({
    id: 'broken',
    changes: [{date: '2025-01-01', kind: 'correction', what: 'x', source: 'nope'}],
  });
  assert.throws(() => changeEntries([broken], lookup), /broken\.changes\.0 cites unknown source "nope"/);
});

function children(el: Element, name: string): Element[] {
  return (el.elements ?? []).filter((c) => c.type === 'element' && c.name === name);
}
const text = (el: Element | undefined) =>
  (el?.elements ?? []).map((c) => (c.type === 'cdata' ? c.cdata : c.text)).join('');

test('the Atom feed has what RFC 4287 requires, escapes quoted text, and is deterministic', () => {
  const site = {root: 'https://example.org/base/', title: 'Guide'};
  const spec = {
    self: 'https://example.org/base/changes.xml',
    page: 'https://example.org/base/changes/',
    title: 'T',
    subtitle: 'S',
  };
  const entries = changeEntries([alpha, beta, gamma], lookup);
  const xml = atomFeed(entries, spec, site);
  assert.equal(xml, atomFeed(entries, spec, site), 'same input, same bytes');
  const feed = children(xml2js(xml) as Element, 'feed')[0];
  assert.equal(feed.attributes?.xmlns, 'http://www.w3.org/2005/Atom');
  assert.equal(text(children(feed, 'id')[0]), spec.self);
  assert.equal(text(children(feed, 'updated')[0]), '2026-12-02T00:00:00.000Z', 'updated is the newest entry');
  assert.equal(text(children(children(feed, 'author')[0], 'name')[0]), 'Guide');
  const rels = children(feed, 'link').map((l) => [l.attributes?.rel, l.attributes?.href]);
  assert.deepEqual(rels, [
    ['alternate', spec.page],
    ['self', spec.self],
  ]);
  const items = children(feed, 'entry');
  assert.equal(items.length, entries.length);
  for (const e of items) {
    for (const required of ['id', 'title', 'updated', 'link']) {
      assert.equal(children(e, required).length, 1, `entry has one <${required}>`);
    }
  }
  const first = items[0];
  assert.equal(children(first, 'link')[0].attributes?.href, 'https://example.org/base/models/alpha/#changes');
  assert.match(
    text(children(first, 'content')[0]),
    /Source: <a href="https:\/\/example.org\/a">Source &lt;A&gt; &amp; co<\/a>/,
  );
});

test('the real records: every change resolves, every model has a feed with its addition', () => {
  const byUrl = new Map(sources.map((s) => [s.url, s]));
  const resolve = (ref: string) => byUrl.get(ref) ?? sources.find((s) => s.id === ref);
  const entries = changeEntries(models, resolve);
  const logged = models.reduce((n, m) => n + (m.changes?.length ?? 0), 0);
  const days = new Set(models.map((m) => m.added)).size;
  assert.equal(entries.length, logged + days);
  for (const m of models) {
    const own = modelChangeEntries(m, resolve);
    assert.equal(own.length, (m.changes?.length ?? 0) + 1, m.id);
    assert.ok(
      own.some((e) => e.kind === 'added' && e.date === m.added),
      m.id,
    );
  }
});
