/**
 * Verdict rules (src/domain/verdicts.ts) on hand-made records, one rule per test, plus an invariant
 * over the live dataset. Run: node --import tsx --test tests/unit/verdicts.test.ts
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {License} from '../../src/domain/types';
import {models} from '../../src/data/models';
import {getLicense, licenseRecords} from '../../src/data/licenses';
import {getOsiValidation, osiValidations} from '../../src/data/models';
import {sources} from '../../src/data/sources';
import {
  compareWithOsi,
  formatScore,
  mofClass,
  modelVerdicts,
  oneLineAnswer,
  openWeights,
  opennessScore100,
  osaidVerdict,
} from '../../src/domain/verdicts';
import {validateLicenses, validateOsiValidations} from '../../src/domain/validation/validate';
import {fixtureLicense, t, terms} from './license-fixtures';
import {ALL_OPEN, fixtureModel, levelsWith} from './model-fixtures';

const OSI = fixtureLicense({id: 'Apache-2.0', name: 'Apache License 2.0', kind: 'osi-approved', terms: {}});
const RESTRICTED = fixtureLicense({id: 'custom', name: 'Custom Community License', terms: {}});

/* ------------------------------------------------------------------------------- OSAID */

test('OSAID: meets when data information, code and parameters are all open', () => {
  const r = osaidVerdict(fixtureModel(), OSI);
  assert.equal(r.verdict, 'meets');
  assert.deepEqual(r.missing, []);
  assert.ok(r.parts.every((p) => p.status === 'met'));
});

test('OSAID: data information is met by open data documentation alone (data not released)', () => {
  const r = osaidVerdict(fixtureModel({levels: levelsWith({trainingData: 'closed'})}), OSI);
  assert.equal(r.verdict, 'meets');
});

test('OSAID: fails on data information when data is closed and documentation partial', () => {
  const r = osaidVerdict(
    fixtureModel({levels: levelsWith({trainingData: 'closed', dataDocumentation: 'partial'})}),
    OSI,
  );
  assert.equal(r.verdict, 'does-not-meet');
  assert.equal(r.parts.find((p) => p.part === 'data-information')?.status, 'not-met');
  assert.deepEqual(r.missing, ['training data not released', 'data documentation partial']);
});

test('OSAID: fails on code when training code is not released', () => {
  const r = osaidVerdict(fixtureModel({levels: levelsWith({trainingCode: 'closed'})}), OSI);
  assert.equal(r.verdict, 'does-not-meet');
  assert.equal(r.parts.find((p) => p.part === 'code')?.status, 'not-met');
  assert.deepEqual(r.missing, ['training code not released']);
});

test('OSAID: fails on code when inference code is only partial', () => {
  const r = osaidVerdict(fixtureModel({levels: levelsWith({inferenceCode: 'partial'})}), OSI);
  assert.equal(r.verdict, 'does-not-meet');
  assert.deepEqual(r.missing, ['inference code partial']);
});

test('OSAID: fails on parameters when weights are not open', () => {
  const r = osaidVerdict(fixtureModel({levels: levelsWith({weights: 'partial'})}), OSI);
  assert.equal(r.verdict, 'does-not-meet');
  assert.equal(r.parts.find((p) => p.part === 'parameters')?.status, 'not-met');
});

test('OSAID: fails on parameters under a license that is not OSI-approved, naming it', () => {
  const r = osaidVerdict(fixtureModel(), RESTRICTED);
  assert.equal(r.verdict, 'does-not-meet');
  assert.deepEqual(r.missing, ['license not OSI-approved (Custom Community License)']);
});

test('OSAID: cannot tell when a needed dimension is unrated and nothing fails', () => {
  const r = osaidVerdict(fixtureModel({levels: levelsWith({inferenceCode: undefined})}), OSI);
  assert.equal(r.verdict, 'cannot-tell');
  assert.deepEqual(r.missing, ['inference code not rated']);
});

