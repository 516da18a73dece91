/**
 * The model/license/tool validator: the real dataset passes and holds its invariants (ids unique,
 * every id the docs name resolves, sort order), and each rule fails on one hand-made record
 * (tests/unit/model-fixtures.ts) broken in one place, with a message naming record and field.
 * Run: node --import tsx --test tests/unit/dataset.test.ts
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {modelRecords as models, models as exported, toolRecords as tools} from '../../src/data/models';
import {licenseRecords as licenses} from '../../src/data/licenses';
import {sources} from '../../src/data/sources';
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import type {LicenseRecord, Model} from '../../src/domain/types';
import {
  DatasetError,
  assertValidDataset,
  validateDataset,
  validateLicenses,
  validateModels,
  validateTools,
} from '../../src/domain/validation/validate';
import {fixtureLicense, type LicenseFixture} from './license-fixtures';
import {
  ALL_OPEN,
  closedFixture,
  disclosed,
  asLicenseRecord,
  asModelRecord,
  FIXTURE_LICENSE_RECORDS,
  FIXTURE_SOURCE_IDS,
  fixtureModel,
  fixtureTool,
  levelsWith,
  type ModelFixture,
} from './model-fixtures';

// Fixtures use a fixed date; the real data is checked against the clock, as the build does.
const TODAY = new Date('2026-11-23T12:00:00Z');

/** A valid hand-made record (tests/unit/model-fixtures.ts) to break in one place. */
/** Every record from 2023 on rates all nine dimensions (the rubric, enforced by the build): the download-only fixture has no API. */
const WITH_API = {...ALL_OPEN, api: 'closed'} as const;
const model = ({levels, ...fields}: ModelFixture = {}): Model =>
  asModelRecord(fixtureModel({levels: {...WITH_API, ...levels}, ...fields}));
const license = (fields: LicenseFixture = {}): LicenseRecord =>
  asLicenseRecord(fixtureLicense({id: 'fixture-restricted', ...fields}));

/** Asserts exactly one problem line starts with `prefix` (record + field) and mentions `what`. */
function expectProblem(problems: string[], prefix: string, what: RegExp): void {
  const hits = problems.filter((p) => p.startsWith(prefix));
  assert.ok(hits.length > 0, `expected a problem starting "${prefix}", got:\n${problems.join('\n')}`);
  assert.ok(
    hits.some((h) => what.test(h)),
    `expected "${prefix}" to say ${what}, got:\n${hits.join('\n')}`,
  );
}

/** The hosted-only fixture with every dimension rated, as the rubric asks of a 2025 record. */
const CLOSED = () =>
  closedFixture({
    levels: {
      weights: 'closed',
      inferenceCode: 'closed',
      trainingCode: 'closed',
      trainingData: 'closed',
      dataDocumentation: 'closed',
      paper: 'partial',
      modelCard: 'partial',
      license: 'closed',
      api: 'open',
    },
  });

const check = (list: Model[]) => validateModels(list, FIXTURE_LICENSE_RECORDS, TODAY, FIXTURE_SOURCE_IDS);

test('the hand-made fixtures are valid records, so each rule test below breaks exactly one thing', () => {
  assert.deepEqual(validateLicenses(FIXTURE_LICENSE_RECORDS, TODAY, FIXTURE_SOURCE_IDS), []);
  assert.deepEqual(
    check([model(), asModelRecord(CLOSED()), model({id: 'sized', parameters: disclosed([117e9, 5.1e9])})]),
    [],
  );
  assert.deepEqual(
    validateTools([fixtureTool()], FIXTURE_LICENSE_RECORDS, new Set(['fixture']), TODAY, FIXTURE_SOURCE_IDS),
    [],
  );
});

test('the real dataset is valid', () => {
  assert.deepEqual(validateDataset({sources, models, licenses, tools}, new Date()), []);
  assert.doesNotThrow(() => assertValidDataset({sources, models, licenses, tools}, new Date()));
});

