/**
 * Monthly cost arithmetic for the cost calculator. Pure: no React, no DOM. Every function either
 * returns finite numbers or, through `computeCosts`, typed errors; it never returns NaN or Infinity.
 *
 * Model (the calculator page explains the same formulas in words):
 *
 *   V      monthly volume in tokens = input tokens + output tokens
 *   s      input share = input tokens / V (the mix stays fixed when the chart varies V)
 *   rate   blended price per token = (s × input price + (1 − s) × output price) / 1,000,000
 *
 *   Closed API           cost(V) = rate_closed × V
 *   Hosted open-weight   cost(V) = rate_open × V
 *   Self-hosting         cost(V) = GPUs × hourly price × 730 h + fixed ops       (capacity-based)
 *                        capacity = GPUs × throughput × utilization × 3,600 s × 730 h tokens/month
 *                        GPU-hours needed = tokens / (throughput × utilization × 3,600)
 *     Self-hosting is billed for the GPUs you keep running all month, whatever the volume; when the
 *     volume exceeds the capacity, the result carries a warning and the GPU count needed.
 *   Hybrid (share p of traffic on the open path)
 *                        cost(V) = (1 − p) × rate_closed × V + open path cost at p × V
 *     Self-hosted GPUs cost their full monthly price as soon as p > 0.
 *
 * Every path is a straight line cost(V) = fixed + perToken × V, so the break-even volume of two
 * lines is (fixed_B − fixed_A) / (perToken_A − perToken_B) when that is a positive, finite number;
 * otherwise the lines never cross and one path is cheaper (or they are equal) at every volume.
 */

/** 365 days × 24 hours / 12 months. */
export const HOURS_PER_MONTH = 730;
export const SECONDS_PER_HOUR = 3600;

/** Largest accepted value per field; anything above is a typo, not a plan. */
export const LIMITS = {
  tokens: 1e15,
  pricePerMillion: 1000,
  gpuHourly: 1000,
  gpuCount: 100_000,
  throughputPerGpu: 10_000_000,
  fixedMonthlyOps: 1e9,
} as const;

export interface TokenPrices {
  /** USD per 1M input tokens. */
  inputPerMillion: number;
  /** USD per 1M output tokens. */
  outputPerMillion: number;
}

export interface SelfHosting {
  kind: 'self-hosted';
  gpuHourly: number;
  gpuCount: number;
  throughputPerGpu: number;
  utilizationPercent: number;
  fixedMonthlyOps: number;
}

export type OpenPath = ({kind: 'hosted'} & TokenPrices) | SelfHosting;

export interface CostInputs {
  inputTokens: number;
  outputTokens: number;
  closed: TokenPrices;
  open: OpenPath;
  /** Share of traffic routed to the open path, 0–100. 100 = all open; 0 = closed API only. */
  openSharePercent: number;
}

export type CostField =
  | 'inputTokens'
  | 'outputTokens'
  | 'closedInput'
  | 'closedOutput'
  | 'openInput'
  | 'openOutput'
  | 'gpuHourly'
  | 'gpuCount'
  | 'throughputPerGpu'
  | 'utilizationPercent'
  | 'fixedMonthlyOps'
  | 'openSharePercent';

export interface CostError {
  field: CostField;
  message: string;
}

/** cost(V) = fixed + perToken × V, in USD per month. */
export interface CostLine {
  fixed: number;
  perToken: number;
}

export type PathName = 'closed' | 'open';

export type BreakEven =
  | {kind: 'volume'; volume: number; cheaperBelow: PathName; cheaperAbove: PathName}
  | {kind: 'never'; cheaper: PathName | 'equal'};

export interface Capacity {
  /** Tokens per month the configured GPUs can serve. */
  tokensPerMonth: number;
  /** Tokens per month sent to the self-hosted GPUs. */
  tokensServed: number;
  gpuHoursNeeded: number;
  gpuHoursPaid: number;
  /** Whole GPUs needed to serve tokensServed at the given throughput and utilization. */
  gpusNeeded: number;
  overCapacity: boolean;
}

export interface CostResult {
  volume: number;
  /** Monthly cost with all traffic on the closed API. */
  closedMonthly: number;
  /** Monthly cost with all traffic on the open path. */
  openMonthly: number;
  /** Monthly cost of the chosen plan (equals openMonthly at 100%, closedMonthly at 0%). */
  planMonthly: number;
  /** closedMonthly − planMonthly: positive when the plan saves money. */
  difference: number;
  /** closedMonthly / planMonthly, or null when the plan costs nothing. */
  ratio: number | null;
  /** Where the closed-API line and the plan line cross. */
  breakEven: BreakEven;
  /** Self-hosting only: what the GPUs can serve and what the plan asks of them. */
  capacity: Capacity | null;
  lines: {closed: CostLine; open: CostLine; plan: CostLine};
}

