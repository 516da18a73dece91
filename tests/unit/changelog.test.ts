/**
 * Change log per model record (issue #12 §6): the validator rejects a future or malformed date, an
 * unknown source id, entries out of order and entries after lastVerified, naming record and entry;
 * the model page props carry the entries with their sources resolved to links.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {modelRecords as models} from '../../src/data/models';
import {licenseRecords as licenses} from '../../src/data/licenses';
import {sources} from '../../src/data/sources';
import type {Model} from '../../src/domain/types';
import {validateDataset, validateModels} from '../../src/domain/validation/validate';
import {modelPageProps} from '../../src/lib/modelPage';
import {licenseLookup} from './license-fixtures';
import {
  asModelRecord,
  FIXTURE_LICENSE_RECORDS,
  FIXTURE_LICENSES,
  FIXTURE_SOURCE_IDS,
  fixtureModel,
} from './model-fixtures';

const TODAY = new Date('2026-11-28T12:00:00Z');
/** Source ids the fixtures may cite (the real list is checked in the last tests). */
const sourceIds = new Set(['fixture-report', 'fixture-relicense']);
const check = (m: Model) =>
  validateModels(
    [asModelRecord(m)],
    FIXTURE_LICENSE_RECORDS,
    TODAY,
    new Set([...sourceIds, ...FIXTURE_SOURCE_IDS]),
  );
const getFixtureLicense = licenseLookup(FIXTURE_LICENSES);

/** A hand-made record with a known-good change log of two entries, each citing a source id. */
function fixture(): Model {
  return fixtureModel({
    id: 'logged',
    firstRelease: '2024-12',
    lastVerified: '2026-11-27',
    changes: [
      {date: '2026-11-27', kind: 'correction', what: 'Corrected the license note.', source: 'fixture-report'},
      {date: '2025-03-24', kind: 'terms', what: 'License changed to MIT.', source: 'fixture-relicense'},
    ],
  });
}

function expectOne(problems: string[], prefix: string, what: RegExp): void {
  const hits = problems.filter((p) => p.startsWith(prefix) && what.test(p));
  assert.equal(
    hits.length,
    1,
    `expected one "${prefix}" problem matching ${what}, got:\n${problems.join('\n')}`,
  );
}

test('a well-formed change log passes', () => {
  assert.deepEqual(check(fixture()), []);
});

test('a change dated in the future fails, naming the record and entry', () => {
  const m = fixture();
  m.lastVerified = '2026-11-27';
  m.changes![0].date = '2027-02-01';
  expectOne(check(m), 'models[logged].changes.0.date', /2027-02-01 is in the future/);
});

test('a malformed change date fails', () => {
  const m = fixture();
  m.changes![1].date = '24/03/2025';
  expectOne(check(m), 'models[logged].changes.1.date', /not an ISO date/);
});

test('an unknown source id or a URL fails; a known id passes', () => {
  const m = fixture();
  m.changes![0].source = 'no-such-source';
  expectOne(check(m), 'models[logged].changes.0.source', /unknown source id "no-such-source"/);
  const http = fixture();
  http.changes![1].source = 'https://example.org/relicense';
  expectOne(check(http), 'models[logged].changes.1.source', /not a URL/);
});

test('entries out of order fail: the log runs newest first', () => {
  const m = fixture();
  m.changes!.reverse();
  expectOne(check(m), 'models[logged].changes.1.date', /newer than the entry above it.*newest first/);
});

test('a change after lastVerified fails, and an empty log or blank line is rejected', () => {
  const m = fixture();
  m.lastVerified = '2026-11-01';
  expectOne(check(m), 'models[logged].changes.0.date', /after lastVerified 2026-11-01/);
  const empty = fixture();
  empty.changes = [];
  assert.ok(check(empty).some((p) => p.startsWith('models[logged].changes')));
  const blank = fixture();
  blank.changes![0].what = '  ';
  expectOne(check(blank), 'models[logged].changes.0.what', /one line/);
});

test('the real change logs are valid, sourced and newest first', () => {
  const logged = models.filter((m) => m.changes?.length);
  assert.ok(logged.length > 0, 'corrections made on main are logged');
  assert.deepEqual(validateDataset({sources, models, licenses}, new Date()), []);
  for (const m of logged) {
    const dates = m.changes!.map((c) => c.date);
    assert.deepEqual(dates, [...dates].sort().reverse(), `${m.id} newest first`);
  }
});

test('model page props resolve each change source to a link, in order', () => {
  const m = fixture();
  const props = modelPageProps(m, getFixtureLicense(m.license)!, undefined, (id) =>
    sourceIds.has(id) ? `https://resolved.example/${id}` : undefined,
  );
  assert.deepEqual(props.changes, [
    {
      date: '2026-11-27',
      what: 'Corrected the license note.',
      href: 'https://resolved.example/fixture-report',
    },
    {
      date: '2025-03-24',
      what: 'License changed to MIT.',
      href: 'https://resolved.example/fixture-relicense',
    },
  ]);
  const none = structuredClone(m);
  delete none.changes;
  assert.deepEqual(
    modelPageProps(none, getFixtureLicense(m.license)!, undefined, () => undefined).changes,
    [],
  );
});

test('a rating change names its dimension, from and to, and the newest one ends at today’s rating', () => {
  const m = fixture();
  m.changes![0] = {date: '2026-11-27', kind: 'rating', what: 'Weights re-rated.', source: 'fixture-report'};
  expectOne(check(m), 'models[logged].changes.0.rating', /which dimension went from what to what/);

  m.changes![0].rating = {dimension: 'weights', from: 'partial', to: 'closed'};
  expectOne(check(m), 'models[logged].changes.0.rating', /ends at closed, but the record rates it open/);

  m.changes![0].rating = {dimension: 'weights', from: 'closed', to: 'open'};
  assert.deepEqual(check(m), [], 'a change that ends at the current rating passes');

  m.changes![1] = {...m.changes![1], rating: {dimension: 'paper', from: 'open', to: 'closed'}};
  expectOne(check(m), 'models[logged].changes.1.rating', /only a change of kind 'rating'/);
});

test('a record cannot be added after it was last verified', () => {
  const m = fixture();
  m.added = '2026-12-01';
  expectOne(check(m), 'models[logged].added', /after lastVerified 2026-11-27/);
});
