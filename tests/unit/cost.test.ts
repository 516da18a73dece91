import {test} from 'node:test';
import assert from 'node:assert/strict';
import {
  HOURS_PER_MONTH,
  atVolume,
  breakEven,
  computeCosts,
  costAt,
  costLines,
  costSeries,
  formatRatio,
  formatUsd,
  validateCostInputs,
  type CostInputs,
  type CostResult,
} from '../../src/lib/cost';
import {
  CUSTOM,
  decodeForm,
  defaultForm,
  encodeForm,
  evaluateForm,
  mergeFormIntoSearch,
  parseNumberInput,
  withClosedPreset,
  withHostedPreset,
  type CalculatorForm,
} from '../../src/lib/calculatorState';
import {CLOSED_API_PRESETS, HOSTED_OPEN_PRESETS} from '../../src/data/prices';

const selfHosted = {
  kind: 'self-hosted' as const,
  gpuHourly: 2,
  gpuCount: 1,
  throughputPerGpu: 1500,
  utilizationPercent: 50,
  fixedMonthlyOps: 0,
};

function base(overrides: Partial<CostInputs> = {}): CostInputs {
  return {
    inputTokens: 5_000_000,
    outputTokens: 1_000_000,
    closed: {inputPerMillion: 5, outputPerMillion: 30},
    open: selfHosted,
    openSharePercent: 100,
    ...overrides,
  };
}

function ok(inputs: CostInputs): CostResult {
  const outcome = computeCosts(inputs);
  assert.ok(outcome.ok, `expected valid inputs, got ${JSON.stringify(outcome)}`);
  return outcome.result;
}

const close = (a: number, b: number, tol = 1e-9) =>
  assert.ok(Math.abs(a - b) <= tol * Math.max(1, Math.abs(a), Math.abs(b)), `${a} ≉ ${b}`);

// Seeded generator (mulberry32) so property checks are repeatable.
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomInputs(next: () => number): CostInputs {
  const logUniform = (lo: number, hi: number) =>
    10 ** (Math.log10(lo) + next() * (Math.log10(hi) - Math.log10(lo)));
  const hosted = next() < 0.5;
  return {
    inputTokens: Math.round(logUniform(1e3, 1e11)),
    outputTokens: Math.round(logUniform(1e3, 1e11)),
    closed: {inputPerMillion: logUniform(0.01, 50), outputPerMillion: logUniform(0.01, 200)},
    open: hosted
      ? {kind: 'hosted', inputPerMillion: logUniform(0.01, 5), outputPerMillion: logUniform(0.01, 20)}
      : {
          kind: 'self-hosted',
          gpuHourly: logUniform(0.2, 20),
          gpuCount: 1 + Math.floor(next() * 16),
          throughputPerGpu: logUniform(10, 20000),
          utilizationPercent: 1 + next() * 99,
          fixedMonthlyOps: next() < 0.3 ? 0 : logUniform(10, 50000),
        },
    openSharePercent: next() < 0.2 ? 100 : Math.round(next() * 100),
  };
}

test('closed API by hand: 5M input + 1M output at $5 / $30', () => {
  // 5 × $5 + 1 × $30 = $25 + $30 = $55 a month.
  const r = ok(base());
  close(r.closedMonthly, 55);
  assert.equal(r.volume, 6_000_000);
});

test('self-hosting by hand: 1 GPU at $2/h, always on', () => {
  // 1 GPU × $2/h × 730 h = $1,460 a month, whatever the volume.
  const r = ok(base());
  close(r.openMonthly, 1460);
  close(r.planMonthly, 1460);
  // Difference $55 − $1,460 = −$1,405; ratio 55 / 1460 ≈ 0.0377.
  close(r.difference, -1405);
  close(r.ratio!, 55 / 1460);
  // Capacity: 1,500 tok/s × 50% × 3,600 s × 730 h = 1,971,000,000 tokens a month.
  close(r.capacity!.tokensPerMonth, 1_971_000_000);
  // GPU-hours needed for 6M tokens: 6,000,000 / (1,500 × 0.5 × 3,600) = 6e6 / 2.7e6 ≈ 2.22 h.
  close(r.capacity!.gpuHoursNeeded, 6e6 / 2.7e6);
  assert.equal(r.capacity!.gpuHoursPaid, HOURS_PER_MONTH);
  assert.equal(r.capacity!.overCapacity, false);
});