export type CostOutcome = {ok: true; result: CostResult} | {ok: false; errors: CostError[]};

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function checkRange(
  errors: CostError[],
  field: CostField,
  value: number,
  {
    min,
    max,
    minInclusive = true,
    integer = false,
    what,
  }: {
    min: number;
    max: number;
    minInclusive?: boolean;
    integer?: boolean;
    what: string;
  },
): void {
  if (!isNumber(value)) {
    errors.push({field, message: `Enter a number for ${what}.`});
  } else if (value < 0) {
    errors.push({field, message: `${capitalise(what)} cannot be negative.`});
  } else if (minInclusive ? value < min : value <= min) {
    errors.push({
      field,
      message: minInclusive
        ? `${capitalise(what)} must be at least ${min}.`
        : `${capitalise(what)} must be more than ${min}.`,
    });
  } else if (value > max) {
    errors.push({field, message: `${capitalise(what)} must be at most ${max.toLocaleString('en-US')}.`});
  } else if (integer && !Number.isInteger(value)) {
    errors.push({field, message: `${capitalise(what)} must be a whole number.`});
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Every problem with the inputs, one per field at most, in form order. Empty when valid. */
export function validateCostInputs(inputs: CostInputs): CostError[] {
  const errors: CostError[] = [];
  checkRange(errors, 'inputTokens', inputs.inputTokens, {min: 0, max: LIMITS.tokens, what: 'input tokens'});
  checkRange(errors, 'outputTokens', inputs.outputTokens, {
    min: 0,
    max: LIMITS.tokens,
    what: 'output tokens',
  });
  if (errors.length === 0 && inputs.inputTokens + inputs.outputTokens <= 0) {
    errors.push({field: 'inputTokens', message: 'Enter a monthly volume above zero tokens.'});
  }
  const price = {min: 0, max: LIMITS.pricePerMillion};
  checkRange(errors, 'closedInput', inputs.closed.inputPerMillion, {...price, what: 'the input price'});
  checkRange(errors, 'closedOutput', inputs.closed.outputPerMillion, {...price, what: 'the output price'});
  const open = inputs.open;
  if (open.kind === 'hosted') {
    checkRange(errors, 'openInput', open.inputPerMillion, {...price, what: 'the input price'});
    checkRange(errors, 'openOutput', open.outputPerMillion, {...price, what: 'the output price'});
  } else {
    checkRange(errors, 'gpuHourly', open.gpuHourly, {
      min: 0,
      minInclusive: false,
      max: LIMITS.gpuHourly,
      what: 'the GPU price per hour',
    });
    checkRange(errors, 'gpuCount', open.gpuCount, {
      min: 1,
      max: LIMITS.gpuCount,
      integer: true,
      what: 'the number of GPUs',
    });
    checkRange(errors, 'throughputPerGpu', open.throughputPerGpu, {
      min: 0,
      minInclusive: false,
      max: LIMITS.throughputPerGpu,
      what: 'throughput',
    });
    checkRange(errors, 'utilizationPercent', open.utilizationPercent, {
      min: 0,
      minInclusive: false,
      max: 100,
      what: 'utilization',
    });
    checkRange(errors, 'fixedMonthlyOps', open.fixedMonthlyOps, {
      min: 0,
      max: LIMITS.fixedMonthlyOps,
      what: 'the fixed monthly cost',
    });
  }
  checkRange(errors, 'openSharePercent', inputs.openSharePercent, {
    min: 0,
    max: 100,
    what: 'the open-path share',
  });
  return errors;
}

/** Input share s of the volume; 0.5 is never used because validation requires V > 0. */
function inputShare(inputs: CostInputs): number {
  const total = inputs.inputTokens + inputs.outputTokens;
  return total > 0 ? inputs.inputTokens / total : 0.5;
}

/** Blended USD per token for a fixed input share. */
export function blendedPerToken(prices: TokenPrices, share: number): number {
  return (share * prices.inputPerMillion + (1 - share) * prices.outputPerMillion) / 1_000_000;
}

/** Fixed monthly cost of the self-hosted GPUs: GPUs × hourly × 730 h + fixed ops. */
export function selfHostingMonthly(open: SelfHosting): number {
  return open.gpuCount * open.gpuHourly * HOURS_PER_MONTH + open.fixedMonthlyOps;
}

export function costAt(line: CostLine, volume: number): number {
  return line.fixed + line.perToken * volume;
}

/** Lines for the closed API, the open path alone, and the plan (hybrid at the given share). */
export function costLines(inputs: CostInputs): {closed: CostLine; open: CostLine; plan: CostLine} {
  const s = inputShare(inputs);
  const closed: CostLine = {fixed: 0, perToken: blendedPerToken(inputs.closed, s)};
  const open: CostLine =
    inputs.open.kind === 'hosted'
      ? {fixed: 0, perToken: blendedPerToken(inputs.open, s)}
      : {fixed: selfHostingMonthly(inputs.open), perToken: 0};
  const p = inputs.openSharePercent / 100;
  const plan: CostLine =
    p === 0 ? {...closed} : {fixed: open.fixed, perToken: (1 - p) * closed.perToken + p * open.perToken};
  return {closed, open, plan};
}

/** Where line `a` (closed) and line `b` (open/plan) cross, if they do at a positive volume. */
export function breakEven(a: CostLine, b: CostLine): BreakEven {
  const slope = a.perToken - b.perToken;
  const offset = b.fixed - a.fixed;
  if (slope !== 0) {
    const volume = offset / slope;
    if (Number.isFinite(volume) && volume > 0) {
      // Below the crossing the line with the smaller fixed cost is cheaper.
      return slope > 0
        ? {kind: 'volume', volume, cheaperBelow: 'closed', cheaperAbove: 'open'}
        : {kind: 'volume', volume, cheaperBelow: 'open', cheaperAbove: 'closed'};
    }
  }
  // No crossing at V > 0: compare at any positive volume (V = 1 is enough for straight lines).
  const diff = costAt(a, 1) - costAt(b, 1);
  if (offset === 0 && slope === 0) return {kind: 'never', cheaper: 'equal'};
  return {kind: 'never', cheaper: diff > 0 ? 'open' : diff < 0 ? 'closed' : offset > 0 ? 'closed' : 'open'};
}

function capacityFor(open: SelfHosting, tokensServed: number): Capacity {
  const perGpuHour = open.throughputPerGpu * (open.utilizationPercent / 100) * SECONDS_PER_HOUR;
  const tokensPerMonth = open.gpuCount * perGpuHour * HOURS_PER_MONTH;
  const gpuHoursNeeded = tokensServed / perGpuHour;
  return {
    tokensPerMonth,
    tokensServed,
    gpuHoursNeeded,
    gpuHoursPaid: open.gpuCount * HOURS_PER_MONTH,
    gpusNeeded: Math.max(1, Math.ceil(gpuHoursNeeded / HOURS_PER_MONTH - 1e-9)),
    overCapacity: tokensServed > tokensPerMonth * (1 + 1e-12),
  };
}

export function computeCosts(inputs: CostInputs): CostOutcome {
  const errors = validateCostInputs(inputs);
  if (errors.length > 0) return {ok: false, errors};
  const volume = inputs.inputTokens + inputs.outputTokens;
  const lines = costLines(inputs);
  const closedMonthly = costAt(lines.closed, volume);
  const openMonthly = costAt(lines.open, volume);
  const planMonthly = costAt(lines.plan, volume);
  const p = inputs.openSharePercent / 100;
  return {
    ok: true,
    result: {
      volume,
      closedMonthly,
      openMonthly,
      planMonthly,
      difference: closedMonthly - planMonthly,
      ratio: planMonthly > 0 ? closedMonthly / planMonthly : null,
      breakEven: breakEven(lines.closed, lines.plan),
      capacity: inputs.open.kind === 'self-hosted' && p > 0 ? capacityFor(inputs.open, p * volume) : null,
      lines,
    },
  };
}

export interface SeriesPoint {
  volume: number;
  closed: number;
  open: number;
  plan: number;
}

/**
 * Cost of each path at `points` volumes spaced evenly on a log scale from `from` to `to` tokens a
 * month, keeping the input/output mix of `inputs`. Returns [] when the inputs are invalid.
 */
export function costSeries(
  inputs: CostInputs,
  {from = 1e6, to = 1e10, points = 41}: {from?: number; to?: number; points?: number} = {},
): SeriesPoint[] {
  if (validateCostInputs(inputs).length > 0 || !(from > 0) || !(to > from) || points < 2) return [];
  const lines = costLines(inputs);
  const step = (Math.log10(to) - Math.log10(from)) / (points - 1);
  return Array.from({length: points}, (_, i) => {
    const volume = i === points - 1 ? to : 10 ** (Math.log10(from) + i * step);
    return {
      volume,
      closed: costAt(lines.closed, volume),
      open: costAt(lines.open, volume),
      plan: costAt(lines.plan, volume),
    };
  });
}

/** Same inputs at another total volume, keeping the input/output mix. */
export function atVolume(inputs: CostInputs, volume: number): CostInputs {
  const s = inputShare(inputs);
  return {...inputs, inputTokens: volume * s, outputTokens: volume * (1 - s)};
}

const usd0 = new Intl.NumberFormat('en-US', {style: 'currency', currency: 'USD', maximumFractionDigits: 0});
const usd2 = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** "$1,460", "$112.50", "$0.03", "less than $0.01": cents below $1,000. Never prints NaN. */
export function formatUsd(value: number): string {
  if (!Number.isFinite(value)) return '—';
  const abs = Math.abs(value);
  if (abs > 0 && abs < 0.005) return value < 0 ? '−less than $0.01' : 'less than $0.01';
  const text = abs >= 1000 ? usd0.format(abs) : usd2.format(abs);
  return value < 0 ? `−${text}` : text;
}

/** "3.2×", "1.05×", "120×". */
export function formatRatio(value: number): string {
  if (!Number.isFinite(value)) return '—';
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${Number(value.toFixed(digits)).toLocaleString('en-US')}×`;
}
