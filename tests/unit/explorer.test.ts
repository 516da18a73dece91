/**
 * The model explorer's pure helpers (src/lib/explorer.ts and the filter/sort additions in
 * src/lib/models.ts) on hand-made records: the "Can I use it for…" predicate (yes and "with
 * conditions" pass; no and not-checked do not), the historical split, the compact date, and
 * sorting by the 0–100 openness score. Run: node --import tsx --test tests/unit/explorer.test.ts
 */
import {test} from 'node:test';
import {canUse, models as realModels} from '../../src/data/models';
import assert from 'node:assert/strict';
import {HISTORICAL_BEFORE, isHistorical, shortDate} from '../../src/lib/explorer';
import {
  DEFAULT_STATE,
  filterModels,
  parseTableState,
  serializeTableState,
  sortModels,
} from '../../src/lib/models';
import {fixtureLicense, licenseLookup, t} from './license-fixtures';
import {ALL_OPEN, fixtureModel, levelsWith} from './model-fixtures';

const LICENSES = [
  fixtureLicense({id: 'free', kind: 'osi-approved', terms: {}}),
  fixtureLicense({id: 'conditional', terms: {commercialUse: t('conditional')}}),
  fixtureLicense({id: 'noncommercial', kind: 'non-commercial', terms: {commercialUse: t('no')}}),
  fixtureLicense({id: 'unread'}),
];
const getLicense = licenseLookup(LICENSES);

const a = fixtureModel({id: 'a', license: 'free', firstRelease: '2025-03', levels: ALL_OPEN}); // 100 from 8
const b = fixtureModel({
  id: 'b',
  license: 'conditional',
  firstRelease: '2024-06',
  levels: {weights: 'partial', license: 'partial', paper: 'closed'},
}); // 33 from 3
const c = fixtureModel({
  id: 'c',
  license: 'noncommercial',
  firstRelease: '2026-01',
  levels: {weights: 'partial', modelCard: 'open'},
}); // 75 from 2
const d = fixtureModel({id: 'd', license: 'unread', firstRelease: '2019-02', levels: {}}); // no score
const e = fixtureModel({
  id: 'e',
  license: 'free',
  firstRelease: '2023-01',
  levels: levelsWith({trainingData: 'partial'}),
}); // 94 from 8
const FIXTURES = [a, b, c, d, e];

test('the use-case filter keeps the models whose channels allow the use, and the real data agrees', () => {
  // The table filter asks canUse (one home: src/data/models, answered by the terms engine).
  const allowed = new Set(['a', 'b', 'e']);
  const shown = filterModels(FIXTURES, {...DEFAULT_STATE, use: 'commercial'}, getLicense, (m) =>
    allowed.has(m.id),
  ).map((m) => m.id);
  assert.deepEqual(shown, ['a', 'b', 'e']);
  assert.deepEqual(
    filterModels(FIXTURES, {...DEFAULT_STATE, use: 'commercial'}, getLicense).map((m) => m.id),
    [],
    'no answers, no pass',
  );
  // Real records: Command R+ has non-commercial weights but Cohere's API is not read, so only the
  // weights count; gpt-oss (Apache 2.0) allows commercial use; GPT-4o is answered through OpenAI's terms.
  const gptOss = realModels.find((m) => m.id === 'gpt-oss-120b')!;
  assert.equal(canUse(gptOss, 'commercial'), true);
  assert.equal(canUse(gptOss, 'fine-tune-publish'), true);
  const gpt4o = realModels.find((m) => m.id === 'gpt-4o')!;
  assert.equal(canUse(gpt4o, 'fine-tune-publish'), false, 'no weights through an API or app');
  assert.equal(canUse(gpt4o, 'offline'), false);
});

test('the use-case filter round-trips through the URL and drops unknown use cases', () => {
  const state = {...DEFAULT_STATE, use: 'offline' as const};
  const search = serializeTableState(state);
  assert.equal(search, 'use=offline');
  assert.deepEqual(parseTableState(`?${search}`, []), state);
  assert.equal(parseTableState('?use=anything-goes', []).use, null);
});

test('sorting by score: highest first when descending, unscored models always last', () => {
  const desc = sortModels(FIXTURES, 'score', 'desc', getLicense).map((m) => m.id);
  assert.deepEqual(desc, ['a', 'e', 'c', 'b', 'd']);
  const asc = sortModels(FIXTURES, 'score', 'asc', getLicense).map((m) => m.id);
  assert.deepEqual(asc, ['b', 'c', 'e', 'a', 'd']);
});

test('the default order is newest first', () => {
  const ordered = sortModels(FIXTURES, DEFAULT_STATE.sort, DEFAULT_STATE.dir, getLicense).map((m) => m.id);
  assert.deepEqual(ordered, ['c', 'a', 'b', 'e', 'd']);
});

test('historical models are those first released before 2021', () => {
  assert.equal(HISTORICAL_BEFORE, '2021');
  assert.equal(isHistorical({firstRelease: '2020-12'}), true);
  assert.equal(isHistorical({firstRelease: '2020'}), true);
  assert.equal(isHistorical({firstRelease: '2021'}), false);
  assert.equal(isHistorical({firstRelease: '2021-01-05'}), false);
});

test('shortDate gives month and year, or the year alone', () => {
  assert.equal(shortDate('2025-08-05'), 'Aug 2025');
  assert.equal(shortDate('2026-12'), 'Dec 2026');
  assert.equal(shortDate('2020'), '2020');
});
