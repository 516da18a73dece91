/**
 * Records released in 2024 or later, read through the public dataset (src/data/models): fully rated
 * (all nine dimensions with a one-line note, an https source and a date), and hosted-only records
 * since 2024 disclose no sizes (GPT-3, from 2020, did publish its size). The rubric over every record: tests/unit/rubric.test.ts; sort order and unique
 * ids: tests/unit/dataset.test.ts. Run: node --import tsx --test tests/unit/recent-records.test.ts
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {models} from '../../src/data/models';
import {getLicense} from '../../src/data/licenses';
import {OPENNESS_DIMENSIONS, type OpennessDimension} from '../../src/domain/types';

const DIMENSIONS = Object.keys(OPENNESS_DIMENSIONS) as OpennessDimension[];
const recent = models.filter((m) => m.firstRelease >= '2024');

test('every record released in 2024 or later rates all nine dimensions with a note, https source and date', () => {
  assert.ok(recent.length > 0, 'no record released in 2024 or later');
  for (const m of recent) {
    for (const d of DIMENSIONS) {
      const r = m.openness[d];
      assert.ok(r, `${m.id}.${d} is not rated`);
      assert.ok(r.note.length > 10 && r.note.length <= 200, `${m.id}.${d} note`);
      assert.match(r.source, /^https:\/\//, `${m.id}.${d} source`);
      assert.match(r.asOf, /^\d{4}(-\d{2}){0,2}$/, `${m.id}.${d} asOf`);
    }
  }
});

test('hosted-only records since 2024 (proprietary license) disclose no sizes', () => {
  const hosted = recent.filter((m) => getLicense(m.license)?.kind === 'proprietary');
  assert.ok(hosted.length > 0, 'the rule is exercised by at least one record');
  for (const m of hosted) assert.equal(m.parameters.status, 'not-disclosed', m.id);
});
