/**
 * Second opinions (src/lib/trackers.ts, src/data/trackers/): snapshot integrity, the EU index
 * score, the Model Openness Tool class at each boundary, license resolution, and the
 * disagreement flag with each reason.
 * Run: node --import tsx --test tests/unit/trackers.test.ts
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {models} from '../../src/data/models';
import {EU_MAPPING, MOT_MAPPING} from '../../src/data/trackers/mapping';
import {euIndex, mot, secondOpinionFor} from '../../src/lib/trackerSnapshots';
import {isIsoDate} from '../../src/domain/dates';
import {
  EU_CORRESPONDENCE,
  compareRatings,
  euScore,
  evaluateMot,
  isMotOpenLicense,
  isStrictlyAfter,
  resolveMotLicense,
  type Correspondence,
  type EuCriterion,
  type MotComponent,
  type MotComponentDef,
} from '../../src/lib/trackers';
import type {OpennessProfile} from '../../src/domain/types';

const ourIds = new Set(models.map((m) => m.id));

/* ---- Snapshot integrity ------------------------------------------------------------------ */

test('every mapped id exists in our dataset and is mapped once per tracker', () => {
  for (const list of [EU_MAPPING, MOT_MAPPING]) {
    const seen = new Set<string>();
    for (const m of list) {
      assert.ok(ourIds.has(m.id), `${m.file} maps to unknown id ${m.id}`);
      assert.ok(!seen.has(m.id), `${m.id} mapped twice`);
      seen.add(m.id);
    }
  }
});

