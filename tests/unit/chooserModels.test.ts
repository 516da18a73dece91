/**
 * The chooser's model facts are derived from the records (issue #11 §2): closed from the weights
 * rating and access, the user cap from license terms, the EU exclusion from the license's region
 * clause and the model's modalities, "fits one machine" from parameter counts. Hand-made fixtures,
 * not the live dataset, so adding a model never changes these tests.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {License, LicenseTerms, Model} from '../../src/domain/types';
import {
  chooserModelFacts,
  fitsOneMachine,
  hasUserCap,
  isClosed,
  isEuWithheld,
  largestSize,
} from '../../src/lib/chooserModels';
import {suggestModels} from '../../src/lib/chooser';
import {RECOMMENDATIONS} from '../../src/data/chooser';
import {t, terms} from './license-fixtures';

const EVIDENCE = {source: 'https://example.org/e', asOf: '2026-01-01'};

function model(id: string, over: Partial<Model> = {}): Model {
  return {
    id,
    name: id,
    organization: 'Example',
    firstRelease: '2025-01-01',
    releaseSource: 'https://example.org/release',
    summary: 'A fixture.',
    inputs: ['text'],
    outputs: ['text'],
    modalities: ['text'],
    parameters: {status: 'disclosed', sizes: [{total: 7e9}], ...EVIDENCE},
    license: 'open-license',
    access: ['weights'],
    howToGet: 'Download it.',
    openness: {weights: {level: 'open', note: 'Downloadable.', ...EVIDENCE}},
    guidePages: [],
    lastVerified: '2026-01-01',
    added: '2026-01-01',
    kind: 'version',
    maker: 'example',
    ...over,
  };
}

function license(id: string, over: Partial<LicenseTerms> = {}): License {
  return {
    id,
    name: id,
    kind: 'restricted',
    osiApproved: false,
    url: 'https://example.org/license',
    asOf: '2026-01-01',
    allows: 'Use.',
    terms: terms(over),
  };
}

const CAP_700M = license('cap', {
  userThreshold: {...t('yes'), monthlyActiveUsers: 700e6, effect: 'separate-license'},
});

test('closed: weights rated closed, or no weights to download', () => {
  assert.equal(isClosed(model('open')), false);
  assert.equal(
    isClosed(model('rated', {openness: {weights: {level: 'closed', note: 'None.', ...EVIDENCE}}})),
    true,
  );
  assert.equal(isClosed(model('api-only', {access: ['api', 'app'], openness: {}})), true);
  // Gated (partial) weights are still weights.
  assert.equal(
    isClosed(model('gated', {openness: {weights: {level: 'partial', note: 'Gated.', ...EVIDENCE}}})),
    false,
  );
});

test('user cap: a separate-license threshold at or below the chooser’s user count', () => {
  assert.equal(hasUserCap(CAP_700M, 700e6), true);
  assert.equal(hasUserCap(CAP_700M, 699e6), false, 'a cap above the answer’s count does not apply');
  const lower = license('lower', {
    userThreshold: {...t('yes'), monthlyActiveUsers: 100e6, effect: 'separate-license'},
  });
  assert.equal(hasUserCap(lower, 700e6), true, 'a lower cap is passed on the way to 700 million');
  const attribution = license('kimi-like', {
    userThreshold: {...t('yes'), monthlyActiveUsers: 100e6, monthlyRevenueUsd: 20e6, effect: 'attribution'},
  });
  assert.equal(hasUserCap(attribution, 700e6), false, 'a display duty is not a cap');
  const revenueOnly = license('revenue', {
    userThreshold: {...t('yes'), monthlyRevenueUsd: 1e6, effect: 'separate-license'},
  });
  assert.equal(hasUserCap(revenueOnly, 700e6), false);
  const dropped = license('dropped', {userThreshold: {...t('no'), effect: 'separate-license'}});
  assert.equal(hasUserCap(dropped, 700e6), false);
  assert.equal(hasUserCap(license('plain'), 700e6), false);
  assert.equal(hasUserCap({...license('unread'), terms: undefined}, 700e6), false);
});

test('EU exclusion: the region clause names the EU and covers the model', () => {
  const multimodalOnly = license('mm', {
    regionExclusion: {...t('yes'), regions: ['European Union'], appliesTo: 'multimodal'},
  });
  const all = license('all', {regionExclusion: {...t('yes'), regions: ['European Union'], appliesTo: 'all'}});
  const elsewhere = license('else', {
    regionExclusion: {...t('yes'), regions: ['Elsewhere'], appliesTo: 'all'},
  });
  const textOnly = model('text');
  const vision = model('vision', {modalities: ['text', 'image']});
  const coder = model('coder', {modalities: ['text', 'code']});
  assert.equal(isEuWithheld(vision, multimodalOnly), true);
  assert.equal(isEuWithheld(textOnly, multimodalOnly), false);
  assert.equal(isEuWithheld(coder, multimodalOnly), false, 'code is text, not another modality');
  assert.equal(isEuWithheld(textOnly, all), true);
  assert.equal(isEuWithheld(vision, elsewhere), false);
  assert.equal(isEuWithheld(vision, license('plain')), false);
});

test('one machine: the largest disclosed size, weights downloadable, at most the limit', () => {
  const moe = model('moe', {
    parameters: {status: 'disclosed', sizes: [{total: 117e9, active: 5.1e9}], ...EVIDENCE},
  });
  const big = model('big', {parameters: {status: 'disclosed', sizes: [{total: 235e9}], ...EVIDENCE}});
  const family = model('family', {
    parameters: {status: 'disclosed', sizes: [{total: 8e9}, {total: 405e9}], ...EVIDENCE},
  });
  const secret = model('secret', {parameters: {status: 'not-disclosed', ...EVIDENCE}});
  assert.equal(largestSize(family), 405e9);
  assert.equal(largestSize(secret), null);
  assert.equal(fitsOneMachine(model('small'), 120e9), true);
  assert.equal(fitsOneMachine(moe, 120e9), true, 'total parameters count, not active ones');
  assert.equal(fitsOneMachine(moe, 100e9), false);
  assert.equal(fitsOneMachine(big, 120e9), false);
  assert.equal(fitsOneMachine(family, 120e9), false, 'the largest size decides');
  assert.equal(fitsOneMachine(secret, 120e9), false, 'an undisclosed size is never assumed small');
  assert.equal(fitsOneMachine(model('api', {access: ['api']}), 120e9), false);
});

test('chooserModelFacts derives every flag and names an unknown model or license', () => {
  const records = new Map([
    ['m-open', model('m-open')],
    ['m-capped', model('m-capped', {license: 'cap', modalities: ['text', 'image']})],
    ['m-orphan', model('m-orphan', {license: 'missing'})],
  ]);
  const licenses = new Map([
    ['open-license', license('open-license')],
    [
      'cap',
      {
        ...CAP_700M,
        terms: {
          ...CAP_700M.terms!,
          regionExclusion: {...t('yes'), regions: ['European Union'], appliesTo: 'multimodal' as const},
        },
      },
    ],
  ]);
  const thresholds = {largeProductUsers: 700e6, oneMachineMaxParameters: 120e9};
  const facts = chooserModelFacts(
    ['m-open', 'm-capped'],
    (id) => records.get(id),
    (id) => licenses.get(id),
    thresholds,
  );
  assert.deepEqual(facts['m-open'], {
    name: 'm-open',
    closed: false,
    userCap: false,
    euWithheld: false,
    oneMachine: true,
  });
  assert.deepEqual(facts['m-capped'], {
    name: 'm-capped',
    caveat:
      'm-capped: under the cap, services above 700 million monthly users need a separate license from Example, and no rights to its multimodal models are granted to people and companies based in the European Union.',
    closed: false,
    userCap: true,
    euWithheld: true,
    oneMachine: true,
  });
  assert.throws(
    () =>
      chooserModelFacts(
        ['no-such-model'],
        (id) => records.get(id),
        (id) => licenses.get(id),
        thresholds,
      ),
    /suggested model "no-such-model" has no model record/,
  );
  assert.throws(
    () =>
      chooserModelFacts(
        ['m-orphan'],
        (id) => records.get(id),
        (id) => licenses.get(id),
        thresholds,
      ),
    /models\[m-orphan\]\.license: unknown license id "missing"/,
  );
});

test('suggestModels filters on the facts it is given, and refuses a model without facts', () => {
  const ids = RECOMMENDATIONS['self-hosted'].models;
  const none = {name: 'A model', closed: false, userCap: false, euWithheld: false, oneMachine: true};
  // Flag each answer's filter on a different model, then check only that model goes.
  const [a, b, c] = ids;
  const facts = Object.fromEntries(ids.map((m) => [m, {...none}]));
  facts[a] = {...none, userCap: true};
  facts[b] = {...none, euWithheld: true};
  facts[c] = {...none, oneMachine: false};
  assert.deepEqual(suggestModels('self-hosted', {}, facts), ids);
  assert.deepEqual(
    suggestModels('self-hosted', {license: 'large'}, facts),
    ids.filter((m) => m !== a),
  );
  assert.deepEqual(
    suggestModels('self-hosted', {location: 'eu'}, facts),
    ids.filter((m) => m !== b),
  );
  assert.deepEqual(
    suggestModels('self-hosted', {offline: 'yes'}, facts),
    ids.filter((m) => m !== c),
  );
  facts[a] = {...none, closed: true};
  assert.deepEqual(
    suggestModels('self-hosted', {license: 'weights'}, facts),
    ids.filter((m) => m !== a),
  );
  // A hybrid keeps its closed half even when the weights are required.
  const hybrid = RECOMMENDATIONS.hybrid.models;
  const hybridFacts = Object.fromEntries(hybrid.map((m) => [m, {...none, closed: true}]));
  assert.deepEqual(suggestModels('hybrid', {license: 'weights'}, hybridFacts), hybrid);
  assert.throws(() => suggestModels('self-hosted', {}, {}), /no facts for suggested model/);
});
