/**
 * The model explorer's pure helpers (src/lib/explorer.ts and the filter/sort additions in
 * src/lib/models.ts) on hand-made records: the "Can I use it for…" predicate (yes and "with
 * conditions" pass; no and not-checked do not), the historical split, the compact date, and
 * sorting by the 0–100 openness score. Run: node --import tsx --test tests/unit/explorer.test.ts
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {
  HISTORICAL_BEFORE,
  isHistorical,
  passesUseCase,
  shortDate,
  statusForUseCase,
} from '../../src/lib/explorer';
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

test('the use-case filter passes yes and "with conditions", not no or not checked', () => {
  assert.equal(statusForUseCase(a, getLicense('free'), 'commercial'), 'yes');
  assert.equal(passesUseCase(a, getLicense('free'), 'commercial'), true);
  assert.equal(statusForUseCase(b, getLicense('conditional'), 'commercial'), 'conditional');
  assert.equal(passesUseCase(b, getLicense('conditional'), 'commercial'), true);
  assert.equal(statusForUseCase(c, getLicense('noncommercial'), 'commercial'), 'no');
  assert.equal(passesUseCase(c, getLicense('noncommercial'), 'commercial'), false);
  assert.equal(statusForUseCase(d, getLicense('unread'), 'commercial'), 'not-checked');
  assert.equal(passesUseCase(d, getLicense('unread'), 'commercial'), false);
  assert.equal(passesUseCase(a, undefined, 'commercial'), false, 'a missing license never passes');
  // The same predicate, applied through the table filter on the fixtures.
  const shown = filterModels(FIXTURES, {...DEFAULT_STATE, use: 'commercial'}, getLicense).map((m) => m.id);
  assert.deepEqual(shown, ['a', 'b', 'e']);
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
