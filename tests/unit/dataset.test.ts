/**
 * The model/license/tool validator: the real dataset passes, and each rule fails on one
 * deliberately bad fixture with a message naming the record and the field.
 * Run: node --import tsx --test tests/unit/dataset.test.ts
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {modelRecords as models, models as exported, toolRecords as tools} from '../../src/data/models';
import {licenseRecords as licenses} from '../../src/data/licenses';
import {sources} from '../../src/data/sources';
import type {LicenseRecord as License, Model, ToolRecord} from '../../src/data/types';
import {
  DatasetError,
  assertValidDataset,
  validateDataset,
  validateLicenses,
  validateModels,
  validateTools,
} from '../../src/plugins/dataset/validate';

// Fixtures use a fixed date; the real data is checked against the clock, as the build does.
const TODAY = new Date('2026-11-23T12:00:00Z');

/** A deep copy of a real record to break in one place. */
function model(id = 'gpt-oss-120b'): Model {
  const found = models.find((m) => m.id === id);
  assert.ok(found, `fixture base ${id} exists`);
  return structuredClone(found);
}

function license(id = 'llama-2-community'): License {
  const found = licenses.find((l) => l.id === id);
  assert.ok(found);
  return structuredClone(found) as License;
}

/** Asserts exactly one problem line starts with `prefix` (record + field) and mentions `what`. */
function expectProblem(problems: string[], prefix: string, what: RegExp): void {
  const hits = problems.filter((p) => p.startsWith(prefix));
  assert.ok(hits.length > 0, `expected a problem starting "${prefix}", got:\n${problems.join('\n')}`);
  assert.ok(
    hits.some((h) => what.test(h)),
    `expected "${prefix}" to say ${what}, got:\n${hits.join('\n')}`,
  );
}

const check = (list: Model[]) => validateModels(list, licenses, TODAY);

test('the real dataset is valid', () => {
  assert.deepEqual(validateDataset({sources, models, licenses, tools}, new Date()), []);
  assert.doesNotThrow(() => assertValidDataset({sources, models, licenses, tools}, new Date()));
});

test('the dataset is not empty and has every id other pages reference', () => {
  const ids = new Set(models.map((m) => m.id));
  const required = [
    'chatgpt',
    'gpt-2',
    'gpt-3',
    'gpt-4',
    'gpt-4o',
    'gpt-5',
    'gpt-5-5',
    'gpt-oss-120b',
    'gpt-oss-20b',
    'gpt-oss-safeguard-120b',
    'whisper',
    'clip',
    'bert',
    't5',
    'transformer-xl',
    'ulmfit',
    'gpt-neo',
    'gpt-j',
    'gpt-neox-20b',
    'pythia',
    'bloom',
    'falcon-40b',
    'falcon-180b',
    'llama-1',
    'llama-2',
    'llama-3-1-405b',
    'llama-4-maverick',
    'mistral-7b',
    'mixtral-8x7b',
    'deepseek-v3',
    'deepseek-r1',
    'qwen3-235b',
    'olmo-2-32b',
    'gemma-3-27b',
    'gemma-4',
    'stable-diffusion-1-5',
    'claude',
    'gemini',
    'command-r-plus',
    'grok-1',
  ];
  assert.deepEqual(
    required.filter((id) => !ids.has(id)),
    [],
  );
  const toolIds = new Set(tools.map((t) => t.id));
  assert.deepEqual(
    ['llama-cpp', 'ollama', 'vllm', 'opennmt'].filter((id) => !toolIds.has(id)),
    [],
  );
});

test('the exported models are sorted by first release, then id (the documented rule)', () => {
  const sorted = [...models].sort(
    (a, b) => a.firstRelease.localeCompare(b.firstRelease) || a.id.localeCompare(b.id),
  );
  assert.deepEqual(
    exported.map((m) => m.id),
    sorted.map((m) => m.id),
  );
});

test('closed models never carry parameter counts', () => {
  for (const m of models) {
    if (m.parameters.status === 'not-disclosed') assert.equal(m.parameters.sizes, undefined, m.id);
  }
  assert.equal(models.find((m) => m.id === 'chatgpt')?.parameters.status, 'not-disclosed');
});

test('rule: a rating without a source fails, naming record and field', () => {
  const m = model();
  delete (m.openness.trainingData as Partial<NonNullable<Model['openness']['trainingData']>>).source;
  expectProblem(check([m]), 'models[gpt-oss-120b].openness.trainingData.source', /missing source id/);
});

test('rule: a URL where a source id belongs fails (the URL lives in its source record)', () => {
  const m = model();
  m.openness.weights!.source = 'https://example.com/card';
  expectProblem(check([m]), 'models[gpt-oss-120b].openness.weights.source', /not a URL/);
});

test('rule: an unknown source id fails, naming record, field and id', () => {
  const m = model();
  m.openness.weights!.source = 'gpt-oss-repoo';
  m.releaseSource = 'no-such-source';
  const ids = new Set(sources.map((s) => s.id));
  const problems = validateModels([m], licenses, TODAY, ids);
  expectProblem(
    problems,
    'models[gpt-oss-120b].openness.weights.source',
    /unknown source id "gpt-oss-repoo"/,
  );
  expectProblem(problems, 'models[gpt-oss-120b].releaseSource', /unknown source id "no-such-source"/);
  const l = license();
  l.terms!.commercialUse.source = 'llama-2-licence';
  expectProblem(
    validateLicenses([l], TODAY, ids),
    'licenses[llama-2-community].terms.commercialUse.source',
    /unknown source id "llama-2-licence"/,
  );
});

test('rule: an unknown license id fails', () => {
  const m = model();
  m.license = 'apache-2';
  expectProblem(check([m]), 'models[gpt-oss-120b].license', /unknown license id "apache-2"/);
});

