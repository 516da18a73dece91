/**
 * Model families (src/data/families.ts) and the family one-line answer (src/lib/families.ts):
 * mapping invariants over the live data, answers on hand-made fixtures.
 * Run: node --import tsx --test tests/unit/families.test.ts
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {License, Model, OpennessDimension, RatingLevel} from '../../src/domain/types';
import {fixtureLicense} from './license-fixtures';
import {fixtureModel, OPENNESS_DIMS, type Levels} from './model-fixtures';
import {models, type ModelId} from '../../src/data/models';
import {getLicense} from '../../src/data/licenses';
import {families, familyOf, getFamily} from '../../src/data/models';
import {familyAnswer, familyPageProps, newestFirst} from '../../src/lib/families';

/* ------------------------------------------------------------------ mapping over live data */

const modelIds = new Set(models.map((m) => m.id));

test('every family lists at least two models, and every listed id is a model record', () => {
  assert.ok(families.length >= 10, `only ${families.length} families`);
  for (const f of families) {
    assert.ok(f.models.length >= 2, `${f.id}: a family needs at least two members`);
    for (const id of f.models) assert.ok(modelIds.has(id), `${f.id}: unknown model id "${id}"`);
  }
});

test('no family id equals a model id (both are pages under /models/)', () => {
  for (const f of families) assert.ok(!modelIds.has(f.id), `${f.id} clashes with /models/${f.id}/`);
  const ids = families.map((f) => f.id);
  assert.equal(new Set(ids).size, ids.length, 'duplicate family id');
  for (const id of ids) assert.match(id, /^[a-z0-9]+(-[a-z0-9]+)*$/, `${id} is not kebab-case`);
});

test('a model belongs to at most one family, and familyOf finds it', () => {
  const seen = new Map<string, string>();
  for (const f of families) {
    for (const id of f.models) {
      assert.ok(!seen.has(id), `${id} is in both ${seen.get(id)} and ${f.id}`);
      seen.set(id, f.id);
      assert.deepEqual(familyOf(id), {id: f.id, name: f.name});
    }
  }
  assert.equal(familyOf('not-a-model'), undefined);
  assert.equal(getFamily('llama')?.name, 'Llama');
});

test('the families readers ask about are there', () => {
  for (const id of [
    'llama',
    'gpt',
    'gpt-oss',
    'deepseek',
    'qwen',
    'gemma',
    'mistral',
    'claude',
    'gemini',
    'olmo',
  ]) {
    assert.ok(getFamily(id), `missing family ${id}`);
  }
});

test('family page props carry only that family’s members, newest first, and fail on unknown ids', () => {
  const byId = (id: string) => models.find((m) => m.id === id);
  for (const f of families) {
    const props = familyPageProps(f, families, byId, getLicense);
    assert.deepEqual(props.members.map((m) => m.id).sort(), [...f.models].sort());
    const dates = props.members.map((m) => m.firstRelease);
    assert.deepEqual(dates, [...dates].sort().reverse(), `${f.id}: not newest first`);
    assert.ok(!props.others.some((o) => o.id === f.id));
    assert.equal(props.others.length, families.length - 1);
    assert.match(props.answer, /^(Yes|No|Partly) — .+\.$/);
  }
  assert.throws(
    // A runtime check as well as the type: props built from untyped input still fail loudly.
    () => familyPageProps({...families[0], models: ['nope' as ModelId]}, families, byId, getLicense),
    /unknown model id "nope"/,
  );
});

/* ----------------------------------------------------------------------- answers on fixtures */

/** Shorthand over the shared builder: a record named after its id, released on `firstRelease`. */
const model = (id: string, firstRelease: string, levels: Levels, extra: Partial<Model> = {}): Model =>
  fixtureModel({id, name: id.toUpperCase(), firstRelease, levels, ...extra});

const every = (level: RatingLevel) =>
  Object.fromEntries(OPENNESS_DIMS.map((d) => [d, level])) as Record<OpennessDimension, RatingLevel>;
const weightsOnly = {...every('closed'), weights: 'open', inferenceCode: 'open', license: 'open'} as const;

const license = (name: string, kind: License['kind']): License => fixtureLicense({id: name, name, kind});
const APACHE = license('Apache License 2.0', 'osi-approved');
const CUSTOM = license('Lab Community License', 'restricted');
const NC = license('Lab Research License', 'non-commercial');
const TOS = license('Proprietary terms of service', 'proprietary');
const closedModel = (id: string, date: string) =>
  model(id, date, {...every('closed'), paper: 'partial'}, {access: ['api', 'app']});

