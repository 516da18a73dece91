/**
 * Openness timeline geometry and data step (src/lib/timeline.ts, timelineData.ts) on hand-made
 * points and records, plus invariants over the live data (points inside the plot, date order). Run: node --import tsx --test tests/unit/timeline.test.ts
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {models} from '../../src/data/models';
import {getLicense} from '../../src/data/licenses';
import {
  LAYOUTS,
  layoutTimeline,
  makeScales,
  overlaps,
  yearFraction,
  type TimelinePoint,
} from '../../src/lib/timeline';
import {timelineData, timelineMarkdown} from '../../src/lib/timelineData';
import {licenseLookup} from './license-fixtures';
import {closedFixture, FIXTURE_LICENSES, fixtureModel, levelsWith} from './model-fixtures';

const PLOT = {x: 40, y: 10, width: 500, height: 200};

test('yearFraction puts imprecise dates mid-range and full dates on their day', () => {
  assert.equal(yearFraction('2020'), 2020.5);
  assert.equal(yearFraction('2020-01'), 2020 + 0.5 / 12);
  assert.equal(yearFraction('2021-01-01'), 2021);
  assert.equal(yearFraction('2021-07-01'), 2021.5);
  assert.ok(Math.abs(yearFraction('2021-12-31') - (2021 + (11 + 30 / 31) / 12)) < 1e-9);
  assert.throws(() => yearFraction('July 2021'), /not an ISO date/);
});

test('x scale: first year starts the plot, the year after the last ends it', () => {
  const s = makeScales(['2018-01-01', '2020-06', '2021-01-01'], PLOT);
  assert.equal(s.from, 2018);
  assert.equal(s.to, 2022);
  assert.equal(s.x('2018-01-01'), PLOT.x);
  assert.equal(s.x('2020-01-01'), PLOT.x + PLOT.width / 2);
  assert.equal(s.x('2021-01-01'), PLOT.x + (3 / 4) * PLOT.width);
});

test('y scale: 100 at the top, 0 at the bottom, out-of-range scores clamped', () => {
  const s = makeScales(['2020-01-01'], PLOT);
  assert.equal(s.y(100), PLOT.y);
  assert.equal(s.y(0), PLOT.y + PLOT.height);
  assert.equal(s.y(25), PLOT.y + 0.75 * PLOT.height);
  assert.equal(s.y(140), PLOT.y);
  assert.equal(s.y(-5), PLOT.y + PLOT.height);
});

const pts: TimelinePoint[] = [
  {id: 'a', name: 'Alpha', date: '2019-02', score: 63, kind: 'open-weight'},
  {id: 'b', name: 'Beta', date: '2022-11-30', score: 13, kind: 'closed'},
  {id: 'c', name: 'Gamma', date: '2022-11-30', score: 13, kind: 'closed'},
  {id: 'd', name: 'Delta', date: '2024-02-01', score: 100, kind: 'osai'},
  {id: 'e', name: 'Epsilon', date: '2024-02-01', score: 0, kind: 'osai'},
];

for (const [name, size] of Object.entries(LAYOUTS)) {
  test(`${name} layout: every mark inside the plot, same-spot points spread, ticks in order`, () => {
    const l = layoutTimeline(pts, ['a', 'b', 'c', 'd', 'e'], size);
    for (const m of l.marks) {
      assert.ok(m.cx >= l.plot.x && m.cx <= l.plot.x + l.plot.width, `${m.id} x ${m.cx}`);
      assert.ok(m.cy >= l.plot.y && m.cy <= l.plot.y + l.plot.height, `${m.id} y ${m.cy}`);
    }
    const [b, c] = [l.marks[1], l.marks[2]];
    assert.equal(b.cy, c.cy);
    assert.ok(c.cx - b.cx >= size.markRadius, 'identical points must not sit on top of each other');
    assert.equal(l.xTicks[0].x, l.plot.x);
    assert.deepEqual(
      l.yTicks.map((t) => t.value),
      [0, 25, 50, 75, 100],
    );
    for (let i = 1; i < l.xTicks.length; i++) assert.ok(l.xTicks[i].x > l.xTicks[i - 1].x);
  });

  test(`${name} layout: labels never overlap each other or a mark, and stay in the plot`, () => {
    // Live data, the real label list: the case that matters.
    const {points, notable} = timelineData(models, getLicense);
    const l = layoutTimeline(points, notable, size);
    assert.ok(l.labels.length >= 4, `only ${l.labels.length} labels fit`);
    for (const [i, a] of l.labels.entries()) {
      assert.ok(a.box.x >= l.plot.x && a.box.x + a.box.width <= l.plot.x + l.plot.width, a.id);
      assert.ok(a.box.y >= l.plot.y && a.box.y + a.box.height <= l.plot.y + l.plot.height, a.id);
      for (const b of l.labels.slice(i + 1)) assert.ok(!overlaps(a.box, b.box), `${a.id} overlaps ${b.id}`);
      for (const m of l.marks) {
        const r = size.markRadius;
        assert.ok(
          !overlaps(a.box, {x: m.cx - r, y: m.cy - r, width: 2 * r, height: 2 * r}),
          `${a.id} covers ${m.id}`,
        );
      }
    }
    for (const m of l.marks) {
      assert.ok(m.cx >= l.plot.x && m.cx <= l.plot.x + l.plot.width, `${m.id} x`);
      assert.ok(m.cy >= l.plot.y && m.cy <= l.plot.y + l.plot.height, `${m.id} y`);
    }
  });
}

test('timelineData: kinds follow the verdicts, oldest first (then by name), unscored records left out', () => {
  const lookup = licenseLookup(FIXTURE_LICENSES);
  const osai = fixtureModel({id: 'osai', name: 'Osai', firstRelease: '2024-05', lastVerified: '2025-02-01'});
  const weights = fixtureModel({
    id: 'weights',
    name: 'Beta weights',
    firstRelease: '2024-05',
    levels: levelsWith({trainingCode: 'closed', trainingData: 'closed'}),
    lastVerified: '2025-09-01',
  });
  const closed = closedFixture({id: 'closed', name: 'Closed', firstRelease: '2020-06'});
  const unscored = fixtureModel({id: 'unscored', firstRelease: '2019', levels: {}});
  const {points, asOf} = timelineData([osai, weights, closed, unscored], lookup);
  assert.deepEqual(
    points.map((p) => [p.id, p.kind]),
    [
      ['closed', 'closed'],
      ['weights', 'open-weight'], // same month as Osai: by name
      ['osai', 'osai'],
    ],
  );
  assert.equal(points.find((p) => p.id === 'osai')?.score, 100);
  assert.equal(asOf, '2025-09-01', 'the newest check of any record');
  assert.throws(
    () => timelineData([fixtureModel({id: 'orphan', license: 'gone'})], lookup),
    /models\[orphan\]\.license/,
  );
});

test('timelineData over the live dataset: every scored record plotted once, in date order, notable ids plotted', () => {
  const {points, asOf, notable} = timelineData(models, getLicense);
  const kind = (id: string) => points.find((p) => p.id === id)?.kind;
  assert.equal(new Set(points.map((p) => p.id)).size, points.length);
  assert.ok(points.length > 0 && points.length <= models.length);
  const dates = points.map((p) => p.date);
  assert.deepEqual(dates, [...dates].sort());
  assert.ok(points.every((p) => p.score >= 0 && p.score <= 100));
  assert.ok(models.every((m) => m.lastVerified <= asOf));
  // The labelled points are the records that ask for a label, in their `timelineLabel` order.
  const wanted = models.filter((m) => m.timelineLabel !== undefined);
  assert.ok(wanted.length >= 10, 'the records name the timeline’s labels');
  for (const m of wanted) assert.ok(kind(m.id), `${m.id} asks for a label but is not plotted`);
  const ranks = notable.map((id) => models.find((m) => m.id === id)?.timelineLabel ?? 0);
  assert.deepEqual(
    ranks,
    [...ranks].sort((a, b) => a - b),
  );
  assert.equal(notable.length, wanted.length);
});

test('timelineMarkdown lists every point with its page link', () => {
  const md = timelineMarkdown(
    {asOf: '2025-01-01', points: pts, notable: []},
    (id) => `https://x.test/models/${id}/`,
  );
  assert.match(
    md,
    /\| \[Alpha\]\(https:\/\/x\.test\/models\/a\/\) \| 2019-02 \| 63 \| Open weights, not Open Source AI \|/,
  );
  assert.equal(md.split('\n').filter((l) => l.startsWith('| [')).length, pts.length);
});