test('break-even by hand: closed $9.1667 per 1M blended vs $1,460 fixed', () => {
  // Mix 5:1, blended closed price = (5/6 × 5 + 1/6 × 30) = 4.1667 + 5 = $9.1667 per 1M tokens.
  // Break-even V = 1460 / (9.1667 / 1e6) = 159,272,727 tokens a month.
  const r = ok(base());
  assert.equal(r.breakEven.kind, 'volume');
  if (r.breakEven.kind === 'volume') {
    close(r.breakEven.volume, 1460 / (55 / 6_000_000));
    assert.equal(Math.round(r.breakEven.volume), 159_272_727);
    assert.equal(r.breakEven.cheaperBelow, 'closed');
    assert.equal(r.breakEven.cheaperAbove, 'open');
  }
});

test('hosted open-weight by hand: gpt-oss-120b at $0.039 / $0.19', () => {
  // 5 × $0.039 + 1 × $0.19 = $0.195 + $0.19 = $0.385 a month; closed $55 → ratio 55 / 0.385 ≈ 142.86.
  const r = ok(base({open: {kind: 'hosted', inputPerMillion: 0.039, outputPerMillion: 0.19}}));
  close(r.openMonthly, 0.385);
  close(r.ratio!, 55 / 0.385);
  assert.equal(r.capacity, null);
  // Both lines go through zero and open is cheaper per token: they never cross.
  assert.deepEqual(r.breakEven, {kind: 'never', cheaper: 'open'});
});

test('hybrid by hand: 80% open on self-hosting', () => {
  // 20% of $55 on the closed API = $11, plus the full $1,460 for the GPU: $1,471.
  const r = ok(base({openSharePercent: 80}));
  close(r.planMonthly, 1471);
  // Break-even V = 1460 / (0.8 × 9.1667e-6) = 199,090,909 tokens.
  assert.equal(r.breakEven.kind, 'volume');
  if (r.breakEven.kind === 'volume') close(r.breakEven.volume, 1460 / (0.8 * (55 / 6e6)));
  // Capacity check uses only the 80% sent to the GPU: 4.8M tokens.
  close(r.capacity!.tokensServed, 4_800_000);
});

test('hybrid at 0% is the closed API alone and never breaks even', () => {
  const r = ok(base({openSharePercent: 0}));
  close(r.planMonthly, 55);
  assert.equal(r.capacity, null);
  assert.deepEqual(r.breakEven, {kind: 'never', cheaper: 'equal'});
});

test('capacity warning when volume exceeds what the GPUs serve', () => {
  // 3B tokens > 1.971B capacity; GPUs needed = ceil(3e9 / 2.7e6 / 730) = ceil(1.522) = 2.
  const r = ok(base({inputTokens: 2e9, outputTokens: 1e9}));
  assert.equal(r.capacity!.overCapacity, true);
  assert.equal(r.capacity!.gpusNeeded, 2);
});

test('closed cheaper at every volume when open per-token price is higher', () => {
  const r = ok(base({open: {kind: 'hosted', inputPerMillion: 10, outputPerMillion: 60}}));
  assert.deepEqual(r.breakEven, {kind: 'never', cheaper: 'closed'});
  assert.deepEqual(breakEven({fixed: 0, perToken: 1}, {fixed: 100, perToken: 2}), {
    kind: 'never',
    cheaper: 'closed',
  });
  assert.deepEqual(breakEven({fixed: 0, perToken: 1}, {fixed: 0, perToken: 1}), {
    kind: 'never',
    cheaper: 'equal',
  });
});

test('validation: typed errors, never NaN or Infinity', () => {
  const fields = (inputs: CostInputs) => validateCostInputs(inputs).map((e) => e.field);
  assert.deepEqual(fields(base({inputTokens: -1})), ['inputTokens']);
  assert.deepEqual(fields(base({inputTokens: Number.NaN})), ['inputTokens']);
  assert.deepEqual(fields(base({outputTokens: Infinity})), ['outputTokens']);
  assert.deepEqual(fields(base({inputTokens: 0, outputTokens: 0})), ['inputTokens']);
  assert.deepEqual(fields(base({inputTokens: 2e15})), ['inputTokens']);
  assert.deepEqual(fields(base({closed: {inputPerMillion: -5, outputPerMillion: 30}})), ['closedInput']);
  assert.deepEqual(fields(base({open: {...selfHosted, throughputPerGpu: 0}})), ['throughputPerGpu']);
  assert.deepEqual(fields(base({open: {...selfHosted, utilizationPercent: 0}})), ['utilizationPercent']);
  assert.deepEqual(fields(base({open: {...selfHosted, utilizationPercent: 101}})), ['utilizationPercent']);
  assert.deepEqual(fields(base({open: {...selfHosted, gpuCount: 1.5}})), ['gpuCount']);
  assert.deepEqual(fields(base({open: {...selfHosted, gpuCount: 0}})), ['gpuCount']);
  assert.deepEqual(fields(base({open: {...selfHosted, gpuHourly: 0}})), ['gpuHourly']);
  assert.deepEqual(fields(base({open: {...selfHosted, fixedMonthlyOps: -1}})), ['fixedMonthlyOps']);
  assert.deepEqual(fields(base({openSharePercent: 120})), ['openSharePercent']);
  const outcome = computeCosts(base({open: {...selfHosted, throughputPerGpu: 0}}));
  assert.equal(outcome.ok, false);
  if (!outcome.ok) assert.match(outcome.errors[0].message, /Throughput must be more than 0/);
  assert.deepEqual(costSeries(base({inputTokens: -1})), []);
});

