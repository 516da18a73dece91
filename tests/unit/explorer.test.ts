/**
 * The model explorer's pure helpers (src/lib/explorer.ts and the filter/sort additions in
 * src/lib/models.ts) on hand-made records: the "Can I use it for…" predicate (yes and "with
 * conditions" pass; no and not-checked do not), the historical split, the compact date, and
 * sorting by the 0–100 openness score. Run: node --import tsx --test tests/unit/explorer.test.ts
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {License, LicenseTerms, Model, OpennessDimension, RatingLevel} from '../../src/data/types';
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
import {t, terms} from './license-fixtures';

function license(
  id: string,
  overrides?: Partial<LicenseTerms>,
  kind: License['kind'] = 'restricted',
): License {
  return {
    id,
    name: `License ${id}`,
    kind,
    osiApproved: kind === 'osi-approved',
    url: `https://example.org/${id}`,
    asOf: '2025-01',
    allows: 'Fixture.',
    terms: overrides === undefined ? undefined : terms(overrides),
  };
}

const LICENSES: Record<string, License> = {
  free: license('free', {}, 'osi-approved'),
  conditional: license('conditional', {commercialUse: t('conditional')}),
  noncommercial: license('noncommercial', {commercialUse: t('no')}, 'non-commercial'),
  unread: license('unread', undefined),
};
const getLicense = (id: string) => LICENSES[id];

const r = (level: RatingLevel) => ({level, note: 'n', source: 'https://example.org/e', asOf: '2025-01'});

function model(
  id: string,
  lic: string,
  firstRelease: string,
  levels: Partial<Record<OpennessDimension, RatingLevel>>,
): Model {
  const openness = Object.fromEntries(Object.entries(levels).map(([d, l]) => [d, r(l as RatingLevel)]));
  return {
    id,
    name: id.toUpperCase(),
    organization: 'Fixture Lab',
    firstRelease,
    license: lic,
    access: ['weights'],
    modalities: ['text'],
    openness,
    parameters: {status: 'not-disclosed'},
  } as unknown as Model;
}

const ALL_OPEN = {
  weights: 'open',
  inferenceCode: 'open',
  trainingCode: 'open',
  trainingData: 'open',
  dataDocumentation: 'open',
  paper: 'open',
  modelCard: 'open',
  license: 'open',
} as const;

const a = model('a', 'free', '2025-03', ALL_OPEN); // 100 from 8
const b = model('b', 'conditional', '2024-06', {weights: 'partial', license: 'partial', paper: 'closed'}); // 33 from 3
const c = model('c', 'noncommercial', '2026-01', {weights: 'partial', modelCard: 'open'}); // 75 from 2
const d = model('d', 'unread', '2019-02', {}); // no score
const e = model('e', 'free', '2023-01', {...ALL_OPEN, trainingData: 'partial'}); // 94 from 8
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
