/**
 * The 2024-2026 records in src/data/models-recent.ts: merged into the exported dataset, fully rated,
 * and rated by the written rules (license open only for OSI-approved licenses, weights open only
 * with weights access, hosted-only models closed on every artefact).
 * Run: node --import tsx --test tests/unit/models-recent.test.ts
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {recentModels} from '../../src/data/models-recent';
import {models} from '../../src/data/models';
import {getLicense} from '../../src/data/licenses';
import {OPENNESS_DIMENSIONS, type OpennessDimension} from '../../src/data/types';

const DIMENSIONS = Object.keys(OPENNESS_DIMENSIONS) as OpennessDimension[];

test('every recent record is in the exported dataset, which stays sorted by release then id', () => {
  const exported = new Set(models.map((m) => m.id));
  assert.ok(recentModels.length >= 14);
  assert.deepEqual(
    recentModels.filter((m) => !exported.has(m.id)).map((m) => m.id),
    [],
  );
  const order = models.map((m) => `${m.firstRelease} ${m.id}`);
  assert.ok(order.every((k, i) => i === 0 || order[i - 1].localeCompare(k) <= 0));
});

test('every recent record rates all nine dimensions with a note, https source and date', () => {
  for (const m of recentModels) {
    assert.ok(m.firstRelease >= '2024', `${m.id} was released before 2024`);
    for (const d of DIMENSIONS) {
      const r = m.openness[d];
      assert.ok(r, `${m.id}.${d} is not rated`);
      assert.ok(r.note.length > 10 && r.note.length <= 200, `${m.id}.${d} note`);
      assert.match(r.source, /^https:\/\//, `${m.id}.${d} source`);
      assert.match(r.asOf, /^\d{4}(-\d{2}){0,2}$/, `${m.id}.${d} asOf`);
    }
  }
});

test('ratings follow the rubric: OSI for an open license, weights access for open weights', () => {
  for (const m of recentModels) {
    const license = getLicense(m.license);
    assert.ok(license, `${m.id}: unknown license ${m.license}`);
    if (m.openness.license?.level === 'open') {
      assert.equal(license.osiApproved, true, `${m.id}: license rated open but ${license.id} is not OSI`);
    }
    if (!license.osiApproved && license.kind !== 'proprietary') {
      assert.equal(m.openness.license?.level, 'partial', `${m.id}: custom terms must rate partial`);
    }
    if (m.openness.weights?.level !== 'closed') assert.ok(m.access.includes('weights'), m.id);
    if (license.kind === 'proprietary') {
      for (const d of ['weights', 'inferenceCode', 'trainingCode', 'trainingData', 'license'] as const) {
        assert.equal(m.openness[d]?.level, 'closed', `${m.id}.${d} should be closed for a hosted-only model`);
      }
      assert.equal(m.parameters.status, 'not-disclosed', m.id);
    }
    if (m.openness.trainingData?.level === 'open') {
      assert.equal(m.openness.weights?.level, 'open', `${m.id}: open data but not open weights`);
    }
  }
});