test('each snapshot names its commit, date, license and repository, and holds exactly the mapped entries', () => {
  for (const snap of [euIndex, mot]) {
    assert.match(snap.commit, /^[0-9a-f]{40}$/, `${snap.name}: commit`);
    assert.ok(isIsoDate(snap.date), `${snap.name}: date ${snap.date}`);
    assert.match(snap.repository, /^https:\/\/github\.com\//);
    assert.match(snap.site, /^https:\/\//);
  }
  assert.equal(euIndex.license, 'CC-BY-4.0');
  assert.equal(euIndex.doi, '10.5281/zenodo.15386042');
  assert.match(euIndex.citation, /Liesenfeld.*Dingemanse.*FAccT/);
  assert.equal(mot.license, 'MIT');
  assert.deepEqual(Object.keys(euIndex.entries).sort(), EU_MAPPING.map((m) => m.id).sort());
  assert.deepEqual(Object.keys(mot.entries).sort(), MOT_MAPPING.map((m) => m.id).sort());
  for (const snap of [euIndex, mot]) {
    for (const [id, e] of Object.entries(snap.entries)) {
      assert.ok(isIsoDate(e.lastChanged), `${id}: lastChanged`);
      assert.ok(e.lastChanged <= snap.date, `${id}: changed after the snapshot commit`);
    }
  }
});

test('EU entries rate only known criteria with known classes; MOT entries list only known components', () => {
  const refs = new Set(euIndex.criteria.map((c) => c.ref));
  for (const [id, e] of Object.entries(euIndex.entries)) {
    for (const [ref, r] of Object.entries(e.ratings)) {
      assert.ok(refs.has(ref), `${id}: ${ref}`);
      assert.ok(r.class === null || ['open', 'partial', 'closed'].includes(r.class), `${id}: ${ref}`);
    }
  }
  const cids = new Set(mot.components.map((c) => c.id));
  for (const [id, e] of Object.entries(mot.entries)) {
    for (const c of e.components) assert.ok(cids.has(c.id), `${id}: component ${c.id}`);
  }
});

test('the license notices ship with the snapshots', async () => {
  const {readFile} = await import('node:fs/promises');
  const notice = await readFile('src/data/trackers/NOTICE.md', 'utf8');
  assert.match(notice, /CC BY 4\.0/);
  assert.match(notice, /10\.5281\/zenodo\.15386042/);
  assert.match(notice, /osai-index\.eu/);
  const mit = await readFile('src/data/trackers/LICENSE-MOT', 'utf8');
  assert.match(mit, /Permission is hereby granted, free of charge/);
});

/* ---- EU index score ------------------------------------------------------------------------ */

const criteria: EuCriterion[] = [
  {ref: 'a', name: 'A', category: 'x', types: ['text', 'image']},
  {ref: 'b', name: 'B', category: 'x', types: ['text']},
  {ref: 'c', name: 'C', category: 'y', types: ['text']},
  {ref: 'd', name: 'D', category: 'y', types: ['image']},
];

test('EU score: open 1, partial 0.5, closed 0, empty 0, over the criteria for the type', () => {
  const s = euScore(criteria, {a: {class: 'open'}, b: {class: 'partial'}, c: {class: null}}, 'text');
  assert.deepEqual(s, {score: 1.5 / 3, counted: 3, empty: 1});
  const image = euScore(criteria, {a: {class: 'closed'}, d: {class: 'open'}}, 'image');
  assert.deepEqual(image, {score: 0.5, counted: 2, empty: 0});
  // Several types: a criterion counts when any type matches.
  assert.equal(euScore(criteria, {a: {class: 'open'}}, 'text, image').counted, 4);
  assert.equal(euScore(criteria, {}, 'audio').counted, 0);
});

test('EU score of a vendored entry equals the mean of its 12 ratings', () => {
  const o = secondOpinionFor(models.find((m) => m.id === 'gpt-oss-120b')!);
  assert.ok(o.eu);
  const weights = o.eu.ratings.map((r): number => (r.class === 'open' ? 1 : r.class === 'partial' ? 0.5 : 0));
  assert.equal(o.eu.counted, euIndex.criteria.length);
  assert.equal(o.eu.score, weights.reduce((a, b) => a + b, 0) / weights.length);
});

/* ---- MOT class ------------------------------------------------------------------------------ */

const defs: MotComponentDef[] = mot.components;
const requiredIds = (cls: number) => defs.filter((d) => d.required && d.class === cls).map((d) => d.id);
const open = (ids: number[]): MotComponent[] => ids.map((id) => ({id, license: 'Apache-2.0', open: true}));
const c3 = requiredIds(3);
const c2 = requiredIds(2);
const c1 = requiredIds(1);

test('the framework lists 6 + 4 + 4 required components (the tool settings at the pinned commit)', () => {
  assert.equal(c3.length, 6);
  assert.equal(c2.length, 4);
  assert.equal(c1.length, 4);
});

test('MOT class boundaries: none, III, II, I', () => {
  assert.equal(evaluateMot(defs, []).mofClass, 0);
  const almost3 = evaluateMot(defs, open(c3.slice(1)));
  assert.equal(almost3.mofClass, 0);
  assert.equal(Math.round(almost3.progress[3]), 83);
  assert.equal(evaluateMot(defs, open(c3)).mofClass, 3);
  assert.equal(evaluateMot(defs, open([...c3, ...c2.slice(1)])).mofClass, 3);
  assert.equal(evaluateMot(defs, open([...c3, ...c2])).mofClass, 2);
  assert.equal(evaluateMot(defs, open([...c3, ...c2, ...c1.slice(1)])).mofClass, 2);
  const all = evaluateMot(defs, open([...c3, ...c2, ...c1]));
  assert.equal(all.mofClass, 1);
  assert.deepEqual(all.progress, {1: 100, 2: 100, 3: 100});
});

test('MOT: a lower class not met gives 0 progress to the higher ones (no skipping)', () => {
  const e = evaluateMot(defs, open([...c2, ...c1]));
  assert.equal(e.mofClass, 0);
  assert.equal(e.progress[2], 0);
  assert.equal(e.progress[1], 0);
});

test('MOT: a component under a non-open license or none does not count', () => {
  const restricted: MotComponent[] = [
    ...open(c3.filter((id) => id !== 10)),
    {id: 10, license: 'Llama 2 Community License', open: false},
  ];
  assert.equal(evaluateMot(defs, restricted).mofClass, 0);
  assert.ok(evaluateMot(defs, restricted).lacking[3].includes(10));
  const unlicensed = [...open(c3.filter((id) => id !== 10)), {id: 10, license: null, open: false}];
  assert.equal(evaluateMot(defs, unlicensed).mofClass, 0);
});

test('MOT: a research paper may stand in for the technical report', () => {
  const noReport = c3.filter((id) => id !== 11);
  assert.equal(evaluateMot(defs, open(noReport)).mofClass, 0);
  assert.equal(evaluateMot(defs, open([...noReport, 21])).mofClass, 3);
  assert.equal(evaluateMot(defs, open([...noReport, ...c2, ...c1])).mofClass, 1);
});

test('MOT license resolution: component, then content type, then distribution; unlicensed is none', () => {
  const global = {distribution: {name: 'Apache-2.0'}, data: {name: 'CC-BY-4.0'}};
  assert.equal(resolveMotLicense('MIT', 'code', global), 'MIT');
  assert.equal(resolveMotLicense('unlicensed', 'code', global), null);
  assert.equal(resolveMotLicense('', 'code', global), null);
  assert.equal(resolveMotLicense(undefined, 'data', global), 'CC-BY-4.0');
  assert.equal(resolveMotLicense(undefined, 'code', global), 'Apache-2.0');
  assert.equal(resolveMotLicense(undefined, 'code', {}), null);
  const sets = {
    osiOrFsf: new Set(['MIT']),
    openData: new Set(['CC-BY-4.0']),
    extra: new Set(['OpenMDW-1.0']),
  };
  assert.equal(isMotOpenLicense('MIT', sets), true);
  assert.equal(isMotOpenLicense('CC-BY-4.0', sets), true);
  assert.equal(isMotOpenLicense('OpenMDW-1.0', sets), true);
  assert.equal(isMotOpenLicense('Apache 2.0', sets), false);
  assert.equal(isMotOpenLicense(null, sets), false);
});

test('MOT classes over the vendored data match the component lists', () => {
  // Computed, not typed: a fully open record reaches Class I, gpt-oss lacks a data card.
  const pythia = secondOpinionFor(models.find((m) => m.id === 'pythia')!);
  assert.equal(pythia.mot?.mofClass, 1);
  const oss = secondOpinionFor(models.find((m) => m.id === 'gpt-oss-120b')!);
  assert.equal(oss.mot?.mofClass, 0);
  assert.ok(oss.mot?.nextClassLacks.includes('Data card'));
});

/* ---- Disagreement flag --------------------------------------------------------------------- */

const same: Correspondence = {
  tracker: 'eu-index',
  theirs: 'modelcard',
  ours: 'modelCard',
  rubric: 'same',
  explanation: 'Same question.',
};
const differs: Correspondence = {
  ...same,
  theirs: 'licenses',
  ours: 'license',
  rubric: 'differs',
  explanation: 'Other scope.',
};
const rating = (level: 'open' | 'partial' | 'closed', asOf: string) => ({
  level,
  asOf,
  note: 'n',
  source: 'https://example.org/',
});

test('disagreement flag: agree, different rubric, newer evidence, possible error, not compared', () => {
  const ours: OpennessProfile = {modelCard: rating('open', '2025-01'), license: rating('open', '2025-01')};
  const [agree] = compareRatings(ours, [
    {correspondence: same, name: 'Model card', level: 'open', entryDate: '2025-06-01'},
  ]);
  assert.equal(agree.agree, true);
  assert.equal(agree.reason, undefined);

  const [rubric] = compareRatings(ours, [
    {correspondence: differs, name: 'Licenses', level: 'partial', entryDate: '2025-06-01'},
  ]);
  assert.equal(rubric.agree, false);
  assert.equal(rubric.reason, 'different-rubric');

  const newer = compareRatings({modelCard: rating('open', '2025-07')}, [
    {correspondence: same, name: 'Model card', level: 'partial', entryDate: '2025-06-01'},
  ]);
  assert.equal(newer[0].reason, 'newer-evidence');
  assert.match(newer[0].explanation, /2025-07.*2025-06-01/);

  const error = compareRatings(ours, [
    {correspondence: same, name: 'Model card', level: 'closed', entryDate: '2025-06-01'},
  ]);
  assert.equal(error[0].reason, 'possible-error');

  // Same month as their change: not provably newer, so not "newer evidence".
  const sameMonth = compareRatings({modelCard: rating('open', '2025-06')}, [
    {correspondence: same, name: 'Model card', level: 'partial', entryDate: '2025-06-01'},
  ]);
  assert.equal(sameMonth[0].reason, 'possible-error');

  // Not rated on one side: no comparison at all.
  assert.deepEqual(
    compareRatings({}, [{correspondence: same, name: 'Model card', level: 'open', entryDate: '2025-06-01'}]),
    [],
  );
  assert.deepEqual(
    compareRatings(ours, [{correspondence: same, name: 'Model card', level: null, entryDate: '2025-06-01'}]),
    [],
  );
});

test('isStrictlyAfter respects date precision', () => {
  assert.equal(isStrictlyAfter('2026-07', '2026-06-12'), true);
  assert.equal(isStrictlyAfter('2026-06', '2026-06-12'), false);
  assert.equal(isStrictlyAfter('2026-06-13', '2026-06-12'), true);
  assert.equal(isStrictlyAfter('2027', '2026-06-12'), true);
  assert.equal(isStrictlyAfter('2026', '2026-06-12'), false);
});

test('every EU correspondence row points at a criterion of the snapshot', () => {
  const refs = new Set(euIndex.criteria.map((c) => c.ref));
  for (const row of EU_CORRESPONDENCE) {
    const variants = ['weights', 'datasources'].includes(row.theirs)
      ? [`${row.theirs}_basemodel`, `${row.theirs}_endmodel`]
      : [row.theirs];
    for (const v of variants) assert.ok(refs.has(v), v);
  }
});

test('uncovered models get no opinion; covered ones get their entries and comparisons', () => {
  const gpt5 = secondOpinionFor(models.find((m) => m.id === 'gpt-5')!);
  assert.equal(gpt5.eu, null);
  assert.equal(gpt5.mot, null);
  assert.deepEqual(gpt5.comparisons, []);
  const llama2 = secondOpinionFor(models.find((m) => m.id === 'llama-2')!);
  assert.ok(llama2.eu && llama2.mot);
  assert.ok(llama2.comparisons.some((c) => c.tracker === 'eu-index' && c.dimension === 'weights'));
});

test('base-role EU entries compare only the base-model weights and data', () => {
  for (const m of EU_MAPPING.filter((x) => x.role === 'base')) {
    const o = secondOpinionFor(models.find((x) => x.id === m.id)!);
    for (const c of o.comparisons.filter((x) => x.tracker === 'eu-index')) {
      assert.ok(['weights', 'trainingData'].includes(c.dimension), `${m.id}: ${c.dimension}`);
      assert.match(c.theirName, /Base Model/);
    }
  }
});
