/**
 * The records in src/data/models/: merged into the exported dataset; those released since 2023 fully rated,
 * and rated by the written rules (license open only for OSI-approved licenses, weights open only
 * with weights access, hosted-only models closed on every artefact).
 * Run: node --import tsx --test tests/unit/models-recent.test.ts
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {modelRecords, models} from '../../src/data/models';
import {getLicense} from '../../src/data/licenses';
import {OPENNESS_DIMENSIONS, type OpennessDimension} from '../../src/data/types';
import {checkRubric} from '../../src/lib/rubric';

const DIMENSIONS = Object.keys(OPENNESS_DIMENSIONS) as OpennessDimension[];

/** Records released since 2023 (the validator forbids unrated dimensions for them). */
const recentModels = models.filter((m) => m.firstRelease >= '2023');

test('every record file is in the exported dataset, which stays sorted by release then id', () => {
  const exported = new Set(models.map((m) => m.id));
  assert.equal(models.length, modelRecords.length);
  assert.deepEqual(
    modelRecords.filter((m) => !exported.has(m.id)).map((m) => m.id),
    [],
  );
  const order = models.map((m) => `${m.firstRelease} ${m.id}`);
  assert.ok(order.every((k, i) => i === 0 || order[i - 1].localeCompare(k) <= 0));
});

test('every recent record rates all nine dimensions with a note, https source and date', () => {
  for (const m of recentModels) {
    assert.ok(m.firstRelease >= '2023', `${m.id} was released before 2023`);
    for (const d of DIMENSIONS) {
      const r = m.openness[d];
      assert.ok(r, `${m.id}.${d} is not rated`);
      assert.ok(r.note.length > 10 && r.note.length <= 200, `${m.id}.${d} note`);
      assert.match(r.source, /^https:\/\//, `${m.id}.${d} source`);
      assert.match(r.asOf, /^\d{4}(-\d{2}){0,2}$/, `${m.id}.${d} asOf`);
    }
  }
});

test('recent records follow the rubric (src/lib/rubric.ts); hosted-only ones disclose no sizes', () => {
  assert.deepEqual(checkRubric(recentModels, getLicense), []);
  for (const m of recentModels) {
    if (getLicense(m.license)?.kind === 'proprietary')
      assert.equal(m.parameters.status, 'not-disclosed', m.id);
  }
});
