/**
 * The cost calculator's sentences (src/lib/calculatorText.ts), on hand-made results: each branch
 * of each sentence, and the names the sentences use for the paths and the plan.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {Capacity, CostLine, CostResult} from '../../src/lib/cost';
import type {ThreePathResult} from '../../src/lib/costPaths';
import {
  breakEvenSentence,
  capacitySentence,
  differenceSentence,
  openPaths,
  pathNames,
  planLabel,
  ratioSentence,
  sharePlan,
  summarySentence,
} from '../../src/lib/calculatorText';

const LINE: CostLine = {fixed: 0, perToken: 0};

function result(over: Partial<CostResult>): CostResult {
  return {
    volume: 1e8,
    closedMonthly: 500,
    openMonthly: 100,
    planMonthly: 100,
    difference: 400,
    ratio: 5,
    breakEven: {kind: 'never', cheaper: 'open'},
    capacity: null,
    lines: {closed: LINE, open: LINE, plan: LINE},
    ...over,
  };
}

const CAPACITY: Capacity = {
  tokensPerMonth: 2.5e9,
  tokensServed: 1e9,
  gpuHoursNeeded: 291.2,
  gpuHoursPaid: 730,
  gpusNeeded: 1,
  overCapacity: false,
};

test('path names: preset labels, or "your prices"; mid-sentence forms keep model spelling', () => {
  const preset = pathNames('GPT-5.5', 'gpt-oss-120b on Example');
  assert.equal(preset.labels.closed, 'GPT-5.5 API');
  assert.equal(preset.labels.hosted, 'gpt-oss-120b on Example');
  assert.equal(preset.inSentence.hosted, 'gpt-oss-120b on Example');
  assert.equal(preset.inSentence.closed, 'the closed API');
  const custom = pathNames(undefined, undefined);
  assert.equal(custom.labels.closed, 'Closed API (your prices)');
  assert.equal(custom.labels.hosted, 'Hosted open-weight (your prices)');
  assert.equal(custom.inSentence.self, 'self-hosting');
  assert.deepEqual(openPaths('self'), {open: 'self', other: 'hosted'});
  assert.deepEqual(openPaths('hosted'), {open: 'hosted', other: 'self'});
});

test('plan label: hybrid between 0 and 100 %, the closed API at 0 %, the open path at 100 %', () => {
  const names = pathNames('GPT-5.5', 'gpt-oss-120b');
  assert.equal(planLabel(sharePlan(40, true), 'self', names), 'the hybrid plan (40% on self-hosting)');
  assert.equal(planLabel(sharePlan(0, true), 'hosted', names), 'the closed API');
  assert.equal(planLabel(sharePlan(100, true), 'hosted', names), 'gpt-oss-120b');
  // An invalid share is neither hybrid nor closed-only: the sentence names the open path.
  const invalid = sharePlan(40, false);
  assert.equal(invalid.hybrid, false);
  assert.equal(invalid.closedOnly, false);
  assert.equal(planLabel(invalid, 'self', names), 'self-hosting');
});

test('summary: the single cheapest path, a tie, or the number of fields to fix', () => {
  const names = pathNames('GPT-5.5', 'gpt-oss-120b');
  const paths: ThreePathResult = {
    volume: 5e7,
    monthly: {closed: 275, hosted: 12.5, self: 1825},
    ranking: ['hosted', 'closed', 'self'],
    cheapest: ['hosted'],
    capacity: CAPACITY,
  };
  assert.equal(
    summarySentence(paths, names, 0),
    'Cheapest at 50M tokens a month: gpt-oss-120b, $12.50 a month.',
  );
  const tie = {...paths, monthly: {closed: 12.5, hosted: 12.5, self: 1825}, cheapest: ['closed', 'hosted']};
  assert.equal(
    summarySentence(tie as ThreePathResult, names, 0),
    'At 50M tokens a month, the closed API and gpt-oss-120b cost the same: $12.50 a month.',
  );
  assert.equal(summarySentence(null, names, 1), '1 field needs fixing before the calculator can show costs.');
  assert.equal(summarySentence(null, names, 3), '3 fields need fixing before the calculator can show costs.');
});

test('difference and ratio: said from the side that pays more', () => {
  const all = sharePlan(100, true);
  assert.equal(differenceSentence(result({}), all, 'x'), 'You save $400.00 a month with x');
  assert.equal(
    differenceSentence(result({difference: -1500}), all, 'x'),
    'You pay $1,500 a month more with x',
  );
  assert.equal(differenceSentence(result({difference: 0}), all, 'x'), 'None: both cost the same');
  assert.equal(differenceSentence(result({}), sharePlan(0, true), 'x'), 'None: both cost the same');
  assert.equal(ratioSentence(result({}), 'x'), 'The closed API costs 5× as much as x');
  assert.equal(
    ratioSentence(result({ratio: 0.25}), 'x'),
    'At this volume, x costs 4× as much as the closed API',
  );
  assert.equal(ratioSentence(result({ratio: null}), 'x'), 'No ratio: x costs $0');
});

test('break-even: the crossing volume with each side, or which is cheaper everywhere', () => {
  const crossing = result({
    breakEven: {kind: 'volume', volume: 2.5e9, cheaperBelow: 'closed', cheaperAbove: 'open'},
  });
  assert.equal(
    breakEvenSentence(crossing, 'self-hosting'),
    'Break-even: 2.5 billion tokens a month (2.5B). Below that the closed API is cheaper; above it self-hosting is cheaper.',
  );
  assert.equal(
    breakEvenSentence(result({}), 'x'),
    'No break-even: x is cheaper than the closed API at every volume.',
  );
  assert.equal(
    breakEvenSentence(result({breakEven: {kind: 'never', cheaper: 'closed'}}), 'x'),
    'No break-even: the closed API is cheaper than x at every volume.',
  );
  assert.equal(
    breakEvenSentence(result({breakEven: {kind: 'never', cheaper: 'equal'}}), 'x'),
    'No break-even: both options cost the same at every volume.',
  );
});

test('capacity: GPU-hours needed (rounded up) against paid, and the GPUs needed when over', () => {
  assert.equal(
    capacitySentence(CAPACITY),
    'Serving 1 billion tokens a month takes about 292 GPU-hours at this throughput; you pay for 730 (2.5 billion tokens of capacity).',
  );
  const over = capacitySentence({
    ...CAPACITY,
    tokensServed: 5e9,
    gpuHoursNeeded: 1460,
    overCapacity: true,
    gpusNeeded: 2,
  });
  assert.match(over, /takes about 1,460 GPU-hours/);
  assert.match(over, / You would need 2 GPUs; the cost above assumes the GPUs you entered\.$/);
});
