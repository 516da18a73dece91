/**
 * The written openness rubric (docs/concepts/rubric.mdx), checked over the live dataset and over
 * fixtures that break one rule each. Rules live in src/lib/rubric.ts.
 * Run: node --import tsx --test tests/unit/rubric.test.ts
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {models} from '../../src/data/models';
import {getLicense} from '../../src/data/licenses';
import {validateModels} from '../../src/plugins/dataset/validate';
import {licenses} from '../../src/data/licenses';
import {checkRubric, ratedShare} from '../../src/lib/rubric';
import type {Model} from '../../src/data/types';

const byId = (id: string) => structuredClone(models.find((m) => m.id === id)!) as Model;

test('every record follows the rubric', () => {
  assert.ok(models.length >= 60);
  assert.deepEqual(checkRubric(models, getLicense), []);
});

test('at least 95 % of all openness cells are rated', () => {
  const {rated, total, share} = ratedShare(models);
  assert.equal(total, models.length * 9);
  assert.ok(share >= 0.95, `${rated} of ${total} cells rated (${(share * 100).toFixed(1)} %)`);
});

function expectRule(m: Model, expected: RegExp) {
  const problems = checkRubric([m], getLicense);
  assert.ok(
    problems.some((p) => expected.test(p)),
    `expected a problem matching ${expected}, got:\n${problems.join('\n')}`,
  );
}

test('rule: a license rated open must be OSI-approved', () => {
  const m = byId('llama-3');
  m.openness.license!.level = 'open';
  expectRule(
    m,
    /^models\[llama-3\]\.openness\.license: rated open but llama-3-community is not OSI-approved/,
  );
});

test('rule: an OSI-approved license must rate open', () => {
  const m = byId('qwen3-235b');
  m.openness.license!.level = 'partial';
  expectRule(m, /^models\[qwen3-235b\]\.openness\.license: Apache-2.0 is OSI-approved/);
});

test('rule: restricted terms rate partial, proprietary terms closed', () => {
  const m = byId('gemma-3-27b');
  m.openness.license!.level = 'closed';
  expectRule(
    m,
    /^models\[gemma-3-27b\]\.openness\.license: gemma-terms is restricted, so the rating must be partial/,
  );
  const c = byId('chatgpt');
  c.openness.license!.level = 'partial';
  expectRule(c, /^models\[chatgpt\]\.openness\.license: proprietary terms must rate closed/);
});

test('rule: open weights need weights access and open terms', () => {
  const gated = byId('llama-4-maverick');
  gated.openness.weights!.level = 'open';
  expectRule(
    gated,
    /^models\[llama-4-maverick\]\.openness\.weights: rated open but llama-4-community is restricted/,
  );
  const hosted = byId('gpt-4o');
  hosted.openness.weights!.level = 'open';
  expectRule(
    hosted,
    /^models\[gpt-4o\]\.openness\.weights: rated open but access does not include "weights"/,
  );
});

test('rule: hosted-only models rate their artefacts closed', () => {
  const m = byId('claude');
  m.openness.inferenceCode!.level = 'partial';
  expectRule(m, /^models\[claude\]\.openness\.inferenceCode: a hosted-only model/);
});

test('rule: open training data needs data documentation', () => {
  const m = byId('olmo-2-32b');
  m.openness.dataDocumentation!.level = 'closed';
  expectRule(m, /^models\[olmo-2-32b\]\.openness\.dataDocumentation: training data is open/);
});

test('rule: a 2023+ record rates all nine dimensions', () => {
  const m = byId('gpt-5');
  delete m.openness.paper;
  expectRule(m, /^models\[gpt-5\]\.openness\.paper: not rated; records released in 2023 or later/);
});

test('rule: an older record may skip a dimension only with a reason', () => {
  const m = byId('jukebox');
  delete m.unrated;
  expectRule(m, /^models\[jukebox\]\.openness\.modelCard: not rated and no reason given/);
  const ok = byId('jukebox');
  assert.deepEqual(checkRubric([ok], getLicense), []);
});

test('validation: an unrated reason on a rated or 2023+ dimension fails the build', () => {
  const rated = byId('bert');
  rated.unrated = {paper: 'No source found.'};
  assert.ok(
    validateModels([rated], licenses).some((p) =>
      /^models\[bert\]\.unrated\.paper: the dimension is rated/.test(p),
    ),
  );
  const recent = byId('gpt-5');
  delete recent.openness.paper;
  recent.unrated = {paper: 'No source found.'};
  assert.ok(
    validateModels([recent], licenses).some((p) =>
      /^models\[gpt-5\]\.unrated\.paper: records released in 2023 or later/.test(p),
    ),
  );
  const long = byId('jukebox');
  long.unrated = {modelCard: 'x'.repeat(201)};
  assert.ok(validateModels([long], licenses).some((p) => /models\[jukebox\]\.unrated\.modelCard/.test(p)));
});
