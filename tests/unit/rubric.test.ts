/**
 * The written openness rubric (docs/concepts/rubric.mdx), checked over the live dataset and over
 * hand-made records (tests/unit/model-fixtures.ts) that break one rule each. Rules live in
 * src/domain/rubric.ts. Run: node --import tsx --test tests/unit/rubric.test.ts
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {models} from '../../src/data/models';
import {getLicense} from '../../src/data/licenses';
import {validateModels} from '../../src/domain/validation/validate';
import {checkRubric, ratedShare} from '../../src/domain/rubric';
import type {Model} from '../../src/domain/types';
import {licenseLookup} from './license-fixtures';
import {
  ALL_OPEN,
  asModelRecord,
  closedFixture,
  FIXTURE_LICENSE_RECORDS,
  FIXTURE_LICENSES,
  fixtureModel,
  levelsWith,
} from './model-fixtures';

const fixtureLicense = licenseLookup(FIXTURE_LICENSES);

/** Everything open under an OSI-approved license, with no hosted API: all nine dimensions rated. */
const openModel = (): Model => fixtureModel({id: 'open', levels: {...ALL_OPEN, api: 'closed'}});
/** Gated weights under restricted terms. */
const restrictedModel = (): Model =>
  fixtureModel({
    id: 'restricted',
    license: 'fixture-restricted',
    levels: levelsWith({weights: 'partial', license: 'partial', trainingData: 'closed', api: 'open'}),
  });
/** Hosted only: every artefact closed, a system card, an API. */
const hostedModel = (): Model =>
  closedFixture({
    id: 'hosted',
    levels: {
      ...levelsWith({
        weights: 'closed',
        inferenceCode: 'closed',
        trainingCode: 'closed',
        trainingData: 'closed',
      }),
      dataDocumentation: 'closed',
      paper: 'partial',
      modelCard: 'partial',
      license: 'closed',
      api: 'open',
    },
  });
/** Released before 2023 with two dimensions left unrated, each with its reason. */
const olderModel = (): Model =>
  fixtureModel({
    id: 'older',
    firstRelease: '2020-04',
    levels: levelsWith({modelCard: undefined, api: undefined}),
    unrated: {modelCard: 'No source found that says whether a card was published.', api: 'Never offered.'},
  });

test('the hand-made records follow the rubric and pass the validator', () => {
  const all = [openModel(), restrictedModel(), hostedModel(), olderModel()];
  assert.deepEqual(checkRubric(all, fixtureLicense), []);
  assert.deepEqual(
    validateModels(all.map(asModelRecord), FIXTURE_LICENSE_RECORDS, new Date('2026-01-01')),
    [],
  );
});

test('every record follows the rubric', () => {
  assert.ok(models.length > 0);
  assert.deepEqual(checkRubric(models, getLicense), []);
});

test('at least 95 % of all openness cells are rated', () => {
  const {rated, total, share} = ratedShare(models);
  assert.equal(total, models.length * 9);
  assert.ok(share >= 0.95, `${rated} of ${total} cells rated (${(share * 100).toFixed(1)} %)`);
});

test('ratedShare counts rated cells over records × nine dimensions', () => {
  assert.deepEqual(ratedShare([openModel(), olderModel()]), {rated: 16, total: 18, share: 16 / 18});
  assert.deepEqual(ratedShare([]), {rated: 0, total: 0, share: 0});
});

function expectRule(m: Model, expected: RegExp) {
  const problems = checkRubric([m], fixtureLicense);
  assert.ok(
    problems.some((p) => expected.test(p)),
    `expected a problem matching ${expected}, got:\n${problems.join('\n')}`,
  );
}

test('rule: a license rated open must be OSI-approved', () => {
  const m = restrictedModel();
  m.openness.license!.level = 'open';
  expectRule(
    m,
    /^models\[restricted\]\.openness\.license: rated open but fixture-restricted is not OSI-approved/,
  );
});

test('rule: an OSI-approved license must rate open', () => {
  const m = openModel();
  m.openness.license!.level = 'partial';
  expectRule(m, /^models\[open\]\.openness\.license: fixture-osi is OSI-approved/);
});

test('rule: restricted terms rate partial, proprietary terms closed', () => {
  const m = restrictedModel();
  m.openness.license!.level = 'closed';
  expectRule(
    m,
    /^models\[restricted\]\.openness\.license: fixture-restricted is restricted, so the rating must be partial/,
  );
  const c = hostedModel();
  c.openness.license!.level = 'partial';
  expectRule(c, /^models\[hosted\]\.openness\.license: proprietary terms must rate closed/);
});

test('rule: open weights need weights access and open terms', () => {
  const gated = restrictedModel();
  gated.openness.weights!.level = 'open';
  expectRule(
    gated,
    /^models\[restricted\]\.openness\.weights: rated open but fixture-restricted is restricted/,
  );
  const hosted = openModel();
  hosted.access = ['api'];
  expectRule(hosted, /^models\[open\]\.openness\.weights: rated open but access does not include "weights"/);
});

test('rule: hosted-only models rate their artefacts closed', () => {
  const m = hostedModel();
  m.openness.inferenceCode!.level = 'partial';
  expectRule(m, /^models\[hosted\]\.openness\.inferenceCode: a hosted-only model/);
});

test('rule: open training data needs data documentation', () => {
  const m = openModel();
  m.openness.dataDocumentation!.level = 'closed';
  expectRule(m, /^models\[open\]\.openness\.dataDocumentation: training data is open/);
});

test('rule: a 2023+ record rates all nine dimensions', () => {
  const m = openModel();
  delete m.openness.paper;
  expectRule(m, /^models\[open\]\.openness\.paper: not rated; records released in 2023 or later/);
});

test('rule: an older record may skip a dimension only with a reason', () => {
  const m = olderModel();
  delete m.unrated;
  expectRule(m, /^models\[older\]\.openness\.modelCard: not rated and no reason given/);
  const blank = olderModel();
  blank.unrated!.modelCard = '  ';
  expectRule(blank, /^models\[older\]\.openness\.modelCard: not rated and no reason given/);
});

test('rule: a record whose license is missing is reported, not guessed', () => {
  const m = openModel();
  m.license = 'no-such-license';
  assert.deepEqual(checkRubric([m], fixtureLicense), [
    'models[open].license: unknown license no-such-license',
  ]);
});

test('validation: an unrated reason on a rated or 2023+ dimension fails the build', () => {
  const rated = olderModel();
  rated.unrated = {...rated.unrated, paper: 'No source found.'};
  assert.ok(
    validateModels([asModelRecord(rated)], FIXTURE_LICENSE_RECORDS).some((p) =>
      /^models\[older\]\.unrated\.paper: the dimension is rated/.test(p),
    ),
  );
  const recent = openModel();
  delete recent.openness.paper;
  recent.unrated = {paper: 'No source found.'};
  assert.ok(
    validateModels([asModelRecord(recent)], FIXTURE_LICENSE_RECORDS).some((p) =>
      /^models\[open\]\.unrated\.paper: records released in 2023 or later/.test(p),
    ),
  );
  const long = olderModel();
  long.unrated = {modelCard: 'x'.repeat(201)};
  assert.ok(
    validateModels([asModelRecord(long)], FIXTURE_LICENSE_RECORDS).some((p) =>
      /models\[older\]\.unrated\.modelCard/.test(p),
    ),
  );
});
