/** The license-id pattern of the dataset validator is correct and runs in linear time. */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {LICENSE_ID} from '../../src/domain/validation/validate';

test('LICENSE_ID accepts SPDX ids and kebab-case slugs, rejects spaces and doubled hyphens', () => {
  for (const ok of [
    'Apache-2.0',
    'MIT',
    'CC-BY-NC-4.0',
    'llama-4-community',
    'bigscience-rail-1.0',
    'GPL-2.0-',
  ]) {
    assert.match(ok, LICENSE_ID);
  }
  for (const bad of ['', '-MIT', 'a--b', 'Apache 2.0', 'mit ', 'a/b']) assert.doesNotMatch(bad, LICENSE_ID);
});

test('LICENSE_ID answers fast on a long near-miss (no catastrophic backtracking)', () => {
  // With the old pattern a 28-character id plus a trailing space took 1.7 s, doubling per character.
  const nearMiss = `${'a'.repeat(40)} `;
  const start = performance.now();
  assert.doesNotMatch(nearMiss, LICENSE_ID);
  assert.ok(performance.now() - start < 50, `took ${(performance.now() - start).toFixed(1)} ms`);
});