/** Model ids the docs name in data components: <OpennessScorecard model="…">, ids={['…', …]}. */
function docModelRefs(): Array<{file: string; id: string}> {
  const refs: Array<{file: string; id: string}> = [];
  const walk = (dir: string): string[] =>
    readdirSync(dir, {withFileTypes: true}).flatMap((e) =>
      e.isDirectory() ? walk(path.join(dir, e.name)) : /\.mdx?$/.test(e.name) ? [path.join(dir, e.name)] : [],
    );
  for (const file of [...walk('docs'), ...walk('src/pages')]) {
    const text = readFileSync(file, 'utf8');
    for (const tag of text.match(/<(OpennessScorecard|CompareModels|ModelTable)\b[^>]*>/g) ?? []) {
      for (const [, id] of tag.matchAll(/\bmodel="([^"]+)"/g)) refs.push({file, id});
      for (const [, list] of tag.matchAll(/\bids=\{\[([^\]]*)\]\}/g)) {
        for (const [, id] of list.matchAll(/['"]([^'"]+)['"]/g)) refs.push({file, id});
      }
    }
  }
  return refs;
}

test('every model id the docs name in a data component is a record (and the scan finds some)', () => {
  const ids = new Set(models.map((m) => m.id));
  const refs = docModelRefs();
  assert.ok(refs.length >= 5, `found only ${refs.length} model references in docs/: is the pattern stale?`);
  assert.deepEqual(
    refs.filter((r) => !ids.has(r.id)).map((r) => `${r.file}: ${r.id}`),
    [],
  );
});

