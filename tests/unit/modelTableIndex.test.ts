import {test} from 'node:test';
import assert from 'node:assert/strict';
import {models} from '../../src/data/models';
import {getLicense} from '../../src/data/licenses';
import {DEFAULT_STATE, releaseClass, sortModels} from '../../src/lib/models';
import {buildModelTableIndex, tableRows} from '../../src/lib/modelTableIndex';
import {RUBRIC_DIMENSIONS} from '../../src/domain/rubric';
import {FIXTURE_LICENSES, closedFixture, fixtureModel} from './model-fixtures';

const fixtureLicense = (id: string) => FIXTURE_LICENSES.find((l) => l.id === id);
const FIXTURES = [
  fixtureModel({id: 'old-open', firstRelease: '2019-02'}),
  closedFixture({id: 'new-closed', firstRelease: '2025-06', outputs: ['image', 'video']}),
  fixtureModel({id: 'mid-partial', firstRelease: '2023-04', levels: {weights: 'partial'}}),
];

test('rows come in the table default order, with the facts the controls need', () => {
  const index = buildModelTableIndex(FIXTURES, fixtureLicense);
  const expected = sortModels(FIXTURES, DEFAULT_STATE.sort, DEFAULT_STATE.dir, fixtureLicense).map(
    (m) => m.id,
  );
  assert.deepEqual(
    index.rows.map((r) => r.id),
    expected,
  );
  const old = index.rows.find((r) => r.id === 'old-open')!;
  assert.deepEqual(old, {
    id: 'old-open',
    name: 'Fixture old-open',
    organization: 'Fixture Lab',
    releaseClass: releaseClass(FIXTURES[0]),
    historical: true,
    outputs: ['text'],
  });
  assert.equal(index.rows.find((r) => r.id === 'new-closed')!.historical, false);
  assert.equal(index.rows.find((r) => r.id === 'new-closed')!.releaseClass, 'hosted-only');
  assert.equal(index.rows.find((r) => r.id === 'mid-partial')!.releaseClass, 'restricted-weights');
  assert.equal(index.rated.total, FIXTURES.length * RUBRIC_DIMENSIONS.length);
});

test('a table of chosen ids keeps their order; kinds narrow it; an unknown id throws', () => {
  const {rows} = buildModelTableIndex(FIXTURES, fixtureLicense);
  assert.deepEqual(
    tableRows(rows, ['mid-partial', 'old-open'], undefined).map((r) => r.id),
    ['mid-partial', 'old-open'],
  );
  assert.deepEqual(
    tableRows(rows, undefined, ['hosted-only']).map((r) => r.id),
    ['new-closed'],
  );
  assert.deepEqual(
    tableRows(rows, ['mid-partial', 'new-closed'], ['restricted-weights']).map((r) => r.id),
    ['mid-partial'],
  );
  assert.throws(() => tableRows(rows, ['old-open', 'no-such'], undefined), /unknown model id\(s\) no-such/);
  assert.deepEqual(
    tableRows(rows, undefined, undefined, ['video']).map((r) => r.id),
    ['new-closed'],
    'makes narrows to what a model produces',
  );
  assert.deepEqual(
    tableRows(rows, undefined, ['restricted-weights'], ['image']),
    [],
    'kinds and makes combine',
  );
});

test('the live index has every record once and stays small enough to ship with a table', () => {
  const index = buildModelTableIndex(models, getLicense);
  assert.deepEqual(new Set(index.rows.map((r) => r.id)), new Set(models.map((m) => m.id)));
  assert.equal(index.rows.length, models.length);
  // No notes, sources or ratings per model: a few short fields each (with `outputs`, about 150 characters).
  assert.ok(JSON.stringify(index.rows).length < 175 * models.length);
});