test('ratio is null, not Infinity, when the plan costs nothing', () => {
  const r = ok(base({open: {kind: 'hosted', inputPerMillion: 0, outputPerMillion: 0}}));
  assert.equal(r.ratio, null);
  close(r.difference, 55);
});

test('property: every cost is finite and non-decreasing in volume (2,000 seeded cases)', () => {
  const next = rng(20261123);
  for (let i = 0; i < 2000; i += 1) {
    const inputs = randomInputs(next);
    assert.deepEqual(validateCostInputs(inputs), [], JSON.stringify(inputs));
    const series = costSeries(inputs, {from: 1e3, to: 1e14, points: 30});
    assert.equal(series.length, 30);
    for (let j = 0; j < series.length; j += 1) {
      const p = series[j];
      for (const v of [p.volume, p.closed, p.open, p.plan]) assert.ok(Number.isFinite(v) && v >= 0);
      if (j > 0) {
        const q = series[j - 1];
        assert.ok(p.volume > q.volume);
        assert.ok(
          p.closed >= q.closed && p.open >= q.open && p.plan >= q.plan,
          JSON.stringify({inputs, p, q}),
        );
      }
    }
    const r = ok(inputs);
    for (const v of [r.closedMonthly, r.openMonthly, r.planMonthly, r.difference])
      assert.ok(Number.isFinite(v));
    assert.ok(r.ratio === null || Number.isFinite(r.ratio));
  }
});

test('property: at the break-even volume both lines cost the same; each side is cheaper where it says', () => {
  const next = rng(42);
  let crossings = 0;
  for (let i = 0; i < 2000; i += 1) {
    const inputs = randomInputs(next);
    const r = ok(inputs);
    const {closed, plan} = costLines(inputs);
    if (r.breakEven.kind === 'volume') {
      crossings += 1;
      const v = r.breakEven.volume;
      close(costAt(closed, v), costAt(plan, v), 1e-9);
      // Cost of the full inputs recomputed at the break-even volume agrees too.
      const at = ok(atVolume(inputs, v));
      close(at.closedMonthly, at.planMonthly, 1e-6);
      const below =
        r.breakEven.cheaperBelow === 'closed'
          ? costAt(closed, v / 2) - costAt(plan, v / 2)
          : costAt(plan, v / 2) - costAt(closed, v / 2);
      const above =
        r.breakEven.cheaperAbove === 'open'
          ? costAt(plan, v * 2) - costAt(closed, v * 2)
          : costAt(closed, v * 2) - costAt(plan, v * 2);
      assert.ok(below < 0 && above < 0, JSON.stringify({inputs, r: r.breakEven}));
    } else if (r.breakEven.cheaper !== 'equal') {
      // No crossing: the same path is cheaper at small and large volumes.
      for (const v of [1e3, 1e9, 1e14]) {
        const d = costAt(closed, v) - costAt(plan, v);
        assert.ok(r.breakEven.cheaper === 'closed' ? d <= 0 : d >= 0, JSON.stringify({inputs, v, d}));
      }
    }
  }
  assert.ok(crossings > 100, `only ${crossings} crossings generated`);
});

test('series spans the requested range on a log scale', () => {
  const s = costSeries(base(), {from: 1e6, to: 1e10, points: 5});
  assert.deepEqual(
    s.map((p) => Math.round(p.volume)),
    [1e6, 1e7, 1e8, 1e9, 1e10],
  );
  // At 1B tokens, closed = 1e9 × 9.1667e-6 = $9,166.67; self-hosting stays $1,460.
  close(s[3].closed, 1e9 * (55 / 6e6));
  close(s[3].open, 1460);
});

test('formatting never prints NaN or Infinity', () => {
  assert.equal(formatUsd(1460), '$1,460');
  assert.equal(formatUsd(55), '$55.00');
  assert.equal(formatUsd(112.5), '$112.50');
  assert.equal(formatUsd(3847.5), '$3,848');
  assert.equal(formatUsd(0.385), '$0.39');
  assert.equal(formatUsd(-1405), '−$1,405');
  assert.equal(formatUsd(0.001), 'less than $0.01');
  assert.equal(formatUsd(Number.NaN), '—');
  assert.equal(formatRatio(142.857), '143×');
  assert.equal(formatRatio(3.14159), '3.14×');
  assert.equal(formatRatio(Infinity), '—');
});

