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
} from '../../src/data/prices';
import {validatePrices} from '../../src/plugins/dataset/prices';

const TODAY = new Date('2026-11-23T00:00:00Z');
const good: PricePreset = {...CLOSED_API_PRESETS[0]};

function problemsFor(patch: Record<string, unknown>): string[] {
  return validatePrices([{...good, ...patch} as PricePreset], TODAY);
}

test('the shipped presets are valid', () => {
  assert.ok(PRICE_PRESETS.length >= 11);
  assert.deepEqual(validatePrices(PRICE_PRESETS, TODAY), []);
  assert.deepEqual(
    validatePrices(
      PRICE_PRESETS,
      TODAY,
      new Set(['gpt-5-5', 'gpt-5', 'gpt-4o', 'gpt-oss-120b', 'gpt-oss-20b']),
    ),
    [],
  );
  assert.ok(getPricePreset(DEFAULT_CLOSED_PRESET));
  assert.ok(getPricePreset(DEFAULT_HOSTED_PRESET));
  assert.ok(CLOSED_API_PRESETS.every((p) => p.path === 'closed-api'));
  assert.ok(HOSTED_OPEN_PRESETS.every((p) => p.path === 'hosted-open'));
});

test('fact-sheet figures (USD per 1M tokens, input / output)', () => {
  const pair = (id: string) => {
    const p = getPricePreset(id)!;
    return [p.inputPerMillion, p.outputPerMillion];
  };
  assert.deepEqual(pair('gpt-5-5'), [5, 30]);
  assert.deepEqual(pair('gpt-5-4'), [2.5, 15]);
  assert.deepEqual(pair('gpt-5-2'), [1.75, 14]);
  assert.deepEqual(pair('gpt-5'), [1.25, 10]);
  assert.deepEqual(pair('gpt-5-mini'), [0.25, 2]);
  assert.deepEqual(pair('gpt-4o'), [2.5, 10]);
  assert.deepEqual(pair('openrouter-gpt-oss-120b'), [0.039, 0.19]);
  assert.deepEqual(pair('openrouter-gpt-oss-20b'), [0.03, 0.14]);
  assert.deepEqual(pair('cerebras-gpt-oss-120b'), [0.35, 0.75]);
  assert.deepEqual(pair('keeprouter-gpt-oss-120b'), [0.15, 0.6]);
  assert.deepEqual(pair('therouter-gpt-oss-120b'), [0.24, 0.96]);
});

test('one bad fixture per rule, each message naming record and field', () => {
  assert.deepEqual(problemsFor({inputPerMillion: -1}), [
    'prices[gpt-5-5].inputPerMillion: must be a positive number',
  ]);
  assert.deepEqual(problemsFor({outputPerMillion: 0}), [
    'prices[gpt-5-5].outputPerMillion: must be a positive number',
  ]);
  assert.deepEqual(problemsFor({inputPerMillion: Number.NaN}), [
    'prices[gpt-5-5].inputPerMillion: must be a positive number',
  ]);
  assert.deepEqual(problemsFor({inputPerMillion: '5'}), [
    'prices[gpt-5-5].inputPerMillion: must be a positive number',
  ]);
  assert.match(
    problemsFor({outputPerMillion: 30000})[0],
    /^prices\[gpt-5-5\]\.outputPerMillion: is over \$1,000/,
  );
  assert.deepEqual(problemsFor({sourceUrl: 'http://example.com'}), [
    'prices[gpt-5-5].sourceUrl: missing or invalid https URL',
  ]);
  assert.deepEqual(problemsFor({asOf: '2026-13'}), [
    'prices[gpt-5-5].asOf: not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)',
  ]);
  assert.deepEqual(problemsFor({asOf: '2027-01'}), ['prices[gpt-5-5].asOf: date 2027-01 is in the future']);
  assert.match(problemsFor({sourceKind: 'blog'})[0], /^prices\[gpt-5-5\]\.sourceKind: /);
  assert.match(problemsFor({path: 'cloud'})[0], /^prices\[gpt-5-5\]\.path: /);
  assert.deepEqual(problemsFor({id: 'GPT 5'}), ['prices[GPT 5].id: id must be a kebab-case slug']);
  assert.deepEqual(problemsFor({note: ''}), [
    'prices[gpt-5-5].note: note is empty: say what the price covers',
  ]);
  assert.match(problemsFor({extra: 1})[0], /^prices\[gpt-5-5\]: .*extra/);
  assert.deepEqual(validatePrices([good, good], TODAY), [
    'prices[gpt-5-5].id: duplicate id (records #0 and #1)',
  ]);
  assert.deepEqual(validatePrices([], TODAY), ['prices: the list is empty']);
  assert.deepEqual(validatePrices([good], TODAY, new Set(['gpt-5'])), [
    'prices[gpt-5-5].modelId: unknown model id "gpt-5-5" (not in src/data/models)',
  ]);
});
