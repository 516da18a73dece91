/**
 * The cost chart's scale maths (src/lib/chartScale.ts): frame, decade domain, log map and ticks,
 * including zero, a single value and a one-value domain.
 * Run: node --import tsx --test tests/unit/chartScale.test.ts
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {
  CHART_MIN_WIDTH,
  CHART_PAD,
  chartFrame,
  decadeDomain,
  decadeTicks,
  formatUsdTick,
  logScale,
  pow10,
} from '../../src/lib/chartScale';

const close = (actual: number, expected: number, what = '') =>
  assert.ok(Math.abs(actual - expected) < 1e-9, `${what} ${actual} ≈ ${expected}`);

test('chartFrame: height follows width (0.55) within 240–380, never narrower than the minimum', () => {
  const laptop = chartFrame(640);
  assert.equal(laptop.width, 640);
  assert.equal(laptop.height, 352);
  assert.deepEqual(laptop.plot, {
    left: CHART_PAD.left,
    top: CHART_PAD.top,
    width: 640 - CHART_PAD.left - CHART_PAD.right,
    height: 352 - CHART_PAD.top - CHART_PAD.bottom,
  });
  assert.equal(laptop.maxYIntervals, 6);

  assert.equal(chartFrame(2000).height, 380, 'tall screens stop at 380');
  const phone = chartFrame(200);
  assert.equal(phone.width, CHART_MIN_WIDTH);
  assert.equal(phone.height, 240, 'short charts stop at 240');
  assert.equal(phone.maxYIntervals, 4, 'a short chart gets fewer y ticks');
  assert.equal(chartFrame(0).width, CHART_MIN_WIDTH, 'an unmeasured (0 px) figure still draws');
  assert.equal(chartFrame(Number.NaN).width, CHART_MIN_WIDTH);
  assert.equal(chartFrame(540.6).width, 541, 'whole pixels');
  // 299 px tall is still "short"; 300 is not.
  assert.equal(chartFrame(543).height, 299);
  assert.equal(chartFrame(543).maxYIntervals, 4);
  assert.equal(chartFrame(546).height, 300);
  assert.equal(chartFrame(546).maxYIntervals, 6);
});

test('decadeDomain: whole decades around the positive values', () => {
  assert.deepEqual(decadeDomain([3, 4500]), [1, 10000]);
  assert.deepEqual(decadeDomain([0.002, 0.5]), [0.001, 1]);
  assert.deepEqual(decadeDomain([10, 1000]), [10, 1000], 'exact decades stay');
});

test('decadeDomain: one value, or equal values, still spans a decade', () => {
  assert.deepEqual(decadeDomain([42]), [10, 100]);
  assert.deepEqual(decadeDomain([100]), [100, 1000], 'a power of ten opens the decade above it');
  assert.deepEqual(decadeDomain([5, 5, 5]), [1, 10]);
});

test('decadeDomain: zero, negative and non-finite values are left out; none left gives the empty frame', () => {
  assert.deepEqual(decadeDomain([0, 0, 0]), [0.01, 1]);
  assert.deepEqual(decadeDomain([]), [0.01, 1]);
  assert.deepEqual(decadeDomain([Number.NaN, Number.POSITIVE_INFINITY, -5]), [0.01, 1]);
  assert.deepEqual(decadeDomain([0, 20, Number.POSITIVE_INFINITY]), [10, 100]);
  assert.deepEqual(decadeDomain([0], [1, 10]), [1, 10], 'the caller can choose the empty frame');
});

test('logScale: decades are evenly spaced; a reversed range grows upwards', () => {
  const x = logScale([1, 1000], [0, 300]);
  close(x(1), 0);
  close(x(10), 100);
  close(x(100), 200);
  close(x(1000), 300);
  close(x(Math.sqrt(10)), 50, 'half a decade is half the distance');
  const y = logScale([0.01, 1], [200, 0]);
  close(y(0.01), 200, 'low end at the bottom');
  close(y(0.1), 100);
  close(y(1), 0, 'high end at the top');
});

test('logScale: outside the domain extrapolates, or clamps when asked; zero has no log position', () => {
  const free = logScale([10, 1000], [0, 200]);
  close(free(1), -100);
  close(free(10000), 300);
  assert.ok(Number.isNaN(free(0)), 'zero cannot sit on a log axis');
  assert.ok(Number.isNaN(free(-1)));
  const clamped = logScale([10, 1000], [0, 200], {clamp: true});
  close(clamped(1), 0);
  close(clamped(10000), 200);
  close(clamped(0), 0, 'a $0 cost sits on the bottom line');
  assert.ok(Number.isNaN(clamped(Number.NaN)), 'NaN is not hidden as a real point');
});

test('logScale: a one-value domain puts everything in the middle instead of dividing by zero', () => {
  const s = logScale([1e6, 1e6], [0, 100]);
  assert.equal(s(1e6), 50);
  assert.equal(s(5), 50);
});

test('decadeTicks: every power of ten inside the domain, ends included', () => {
  assert.deepEqual(decadeTicks([1e6, 1e10]), [1e6, 1e7, 1e8, 1e9, 1e10]);
  assert.deepEqual(decadeTicks([3e5, 2e8]), [1e6, 1e7, 1e8], 'ends that are not decades are skipped');
  assert.deepEqual(decadeTicks([0.001, 1]), [0.001, 0.01, 0.1, 1], 'small decades survive log10 rounding');
  assert.deepEqual(decadeTicks([1e-7, 1e-5]), [1e-7, 1e-6, 1e-5]);
  assert.deepEqual(decadeTicks([2, 9]), [], 'no decade inside: no tick');
  assert.deepEqual(decadeTicks([10, 10]), [10], 'a one-value domain on a decade');
});

test('decadeTicks: thinned to at most maxIntervals gaps, always starting at the low end', () => {
  const nine = decadeTicks([1, 1e9], 4); // 9 decades, at most 4 gaps: every third decade
  assert.deepEqual(nine, [1, 1e3, 1e6, 1e9]);
  assert.ok(nine.length - 1 <= 4);
  assert.deepEqual(decadeTicks([1, 1e8], 4), [1, 1e2, 1e4, 1e6, 1e8], 'an exact fit keeps both ends');
  assert.deepEqual(decadeTicks([0.01, 1e4], 6), [0.01, 0.1, 1, 10, 100, 1000, 10000]);
  assert.deepEqual(decadeTicks([0.01, 1e4], 3), [0.01, 1, 100, 10000]);
  assert.deepEqual(decadeTicks([1, 100], 0), [1, 100], 'a limit below one is read as one gap');
  for (let intervals = 1; intervals <= 8; intervals += 1) {
    const ticks = decadeTicks([1e-3, 1e9], intervals);
    assert.ok(ticks.length - 1 <= intervals, `${intervals}: ${ticks.length - 1} gaps`);
    assert.equal(ticks[0], 1e-3);
  }
});

test('pow10 gives the decimal decade, not the float drift of 10 ** -e', () => {
  assert.equal(pow10(-5), 0.00001);
  assert.equal(pow10(-2), 0.01);
  assert.equal(pow10(0), 1);
  assert.equal(pow10(12), 1e12);
  assert.deepEqual(decadeDomain([0.00002]), [0.00001, 0.0001], 'domain ends use it too');
});

test('decadeTicks: an empty or invalid domain has no ticks', () => {
  assert.deepEqual(decadeTicks([0, 100]), []);
  assert.deepEqual(decadeTicks([100, 10]), []);
  assert.deepEqual(decadeTicks([Number.NaN, 10]), []);
});

test('y ticks are compact dollars that fit the left padding at every decade the chart can show', () => {
  assert.deepEqual([0.01, 1, 100, 1e4, 1e6, 1e9].map(formatUsdTick), [
    '$0.01',
    '$1',
    '$100',
    '$10K',
    '$1M',
    '$1B',
  ]);
  for (let e = -2; e <= 12; e++) {
    assert.ok(formatUsdTick(pow10(e)).length <= 5, `tick for 1e${e}: ${formatUsdTick(pow10(e))}`);
  }
});