test('models and tools are not empty, and no id is used twice across them', () => {
  assert.ok(models.length > 0 && tools.length > 0);
  const all = [...models, ...tools].map((r) => r.id);
  assert.deepEqual(
    all.filter((id, i) => all.indexOf(id) !== i),
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
  assert.ok(
    models.some((m) => m.parameters.status === 'not-disclosed'),
    'the rule is exercised by at least one record',
  );
});

test('rule: a rating without a source fails, naming record and field', () => {
  const m = model();
  delete (m.openness.trainingData as Partial<NonNullable<Model['openness']['trainingData']>>).source;
  expectProblem(check([m]), 'models[fixture].openness.trainingData.source', /missing source id/);
});

test('rule: a URL where a source id belongs fails (the URL lives in its source record)', () => {
  const m = model();
  m.openness.weights!.source = 'https://example.com/card';
  expectProblem(check([m]), 'models[fixture].openness.weights.source', /not a URL/);
});

test('rule: an unknown source id fails, naming record, field and id', () => {
  const m = model();
  m.openness.weights!.source = 'fixture-evidense';
  m.releaseSource = 'no-such-source';
  const problems = check([m]);
  expectProblem(problems, 'models[fixture].openness.weights.source', /unknown source id "fixture-evidense"/);
  expectProblem(problems, 'models[fixture].releaseSource', /unknown source id "no-such-source"/);
  const l = license({terms: {}});
  l.terms!.commercialUse.source = 'fixture-clawse';
  expectProblem(
    validateLicenses([l], TODAY, FIXTURE_SOURCE_IDS),
    'licenses[fixture-restricted].terms.commercialUse.source',
    /unknown source id "fixture-clawse"/,
  );
});

test('rule: an unknown license id fails', () => {
  const m = model();
  m.license = 'apache-2';
  expectProblem(check([m]), 'models[fixture].license', /unknown license id "apache-2"/);
});

test('rule: a date in the future fails', () => {
  const m = model();
  m.firstRelease = '2027-01-01';
  expectProblem(check([m]), 'models[fixture].firstRelease', /2027-01-01 is in the future/);
  const r = model({levels: {...ALL_OPEN, api: 'open'}});
  r.openness.api!.asOf = '2030-05';
  expectProblem(check([r]), 'models[fixture].openness.api.asOf', /in the future/);
});

test('rule: a malformed date fails', () => {
  const m = model();
  m.lastVerified = '23/11/2026';
  expectProblem(check([m]), 'models[fixture].lastVerified', /not an ISO date/);
});

test('rule: a duplicate id fails', () => {
  expectProblem(check([model(), model()]), 'models[fixture].id', /duplicate id/);
});

test('rule: a rating outside the scale fails', () => {
  const m = model();
  (m.openness.weights as unknown as {level: string}).level = 'mostly-open';
  expectProblem(check([m]), 'models[fixture].openness.weights.level', /must be one of open, partial, closed/);
});

test('rule: an unknown openness dimension fails', () => {
  const m = model();
  (m.openness as Record<string, unknown>).vibes = m.openness.weights;
  expectProblem(check([m]), 'models[fixture].openness', /vibes/);
});

test('rule: every model needs a weights rating', () => {
  const m = model();
  delete m.openness.weights;
  expectProblem(check([m]), 'models[fixture].openness.weights', /required/);
});

test('rule (rubric): a license rated open must be OSI-approved, as the rubric says, not merely permissive', () => {
  const m = model({
    license: 'fixture-restricted',
    levels: levelsWith({license: 'partial', weights: 'partial'}),
  });
  assert.deepEqual(check([m]), [], 'partial is fine');
  m.openness.license!.level = 'open';
  expectProblem(
    check([m]),
    'models[fixture].openness.license',
    /rated open but fixture-restricted is not OSI-approved/,
  );
});

test('rule: osi-approved kind on a license that is not OSI-approved fails', () => {
  const l = license();
  l.kind = 'osi-approved';
  expectProblem(validateLicenses([l], TODAY), 'licenses[fixture-restricted].kind', /not OSI-approved/);
});

test('rule: an OSI-approved license must use the osi-approved kind', () => {
  const l = asLicenseRecord(fixtureLicense({id: 'MIT', kind: 'osi-approved'}));
  l.kind = 'restricted';
  expectProblem(validateLicenses([l], TODAY), 'licenses[MIT].kind', /must have kind osi-approved/);
});

test('rule: a non-proprietary license needs the source of its text', () => {
  const l = license();
  delete l.source;
  expectProblem(validateLicenses([l], TODAY), 'licenses[fixture-restricted].source', /missing source/);
});

test('rule: undisclosed parameter counts must not be filled in', () => {
  const m = asModelRecord(CLOSED());
  m.parameters.sizes = [{total: 1.8e12}];
  expectProblem(check([m]), 'models[closed-fixture].parameters.sizes', /never estimate undisclosed counts/);
});

test('rule: disclosed parameters need sizes, and active cannot exceed total', () => {
  const m = model({parameters: disclosed(117e9)});
  m.parameters.sizes = [];
  expectProblem(check([m]), 'models[fixture].parameters.sizes', /no sizes/);
  const n = model({parameters: disclosed(117e9)});
  n.parameters.sizes = [{total: 5e9, active: 117e9}];
  expectProblem(check([n]), 'models[fixture].parameters.sizes.0.active', /exceed the total/);
});

test('rule: open weights must be listed as downloadable access', () => {
  const m = model();
  m.access = ['api'];
  expectProblem(check([m]), 'models[fixture].openness.weights', /access does not include "weights"/);
});

test('rule: weights cannot be open under a proprietary license', () => {
  const m = asModelRecord(CLOSED());
  m.openness.weights!.level = 'open';
  m.access = ['app', 'api', 'weights'];
  expectProblem(
    check([m]),
    'models[closed-fixture].openness.weights',
    /is proprietary; gated or restricted weights are partial/,
  );
});

test('rule: guide pages must be doc ids, and known ones when the docs are given', () => {
  const m = model();
  m.guidePages = ['/guide/gpt-oss/'];
  expectProblem(check([m]), 'models[fixture].guidePages.0', /doc id/);
  const n = model();
  n.guidePages = ['openai/gpt-os'];
  expectProblem(
    validateModels([n], FIXTURE_LICENSE_RECORDS, TODAY, FIXTURE_SOURCE_IDS, new Set(['openai/gpt-oss'])),
    'models[fixture].guidePages.0',
    /unknown doc id "openai\/gpt-os"/,
  );
});

test('rule: a missing rating note fails', () => {
  const m = model();
  m.openness.paper!.note = ' ';
  expectProblem(check([m]), 'models[fixture].openness.paper.note', /note is empty/);
});

test('rule: tools need a known license and an id not used by a model', () => {
  const t = fixtureTool({license: 'wtfpl', id: 'fixture'});
  const problems = validateTools([t], FIXTURE_LICENSE_RECORDS, new Set([model().id]), TODAY);
  expectProblem(problems, 'tools[fixture].license', /unknown license id "wtfpl"/);
  expectProblem(problems, 'tools[fixture].id', /also used by a model/);
});

test('all problems are collected and thrown once, as a DatasetError listing each line', () => {
  const a = model();
  a.license = 'nope';
  const b = asModelRecord(CLOSED());
  b.firstRelease = '2099';
  try {
    assertValidDataset({sources, models: [a, b], licenses: FIXTURE_LICENSE_RECORDS, tools: []}, TODAY);
    assert.fail('expected a DatasetError');
  } catch (error) {
    assert.ok(error instanceof DatasetError);
    assert.match(error.message, /models\[fixture\]\.license: unknown license id/);
    assert.match(error.message, /models\[closed-fixture\]\.firstRelease: date 2099 is in the future/);
    assert.ok(error.problems.length >= 2);
  }
});
