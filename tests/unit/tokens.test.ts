import {test} from 'node:test';
import assert from 'node:assert/strict';
import {MAX_TOKENS, formatTokenCount, formatTokenCountLong, parseTokenCount} from '../../src/lib/tokens';

function value(text: string): number {
  const result = parseTokenCount(text);
  assert.ok(result.ok, `expected "${text}" to parse, got ${JSON.stringify(result)}`);
  return result.value;
}

function error(text: string): string {
  const result = parseTokenCount(text);
  assert.ok(!result.ok, `expected "${text}" to be rejected`);
  return result.error;
}

test('parses suffixes, separators and words', () => {
  assert.equal(value('5M'), 5_000_000);
  assert.equal(value('5m'), 5_000_000);
  assert.equal(value('250k'), 250_000);
  assert.equal(value('250 K'), 250_000);
  assert.equal(value('1.2B'), 1_200_000_000);
  assert.equal(value('1,000,000'), 1_000_000);
  assert.equal(value('1 000 000'), 1_000_000);
  assert.equal(value('2.5 million'), 2_500_000);
  assert.equal(value('3 thousand'), 3_000);
  assert.equal(value('2 billion'), 2_000_000_000);
  assert.equal(value('1e6'), 1_000_000);
  assert.equal(value('  42  '), 42);
  assert.equal(value('.5M'), 500_000);
  assert.equal(value('0'), 0);
  assert.equal(value('1T'), 1e12);
});

test('rounds to whole tokens', () => {
  assert.equal(value('1.0000004k'), 1000);
  assert.ok(Number.isInteger(value('3.3333333M')));
});

test('rejects empty, negative, non-numeric and absurd input with a message', () => {
  assert.match(error(''), /Enter a number/);
  assert.match(error('   '), /Enter a number/);
  assert.match(error('-5M'), /negative/);
  assert.match(error('−5'), /negative/);
  assert.match(error('abc'), /digits/);
  assert.match(error('5x'), /Unknown unit/);
  assert.match(error('1,00'), /digits/);
  assert.match(error('NaN'), /digits/);
  assert.match(error('Infinity'), /digits/);
  assert.match(error('1e400'), /too large|quadrillion/);
  assert.match(error('2e15'), /quadrillion/);
  assert.match(error('1001T'), /quadrillion/);
  assert.equal(value('1000T'), MAX_TOKENS);
});

test('formats short and long forms with three significant digits', () => {
  assert.equal(formatTokenCount(5_000_000), '5M');
  assert.equal(formatTokenCount(250_000), '250k');
  assert.equal(formatTokenCount(1_200_000_000), '1.2B');
  assert.equal(formatTokenCount(1_250_000_000), '1.25B');
  assert.equal(formatTokenCount(999_999_999), '1B');
  assert.equal(formatTokenCount(159_272_727), '159M');
  assert.equal(formatTokenCount(999), '999');
  assert.equal(formatTokenCount(Number.NaN), '0');
  assert.equal(formatTokenCountLong(2_500_000), '2.5 million');
  assert.equal(formatTokenCountLong(1e10), '10 billion');
});

test('format then parse round-trips to three significant digits', () => {
  for (const n of [1, 999, 1000, 12_345, 5e6, 7.77e8, 1.23e9, 4.56e12]) {
    const back = value(formatTokenCount(n));
    assert.ok(Math.abs(back - n) / n < 0.005, `${n} -> ${formatTokenCount(n)} -> ${back}`);
  }
});