test('rule: a date in the future fails', () => {
  const m = model();
  m.firstRelease = '2027-01-01';
  expectProblem(check([m]), 'models[gpt-oss-120b].firstRelease', /2027-01-01 is in the future/);
  const r = model();
  r.openness.api!.asOf = '2030-05';
  expectProblem(check([r]), 'models[gpt-oss-120b].openness.api.asOf', /in the future/);
});

test('rule: a malformed date fails', () => {
  const m = model();
  m.lastVerified = '23/11/2026';
  expectProblem(check([m]), 'models[gpt-oss-120b].lastVerified', /not an ISO date/);
});

test('rule: a duplicate id fails', () => {
  expectProblem(check([model(), model()]), 'models[gpt-oss-120b].id', /duplicate id/);
});

test('rule: a rating outside the scale fails', () => {
  const m = model();
  (m.openness.weights as unknown as {level: string}).level = 'mostly-open';
  expectProblem(
    check([m]),
    'models[gpt-oss-120b].openness.weights.level',
    /must be one of open, partial, closed/,
  );
});

test('rule: an unknown openness dimension fails', () => {
  const m = model();
  (m.openness as Record<string, unknown>).vibes = m.openness.weights;
  expectProblem(check([m]), 'models[gpt-oss-120b].openness', /vibes/);
});

test('rule: every model needs a weights rating', () => {
  const m = model();
  delete m.openness.weights;
  expectProblem(check([m]), 'models[gpt-oss-120b].openness.weights', /required/);
});

test('rule: a license rated open must be OSI-approved (or permissive)', () => {
  const m = model('llama-2');
  m.openness.license!.level = 'open';
  expectProblem(
    check([m]),
    'models[llama-2].openness.license.level',
    /rated open but license llama-2-community is restricted/,
  );
});

test('rule: osi-approved kind on a license that is not OSI-approved fails', () => {
  const l = license();
  l.kind = 'osi-approved';
  expectProblem(validateLicenses([l], TODAY), 'licenses[llama-2-community].kind', /not OSI-approved/);
});

test('rule: an OSI-approved license must use the osi-approved kind', () => {
  const l = structuredClone(licenses.find((x) => x.id === 'MIT')!) as License;
  l.kind = 'restricted';
  expectProblem(validateLicenses([l], TODAY), 'licenses[MIT].kind', /must have kind osi-approved/);
});

test('rule: a non-proprietary license needs the source of its text', () => {
  const l = license();
  delete l.source;
  expectProblem(validateLicenses([l], TODAY), 'licenses[llama-2-community].source', /missing source/);
});

test('rule: undisclosed parameter counts must not be filled in', () => {
  const m = model('chatgpt');
  m.parameters.sizes = [{total: 1.8e12}];
  expectProblem(check([m]), 'models[chatgpt].parameters.sizes', /never estimate undisclosed counts/);
});

test('rule: disclosed parameters need sizes, and active cannot exceed total', () => {
  const m = model();
  m.parameters.sizes = [];
  expectProblem(check([m]), 'models[gpt-oss-120b].parameters.sizes', /no sizes/);
  const n = model();
  n.parameters.sizes = [{total: 5e9, active: 117e9}];
  expectProblem(check([n]), 'models[gpt-oss-120b].parameters.sizes.0.active', /exceed the total/);
});

test('rule: open weights must be listed as downloadable access', () => {
  const m = model();
  m.access = ['api'];
  expectProblem(check([m]), 'models[gpt-oss-120b].access', /access does not include "weights"/);
});

test('rule: weights cannot be open under a proprietary license', () => {
  const m = model('chatgpt');
  m.openness.weights!.level = 'open';
  m.access = ['app', 'api', 'weights'];
  expectProblem(check([m]), 'models[chatgpt].openness.weights.level', /proprietary license/);
});

test('rule: guide pages must be doc ids, and known ones when the docs are given', () => {
  const m = model();
  m.guidePages = ['/guide/gpt-oss/'];
  expectProblem(check([m]), 'models[gpt-oss-120b].guidePages.0', /doc id/);
  const n = model();
  n.guidePages = ['openai/gpt-os'];
  expectProblem(
    validateModels([n], licenses, TODAY, undefined, new Set(['openai/gpt-oss'])),
    'models[gpt-oss-120b].guidePages.0',
    /unknown doc id "openai\/gpt-os"/,
  );
});

test('rule: a missing rating note fails', () => {
  const m = model();
  m.openness.paper!.note = ' ';
  expectProblem(check([m]), 'models[gpt-oss-120b].openness.paper.note', /note is empty/);
});

test('rule: tools need a known license and an id not used by a model', () => {
  const t = structuredClone(tools[0]) as ToolRecord;
  t.license = 'wtfpl';
  t.id = 'gpt-2';
  const problems = validateTools([t], licenses, new Set(models.map((m) => m.id)), TODAY);
  expectProblem(problems, 'tools[gpt-2].license', /unknown license id "wtfpl"/);
  expectProblem(problems, 'tools[gpt-2].id', /also used by a model/);
});

test('all problems are collected and thrown once, as a DatasetError listing each line', () => {
  const a = model();
  a.license = 'nope';
  const b = model('chatgpt');
  b.firstRelease = '2099';
  try {
    assertValidDataset({sources, models: [a, b], licenses, tools}, TODAY);
    assert.fail('expected a DatasetError');
  } catch (error) {
    assert.ok(error instanceof DatasetError);
    assert.match(error.message, /models\[gpt-oss-120b\]\.license: unknown license id/);
    assert.match(error.message, /models\[chatgpt\]\.firstRelease: date 2099 is in the future/);
    assert.ok(error.problems.length >= 2);
  }
});
