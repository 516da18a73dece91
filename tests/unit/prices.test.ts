import {test} from 'node:test';
import assert from 'node:assert/strict';
import {
  CLOSED_API_PRESETS,
  DEFAULT_CLOSED_PRESET,
  DEFAULT_HOSTED_PRESET,
  HOSTED_OPEN_PRESETS,
  PRICE_PRESETS,
  getPricePreset,
  type PricePreset,
  DATASET_REFS,
  PRICE_DATASET,
} from '../../src/data/prices';
import {validatePrices} from '../../src/plugins/dataset/prices';
import {lookUpPrice, snapshotProblems, type GeneratedPrices} from '../../src/plugins/dataset/genaiPrices';
import generated from '../../src/data/generated/genai-prices.json';
import {models} from '../../src/data/models';
import fs from 'node:fs';
import path from 'node:path';

const installedVersion = (
  JSON.parse(
    fs.readFileSync(path.join(__dirname, '../../node_modules/@pydantic/genai-prices/package.json'), 'utf8'),
  ) as {version: string}
).version;

const TODAY = new Date('2026-11-23T00:00:00Z');
/**
 * A valid preset to break one field at a time: a shipped preset's shape (so it follows the type and
 * stays valid as the source fields change), with its own id and model id, so no message below
 * depends on which preset ships first.
 */
const good: PricePreset = {
  ...CLOSED_API_PRESETS[0],
  id: 'fixture-preset',
  modelId: 'fixture-model',
  asOf: '2026-01',
};

function problemsFor(patch: Record<string, unknown>): string[] {
  return validatePrices([{...good, ...patch} as PricePreset], TODAY);
}

test('the shipped presets are valid and name real model records', () => {
  assert.ok(CLOSED_API_PRESETS.length > 0 && HOSTED_OPEN_PRESETS.length > 0);
  // The shipped data is checked against the clock, as the build does; fixtures use TODAY.
  assert.deepEqual(validatePrices(PRICE_PRESETS, new Date()), []);
  assert.deepEqual(validatePrices(PRICE_PRESETS, new Date(), new Set(models.map((m) => m.id))), []);
  assert.deepEqual(validatePrices([good], TODAY), [], 'the fixture is valid');
  assert.ok(getPricePreset(DEFAULT_CLOSED_PRESET));
  assert.ok(getPricePreset(DEFAULT_HOSTED_PRESET));
  assert.ok(CLOSED_API_PRESETS.every((p) => p.path === 'closed-api'));
  assert.ok(HOSTED_OPEN_PRESETS.every((p) => p.path === 'hosted-open'));
});

test('every API preset is what the pinned price dataset lists, dated by its release', () => {
  assert.deepEqual(snapshotProblems(generated as GeneratedPrices, DATASET_REFS, installedVersion), []);
  assert.equal(Object.keys(DATASET_REFS).length, PRICE_PRESETS.length, 'every preset comes from the dataset');
  for (const p of PRICE_PRESETS) {
    const fresh = lookUpPrice(p.id, DATASET_REFS[p.id]);
    assert.equal(p.inputPerMillion, fresh.inputPerMillion, p.id);
    assert.equal(p.outputPerMillion, fresh.outputPerMillion, p.id);
    assert.equal(p.asOf, PRICE_DATASET.published, p.id);
    assert.equal(p.sourceUrl, fresh.pricingUrl, p.id);
  }
});

test('a preset naming a model the pinned dataset does not have fails, naming the preset', () => {
  assert.throws(
    () => lookUpPrice('my-preset', {provider: 'openai', model: 'gpt-no-such-model'}),
    /prices\[my-preset\]: model "gpt-no-such-model" is not in @pydantic\/genai-prices under provider "openai"/,
  );
  assert.throws(
    () => lookUpPrice('x', {provider: 'no-such-provider', model: 'm'}),
    /provider "no-such-provider"/,
  );
  const refs = {...DATASET_REFS, 'new-preset': {provider: 'openai', model: 'gpt-no-such-model'}};
  assert.match(
    snapshotProblems(generated as GeneratedPrices, refs, installedVersion).join('\n'),
    /gpt-no-such-model/,
  );
});

test('a stale snapshot is caught: other version, changed price, missing or extra preset', () => {
  const snap = generated as GeneratedPrices;
  assert.match(
    snapshotProblems({...snap, version: '0.0.1'}, DATASET_REFS, installedVersion)[0],
    /0\.0\.1.*prices:update/,
  );
  const [first] = Object.keys(snap.prices);
  const changed = {...snap, prices: {...snap.prices, [first]: {...snap.prices[first], inputPerMillion: 999}}};
  assert.deepEqual(snapshotProblems(changed, DATASET_REFS, installedVersion), [
    `prices[${first}]: the snapshot differs from the installed dataset: run npm run prices:update`,
  ]);
  const {[first]: _dropped, ...rest} = snap.prices;
  assert.match(
    snapshotProblems({...snap, prices: rest}, DATASET_REFS, installedVersion)[0],
    /not in src\/data\/generated/,
  );
});

test('one bad fixture per rule, each message naming record and field', () => {
  assert.deepEqual(problemsFor({inputPerMillion: -1}), [
    'prices[fixture-preset].inputPerMillion: must be a positive number',
  ]);
  assert.deepEqual(problemsFor({outputPerMillion: 0}), [
    'prices[fixture-preset].outputPerMillion: must be a positive number',
  ]);
  assert.deepEqual(problemsFor({inputPerMillion: Number.NaN}), [
    'prices[fixture-preset].inputPerMillion: must be a positive number',
  ]);
  assert.deepEqual(problemsFor({inputPerMillion: '5'}), [
    'prices[fixture-preset].inputPerMillion: must be a positive number',
  ]);
  assert.match(
    problemsFor({outputPerMillion: 30000})[0],
    /^prices\[fixture-preset\]\.outputPerMillion: is over \$1,000/,
  );
  assert.deepEqual(problemsFor({sourceUrl: 'http://example.com'}), [
    'prices[fixture-preset].sourceUrl: missing or invalid https URL',
  ]);
  assert.deepEqual(problemsFor({asOf: '2026-13'}), [
    'prices[fixture-preset].asOf: not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)',
  ]);
  assert.deepEqual(problemsFor({asOf: '2027-01'}), [
    'prices[fixture-preset].asOf: date 2027-01 is in the future',
  ]);
  assert.match(problemsFor({sourceKind: 'blog'})[0], /^prices\[fixture-preset\]\.sourceKind: /);
  assert.match(problemsFor({path: 'cloud'})[0], /^prices\[fixture-preset\]\.path: /);
  assert.deepEqual(problemsFor({id: 'GPT 5'}), ['prices[GPT 5].id: id must be a kebab-case slug']);
  assert.deepEqual(problemsFor({note: ''}), [
    'prices[fixture-preset].note: note is empty: say what the price covers',
  ]);
  assert.match(problemsFor({extra: 1})[0], /^prices\[fixture-preset\]: .*extra/);
  assert.deepEqual(validatePrices([good, good], TODAY), [
    'prices[fixture-preset].id: duplicate id (records #0 and #1)',
  ]);
  assert.deepEqual(validatePrices([], TODAY), ['prices: the list is empty']);
  assert.deepEqual(validatePrices([good], TODAY, new Set(['fixture-model'])), [], 'a known model id passes');
  assert.deepEqual(validatePrices([good], TODAY, new Set(['other-model'])), [
    'prices[fixture-preset].modelId: unknown model id "fixture-model" (not in src/data/models)',
  ]);
});