test('form: defaults evaluate; bad fields get messages', () => {
  const good = evaluateForm(defaultForm());
  assert.ok(good.outcome?.ok);
  assert.deepEqual(good.errors, {});
  const bad = evaluateForm({
    ...defaultForm(),
    inputTokens: '',
    outputTokens: '-3',
    closedInput: 'abc',
    throughputPerGpu: '0',
  });
  assert.equal(bad.outcome, null);
  assert.match(bad.errors.inputTokens!, /Enter the monthly input tokens/);
  assert.match(bad.errors.outputTokens!, /negative/);
  assert.match(bad.errors.closedInput!, /not a number/);
  assert.match(bad.errors.throughputPerGpu!, /more than 0/);
  assert.equal(parseNumberInput('$2.50'), 2.5);
  assert.equal(parseNumberInput('1,500'), 1500);
  assert.equal(parseNumberInput('50%'), 50);
  assert.ok(Number.isNaN(parseNumberInput('1.2.3')));
});

test('URL codec: defaults encode to nothing; every change round-trips', () => {
  assert.equal(encodeForm(defaultForm()), '');
  const next = rng(7);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  for (let i = 0; i < 300; i += 1) {
    let form: CalculatorForm = defaultForm();
    form = withClosedPreset(form, pick([...CLOSED_API_PRESETS.map((p) => p.id), CUSTOM]));
    if (form.closedPreset === CUSTOM)
      form = {...form, closedInput: String(Math.round(next() * 100) / 10), closedOutput: '12'};
    form = withHostedPreset(form, pick([...HOSTED_OPEN_PRESETS.map((p) => p.id), CUSTOM]));
    if (form.hostedPreset === CUSTOM)
      form = {...form, openInput: '0.2', openOutput: String(Math.round(next() * 100) / 100)};
    form = {
      ...form,
      inputTokens: pick(['5M', '250k', '1.2B', '7']),
      outputTokens: pick(['1M', '2.5 million', '300k']),
      openMode: pick(['hosted', 'self'] as const),
      gpuCount: String(1 + Math.floor(next() * 8)),
      gpuHourly: pick(['2', '3.5', '1.1']),
      throughputPerGpu: pick(['1500', '800', '4000']),
      utilizationPercent: pick(['50', '75', '100']),
      fixedMonthlyOps: pick(['0', '2500']),
      openSharePercent: pick(['100', '80', '0']),
    };
    const query = encodeForm(form);
    assert.deepEqual(decodeForm(query), form, query);
    assert.deepEqual(decodeForm(`?${query}`), form);
    assert.equal(encodeForm(decodeForm(query)), query);
  }
});

test('URL codec: unknown keys, unknown presets and garbage values are ignored', () => {
  const d = defaultForm();
  assert.deepEqual(decodeForm('foo=bar&cp=gpt-9&op=nope&mode=cloud'), d);
  assert.deepEqual(decodeForm('in=abc&out=-5&gn=%3Cscript%3E&tp=&ut=lots'), d);
  assert.deepEqual(decodeForm(`in=${'9'.repeat(100)}`), d);
  // Numbers that parse but fail validation are ignored too.
  assert.deepEqual(decodeForm('tp=-4&ut=150&gn=0&hy=101&in=0&out=0&mode=hosted&oi=-1&oo=2'), {
    ...d,
    // in=0&out=0 is flagged on the input field only; 5M input + 0 output is a valid volume.
    outputTokens: '0',
    openMode: 'hosted',
    hostedPreset: CUSTOM,
    openInput: d.openInput,
    openOutput: '2',
  });
  const custom = decodeForm('ci=1&co=2');
  assert.equal(custom.closedPreset, CUSTOM);
  assert.equal(custom.closedInput, '1');
  // A known preset wins over stray custom prices.
  assert.equal(decodeForm('cp=gpt-5&ci=1&co=2').closedInput, '1.25');
  assert.equal(decodeForm('in=50M&mode=hosted').inputTokens, '50M');
  assert.equal(decodeForm('in=50M&mode=hosted').openMode, 'hosted');
});

test('URL merge keeps parameters that belong to others', () => {
  assert.equal(mergeFormIntoSearch('?docusaurus-theme=dark&in=9M', defaultForm()), '?docusaurus-theme=dark');
  assert.equal(mergeFormIntoSearch('', {...defaultForm(), inputTokens: '7M'}), '?in=7M');
  assert.equal(mergeFormIntoSearch('?in=7M', defaultForm()), '');
});