test('OSAID: cannot tell when both data dimensions are unrated', () => {
  const r = osaidVerdict(
    fixtureModel({levels: levelsWith({trainingData: undefined, dataDocumentation: undefined})}),
    OSI,
  );
  assert.equal(r.verdict, 'cannot-tell');
  assert.equal(r.parts.find((p) => p.part === 'data-information')?.status, 'unknown');
});

test('OSAID: a failing part wins over an unrated one', () => {
  const r = osaidVerdict(
    fixtureModel({levels: levelsWith({trainingCode: 'closed', inferenceCode: undefined})}),
    OSI,
  );
  assert.equal(r.verdict, 'does-not-meet');
  assert.deepEqual(r.missing, ['training code not released', 'inference code not rated']);
});

test('OSAID: an unverified license gives cannot tell; no license at all fails', () => {
  const unclear: License = {
    ...OSI,
    id: 'not-verified',
    name: 'License not verified',
    kind: 'unclear',
    osiApproved: false,
    terms: undefined,
  };
  assert.equal(osaidVerdict(fixtureModel(), unclear).verdict, 'cannot-tell');
  const none: License = {
    ...unclear,
    name: 'No license file',
    terms: terms({commercialUse: t('no'), derivatives: t('no')}),
  };
  assert.equal(osaidVerdict(fixtureModel(), none).verdict, 'does-not-meet');
});

test('OSAID and the score ignore the api dimension', () => {
  const closedApi = fixtureModel({levels: {...ALL_OPEN, api: 'closed'}});
  assert.equal(osaidVerdict(closedApi, OSI).verdict, 'meets');
  assert.equal(opennessScore100(closedApi).score, 100);
  assert.equal(opennessScore100(closedApi).rated, 8);
});

/* -------------------------------------------------------------------- OSI comparison */

test('OSI comparison: agreement, disagreement both ways, and "we cannot tell"', () => {
  assert.equal(compareWithOsi('meets', 'passes'), 'agrees');
  assert.equal(compareWithOsi('does-not-meet', 'fails'), 'agrees');
  assert.equal(compareWithOsi('does-not-meet', 'passes'), 'disagrees');
  assert.equal(compareWithOsi('meets', 'fails'), 'disagrees');
  // "Would pass with license changes" does not meet the definition today.
  assert.equal(compareWithOsi('meets', 'license-changes-needed'), 'disagrees');
  assert.equal(compareWithOsi('does-not-meet', 'license-changes-needed'), 'agrees');
  assert.equal(compareWithOsi('cannot-tell', 'passes'), 'we-cannot-tell');
});

test('OSI validation data: every entry names a model and a source we have', () => {
  const problems = validateOsiValidations(
    osiValidations,
    new Set(models.map((m) => m.id)),
    new Set(sources.map((s) => s.id)),
  );
  assert.deepEqual(problems, []);
  const bad = validateOsiValidations(
    [{model: 'nope', osiName: 'X', result: 'passes', source: 'nowhere'}],
    new Set(['a']),
    new Set(['b']),
  );
  assert.ok(bad.some((p) => p.startsWith('models[nope].osiValidation.model')));
  assert.ok(bad.some((p) => p.startsWith('models[nope].osiValidation.source')));
});

/* --------------------------------------------------------------------------------- MOF */

test('MOF: everything open gives Class I, settled', () => {
  const r = mofClass(fixtureModel(), OSI);
  assert.equal(r.cls, 'I');
  assert.equal(r.possible, 'I');
  assert.equal(r.estimated, true);
  assert.deepEqual(r.nextNeeds, []);
});

test('MOF: closed training data drops to Class II (datasets and intermediate checkpoints missing)', () => {
  const r = mofClass(fixtureModel({levels: levelsWith({trainingData: 'closed'})}), OSI);
  assert.equal(r.cls, 'II');
  assert.ok(r.nextNeeds.includes('datasets (not open)'));
});

test('MOF: closed training code drops to Class III', () => {
  const r = mofClass(
    fixtureModel({levels: levelsWith({trainingCode: 'closed', trainingData: 'closed'})}),
    OSI,
  );
  assert.equal(r.cls, 'III');
  assert.ok(r.nextNeeds.includes('training code (not open)'));
});

