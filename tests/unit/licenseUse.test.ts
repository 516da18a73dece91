/**
 * "What the license lets you do" answers (src/domain/licenseUse.ts) on hand-made records: each use
 * case, the Llama 4 EU case for multimodal and text-only models, user caps, closed models, and
 * licenses nobody has read. Run: node --import tsx --test tests/unit/licenseUse.test.ts
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {License, LicenseTerms, Model} from '../../src/domain/types';
import {isMultimodal, licenseUses, type UseCaseId} from '../../src/domain/licenseUse';
import {models} from '../../src/data/models';
import {getLicense} from '../../src/data/licenses';
import {modelPageProps} from '../../src/lib/modelPage';
import {fixtureLicense, t} from './license-fixtures';
import {closedFixture, fixtureModel} from './model-fixtures';

/** A license with the given terms changed from the permissive default; `undefined`: terms not read. */
const license = (changed: Partial<LicenseTerms> | undefined, kind: License['kind'] = 'restricted') =>
  fixtureLicense({kind, terms: changed});

const textModel = fixtureModel({levels: {weights: 'open'}});
const imageModel = fixtureModel({levels: {weights: 'open'}, modalities: ['text', 'image']});
const closedModel = closedFixture();

function answer(model: Model, lic: License, id: UseCaseId) {
  const found = licenseUses(model, lic).find((u) => u.id === id);
  assert.ok(found, id);
  return found;
}

const LLAMA4_LIKE: Partial<LicenseTerms> = {
  commercialUse: t('conditional', 'Commercial use within the AUP.'),
  userThreshold: {
    ...t('yes', 'Over 700M MAU on the release date needs a separate license.'),
    monthlyActiveUsers: 700e6,
    effect: 'separate-license',
    measuredAt: 'release-date',
  },
  regionExclusion: {
    ...t('yes', 'EU companies get no rights to the multimodal models.', 'https://example.org/use-policy'),
    regions: ['European Union'],
    appliesTo: 'multimodal',
  },
};

test('every model gets all six use cases in a fixed order', () => {
  const ids = licenseUses(textModel, license({})).map((u) => u.id);
  assert.deepEqual(ids, [
    'commercial',
    'over-700m-users',
    'eu-company',
    'fine-tune-publish',
    'outputs-train',
    'offline',
  ]);
});

test('commercial product: follows the commercial-use term with its clause', () => {
  assert.equal(answer(textModel, license({}), 'commercial').status, 'yes');
  const nc = answer(textModel, license({commercialUse: t('no', 'Non-commercial only.')}), 'commercial');
  assert.equal(nc.status, 'no');
  assert.equal(nc.source, 'https://example.org/clause');
});

test('EU company: the Llama 4 clause says no for a multimodal model', () => {
  const a = answer(imageModel, license(LLAMA4_LIKE), 'eu-company');
  assert.equal(a.status, 'no');
  assert.equal(a.source, 'https://example.org/use-policy');
});

test('EU company: the same clause does not cover a text-only model', () => {
  const a = answer(textModel, license(LLAMA4_LIKE), 'eu-company');
  assert.equal(a.status, 'conditional'); // the commercial-use status, not "no"
  assert.match(a.because, /only its multimodal models/);
});

test('EU company: a license with no region clause says yes; an exclusion for all models says no', () => {
  assert.equal(answer(imageModel, license({}), 'eu-company').status, 'yes');
  const all = license({regionExclusion: {...t('yes'), regions: ['European Union'], appliesTo: 'all'}});
  assert.equal(answer(textModel, all, 'eu-company').status, 'no');
});

test('700M users: a cap counted on the release date is a condition, an ongoing cap is a no', () => {
  assert.equal(answer(textModel, license(LLAMA4_LIKE), 'over-700m-users').status, 'conditional');
  const ongoing = license({
    userThreshold: {
      ...t('yes'),
      monthlyActiveUsers: 100e6,
      effect: 'separate-license',
      measuredAt: 'ongoing',
    },
  });
  assert.equal(answer(textModel, ongoing, 'over-700m-users').status, 'no');
});

test('700M users: an attribution threshold is a condition; no threshold means the commercial terms apply', () => {
  const kimi = license({userThreshold: {...t('yes'), monthlyActiveUsers: 100e6, effect: 'attribution'}});
  assert.equal(answer(textModel, kimi, 'over-700m-users').status, 'conditional');
  const none = answer(textModel, license({}), 'over-700m-users');
  assert.equal(none.status, 'yes');
  assert.match(none.because, /No user or revenue threshold/);
  assert.equal(answer(textModel, license({commercialUse: t('no')}), 'over-700m-users').status, 'no');
});

test('fine-tune and publish: yes, with conditions when restrictions pass down, no for a closed model', () => {
  assert.equal(answer(textModel, license({}), 'fine-tune-publish').status, 'yes');
  const rail = answer(
    textModel,
    license({passesToDerivatives: t('yes', 'Restrictions travel.')}),
    'fine-tune-publish',
  );
  assert.equal(rail.status, 'conditional');
  assert.match(rail.because, /Restrictions travel\./);
  assert.equal(answer(closedModel, license(undefined, 'proprietary'), 'fine-tune-publish').status, 'no');
});

test('outputs to train another model: follows the term (Llama 3 no, Llama 3.1 naming rule)', () => {
  assert.equal(answer(textModel, license({outputsForTraining: t('no')}), 'outputs-train').status, 'no');
  assert.equal(
    answer(textModel, license({outputsForTraining: t('conditional')}), 'outputs-train').status,
    'conditional',
  );
});

test('offline: yes with downloadable weights, conditional on request, no for a closed model', () => {
  assert.equal(answer(textModel, license({}), 'offline').status, 'yes');
  const onRequest = license({gatedDownload: {...t('yes'), gate: 'approval'}});
  assert.equal(answer(textModel, onRequest, 'offline').status, 'conditional');
  const closed = answer(closedModel, license(undefined, 'proprietary'), 'offline');
  assert.equal(closed.status, 'no');
  assert.equal(closed.source, closedModel.openness.weights?.source, 'the weights rating is the evidence');
});

test('a license without structured terms answers "not checked", never a guess', () => {
  const uses = licenseUses(textModel, license(undefined, 'unclear'));
  for (const id of [
    'commercial',
    'over-700m-users',
    'eu-company',
    'fine-tune-publish',
    'outputs-train',
  ] as const) {
    assert.equal(uses.find((u) => u.id === id)?.status, 'not-checked', id);
  }
  assert.equal(uses.find((u) => u.id === 'offline')?.status, 'yes'); // a model fact, not a license term
});

test('isMultimodal: image, audio or video input', () => {
  assert.equal(isMultimodal({modalities: ['text', 'code']}), false);
  assert.equal(isMultimodal({modalities: ['audio']}), true);
});

test('live dataset: every answer with a source resolves to a link (Maverick in the EU: corrections.test.ts)', () => {
  for (const m of models) {
    const lic = getLicense(m.license);
    assert.ok(lic);
    const props = modelPageProps(m, lic, undefined, (id) => `https://example.org/${id}`);
    assert.equal(props.uses.length, 6, m.id);
    for (const u of props.uses) {
      if (u.source) assert.ok(u.href?.startsWith('https://'), `${m.id} ${u.id}`);
      if (u.status !== 'not-checked') assert.ok(u.source, `${m.id} ${u.id}: an answer needs its clause`);
    }
  }
});