test('all members fully open: "Yes", both parts said', () => {
  const a = familyAnswer({name: 'Fam'}, [
    {model: model('a', '2024-01', every('open')), license: APACHE},
    {model: model('b', '2025-01', every('open')), license: APACHE},
    {model: model('c', '2025-06', every('open')), license: APACHE},
  ]);
  assert.equal(
    a,
    'Yes — every Fam release has downloadable weights under an OSI-approved license (Apache License 2.0), and every one meets the Open Source AI Definition, with training code and data information released too.',
  );
});

test('open weights under custom licenses: "No", the license is the reason, plus what every member lacks', () => {
  const a = familyAnswer({name: 'Fam'}, [
    {model: model('a', '2024-01', weightsOnly), license: NC},
    {model: model('b', '2025-01', weightsOnly), license: CUSTOM},
  ]);
  assert.match(
    a,
    /^No — both Fam releases have downloadable weights under custom, use-restricting or non-commercial licenses, none OSI-approved, so neither meets/,
  );
  assert.match(a, /which also needs the training data or a full account of it and the training code\.$/);
});

test('OSI license but no data or training code: "No", with "but"', () => {
  const a = familyAnswer({name: 'Fam'}, [
    {model: model('a', '2024-01', weightsOnly), license: APACHE},
    {model: model('b', '2025-01', weightsOnly), license: APACHE},
    {model: model('c', '2025-02', {...weightsOnly, trainingCode: 'open'}), license: APACHE},
  ]);
  // c releases its training code, so only the data part is missing from every member.
  assert.equal(
    a,
    'No — every Fam release has downloadable weights under an OSI-approved license (Apache License 2.0), but none meets the Open Source AI Definition, which also needs the training data or a full account of it.',
  );
});

test('all closed: no weights, so none meets', () => {
  const a = familyAnswer({name: 'Fam'}, [
    {model: closedModel('a', '2023-01'), license: TOS},
    {model: closedModel('b', '2025-01'), license: TOS},
  ]);
  assert.equal(
    a,
    'No — no Fam model has downloadable weights: both are used only through apps and APIs, so neither meets the Open Source AI Definition.',
  );
});

test('one early open release, later closed ones: counts and names the open one', () => {
  const a = familyAnswer({name: 'Fam'}, [
    {model: closedModel('b', '2023-01'), license: TOS},
    {model: model('a', '2019-01', weightsOnly), license: APACHE},
    {model: closedModel('c', '2025-01'), license: TOS},
  ]);
  assert.equal(
    a,
    'No — 1 of 3 Fam releases has downloadable weights (A); the other 2 are used only through apps and APIs, and none meets the Open Source AI Definition.',
  );
});

test('some members meet the definition: "Partly", naming them oldest first', () => {
  const a = familyAnswer({name: 'Fam'}, [
    {model: model('b', '2025-01', every('open')), license: APACHE},
    {model: model('a', '2024-01', weightsOnly), license: APACHE},
    {model: model('c', '2023-01', every('open')), license: APACHE},
  ]);
  assert.match(a, /^Partly — /);
  assert.match(a, /2 of 3 meet the Open Source AI Definition \(C and B\)\.$/);
});

test('mixed licenses and weights on request are both said', () => {
  const a = familyAnswer({name: 'Fam'}, [
    {model: model('a', '2023-01', weightsOnly), license: {...CUSTOM, terms: undefined}},
    {model: model('b', '2025-01', weightsOnly), license: APACHE},
  ]);
  assert.match(
    a,
    /both Fam releases have downloadable weights; 1 of 2 under an OSI-approved license \(B\), but neither meets/,
  );
});

test('unrated members make the answer hedge, never "No"', () => {
  const unrated = {weights: 'open', license: 'open'} as const;
  const a = familyAnswer({name: 'Fam'}, [
    {model: model('a', '2023-01', unrated), license: APACHE},
    {model: model('b', '2025-01', unrated), license: APACHE},
  ]);
  assert.match(a, /^Cannot tell yet — .*our ratings cannot tell yet whether any meets/);
  const b = familyAnswer({name: 'Fam'}, [
    {model: model('a', '2023-01', unrated), license: APACHE},
    {model: model('b', '2025-01', weightsOnly), license: APACHE},
  ]);
  assert.match(
    b,
    /^Mostly no — .*, but 1 of 2 does not meet the Open Source AI Definition \(B\); for A our ratings cannot tell yet\.$/,
  );
});

test('an empty family is an error, and newestFirst sorts by date then name', () => {
  assert.throws(() => familyAnswer({name: 'Fam'}, []), /no members/);
  const sorted = newestFirst([
    {firstRelease: '2024-01', name: 'b'},
    {firstRelease: '2025-03-01', name: 'z'},
    {firstRelease: '2025-03-01', name: 'a'},
  ]);
  assert.deepEqual(
    sorted.map((s) => s.name),
    ['a', 'z', 'b'],
  );
});