test('MOF: a missing Class III component (model card) gives no class', () => {
  assert.equal(mofClass(fixtureModel({levels: levelsWith({modelCard: 'partial'})}), OSI).cls, 'none');
});

test('MOF: final parameters need an open license, so a restricted license gives no class', () => {
  const r = mofClass(fixtureModel(), RESTRICTED);
  assert.equal(r.cls, 'none');
  assert.equal(r.possible, 'none');
});

test('MOF: evaluation results are assumed from the paper or the model card', () => {
  // Paper closed, model card open: evaluation results count as published; the technical report does not.
  const r = mofClass(fixtureModel({levels: levelsWith({paper: 'closed'})}), OSI);
  assert.equal(r.components.find((c) => c.name === 'Evaluation results')?.status, 'met');
  assert.equal(r.components.find((c) => c.name === 'Evaluation results')?.basis, 'assumed');
  assert.equal(r.cls, 'none');
});

test('MOF: unrated components leave the class open between what is rated and what is possible', () => {
  const r = mofClass(fixtureModel({levels: levelsWith({modelCard: undefined})}), OSI);
  assert.equal(r.cls, 'none');
  assert.equal(r.possible, 'I');
  assert.ok(r.nextNeeds.includes('model card (not rated)'));
});

/* ------------------------------------------------------------------------------ score */

test('score: open 1, partial ½, closed 0, unrated dimensions left out', () => {
  const s = opennessScore100(
    fixtureModel({levels: {weights: 'open', trainingCode: 'partial', trainingData: 'closed', paper: 'open'}}),
  );
  assert.deepEqual(s, {score: 63, rated: 4, of: 8}); // (1 + 0.5 + 0 + 1) / 4 = 62.5 → 63
  assert.equal(formatScore(s), '63/100 from 4 of 8 dimensions');
});

test('score: nothing rated gives no score, not zero', () => {
  const s = opennessScore100(fixtureModel({levels: {}}));
  assert.equal(s.score, null);
  assert.equal(s.rated, 0);
  assert.match(formatScore(s), /No score/);
});

/* ----------------------------------------------------------------------- open weights */

test('open weights: downloadable, gated, on request, closed', () => {
  assert.equal(openWeights(fixtureModel(), OSI), 'yes');
  const gated = {...RESTRICTED, terms: terms({gatedDownload: {...t('yes'), gate: 'accept-terms'}})};
  assert.equal(openWeights(fixtureModel(), gated), 'gated');
  const onRequest = {...RESTRICTED, terms: terms({gatedDownload: {...t('yes'), gate: 'approval'}})};
  assert.equal(openWeights(fixtureModel(), onRequest), 'on-request');
  assert.equal(openWeights(fixtureModel({levels: levelsWith({weights: 'closed'})}), OSI), 'no');
  assert.equal(openWeights(fixtureModel({levels: {}, access: ['api']}), OSI), 'no');
});

/* -------------------------------------------------------------------- one-line answer */

test('one-line answer names the verdict, the license, its notable terms and what is missing', () => {
  const model = fixtureModel({
    levels: levelsWith({trainingCode: 'closed', trainingData: 'closed', dataDocumentation: 'partial'}),
    modalities: ['text', 'image'],
  });
  const lic: License = {
    ...RESTRICTED,
    terms: terms({
      commercialUse: t('conditional'),
      acceptableUsePolicy: t('yes'),
      userThreshold: {
        ...t('yes'),
        monthlyActiveUsers: 700e6,
        effect: 'separate-license',
        measuredAt: 'release-date',
      },
      regionExclusion: {...t('yes'), regions: ['European Union'], appliesTo: 'multimodal'},
    }),
  };
  const answer = oneLineAnswer(model, lic, modelVerdicts(model, lic));
  assert.equal(
    answer,
    'Open source? No — open weights under the restricted Custom Community License (700M-user clause, EU exclusion for multimodal models, acceptable-use policy); training data not released, data documentation partial, training code not released.',
  );
});

test('one-line answer for a closed model and for a model that meets the definition', () => {
  const closed = fixtureModel({levels: {weights: 'closed', trainingCode: 'closed'}, access: ['api', 'app']});
  const proprietary: License = {
    ...OSI,
    id: 'proprietary',
    name: 'Proprietary terms',
    kind: 'proprietary',
    osiApproved: false,
    terms: undefined,
  };
  assert.match(
    oneLineAnswer(closed, proprietary, modelVerdicts(closed, proprietary)),
    /^Open source\? No — a closed model .*training code not released\.$/,
  );
  const open = fixtureModel();
  assert.match(
    oneLineAnswer(open, OSI, modelVerdicts(open, OSI)),
    /^Open source\? Yes — it meets the Open Source AI Definition/,
  );
});

/* ---------------------------------------------------------------------- live dataset */

test('live dataset: every model gets every verdict and a specific answer, without a crash', () => {
  const counts: Record<string, number> = {};
  const byAnswer = new Map<string, {license: string; verdict: string; ids: string[]}>();
  for (const m of models) {
    const license = getLicense(m.license);
    assert.ok(license, `${m.id}: license ${m.license} exists`);
    const v = modelVerdicts(m, license);
    assert.ok(['meets', 'does-not-meet', 'cannot-tell'].includes(v.osaid.verdict), m.id);
    assert.ok(['I', 'II', 'III', 'none'].includes(v.mof.cls), m.id);
    assert.ok(v.score.score === null || (v.score.score >= 0 && v.score.score <= 100), m.id);
    const answer = oneLineAnswer(m, license, v);
    assert.match(answer, /^Open source\? (Yes|No|Cannot tell) — /, m.id);
    // Two models share an answer only when they share the facts it rests on.
    const seen = byAnswer.get(answer);
    if (seen) {
      assert.equal(
        m.license,
        seen.license,
        `${m.id} and ${seen.ids.join(', ')} share an answer but not a license`,
      );
      assert.equal(
        v.osaid.verdict,
        seen.verdict,
        `${m.id} and ${seen.ids.join(', ')} share an answer but not a verdict`,
      );
      seen.ids.push(m.id);
    } else byAnswer.set(answer, {license: m.license, verdict: v.osaid.verdict, ids: [m.id]});
    counts[v.osaid.verdict] = (counts[v.osaid.verdict] ?? 0) + 1;
    const osi = getOsiValidation(m.id);
    if (osi)
      counts[`OSI ${compareWithOsi(v.osaid.verdict, osi.result)}`] =
        (counts[`OSI ${compareWithOsi(v.osaid.verdict, osi.result)}`] ?? 0) + 1;
  }
  assert.ok(models.length > 0);
  // That Llama 4 Maverick and DeepSeek-R1 read differently is a fact guard: corrections.test.ts.
  console.log(`verdicts over ${models.length} models:`, JSON.stringify(counts));
});

test('live licenses: structured terms pass validation and cite known sources', () => {
  const problems = validateLicenses(licenseRecords, new Date(), new Set(sources.map((s) => s.id)));
  assert.deepEqual(problems, []);
});

test('license terms validation rejects a bad status, an unknown source id and an empty region list', () => {
  const bad = {
    ...OSI,
    terms: {
      ...terms(),
      commercialUse: {status: 'maybe', note: 'x', source: 'https://example.org'},
      outputsForTraining: {status: 'yes', note: 'x', source: 'no-such-source'},
      regionExclusion: {
        status: 'yes',
        note: 'x',
        source: 'https://example.org',
        regions: [],
        appliesTo: 'all',
      },
    },
  } as unknown as License;
  const problems = validateLicenses([bad], new Date('2026-01-01'), new Set(['known']));
  assert.ok(
    problems.some((p) => p.startsWith('licenses[Apache-2.0].terms.commercialUse.status')),
    problems.join('\n'),
  );
  assert.ok(
    problems.some((p) =>
      p.startsWith('licenses[Apache-2.0].terms.outputsForTraining.source: unknown source id'),
    ),
    problems.join('\n'),
  );
  assert.ok(
    problems.some((p) => p.startsWith('licenses[Apache-2.0].terms.regionExclusion.regions')),
    problems.join('\n'),
  );
});
