/**
 * The calculator's three-path summary: all traffic on the closed API, on a hosted open-weight model
 * billed per token, and on self-hosted GPUs, ranked by monthly cost with ties detected. Built on
 * ./cost.ts `computeCosts`. Pure; unit-tested in
 * tests/unit/cost.test.ts and tests/unit/calculator-defaults.test.ts.
 */
import {computeCosts, type Capacity, type CostError, type SelfHosting, type TokenPrices} from './cost';

/** The three ways to pay for a model that the calculator compares side by side. */
export type PathId = 'closed' | 'hosted' | 'self';
export const PATH_IDS: readonly PathId[] = ['closed', 'hosted', 'self'];

export interface ThreePathInputs {
  inputTokens: number;
  outputTokens: number;
  closed: TokenPrices;
  hosted: TokenPrices;
  selfHosted: Omit<SelfHosting, 'kind'>;
}

export interface ThreePathResult {
  volume: number;
  /** Monthly cost of sending all traffic down each path. */
  monthly: Record<PathId, number>;
  /** Paths in order of monthly cost, cheapest first (ties keep PATH_IDS order). */
  ranking: PathId[];
  /** Every path that costs the least (more than one on a tie). */
  cheapest: PathId[];
  /** What the self-hosted GPUs can serve at this volume. */
  capacity: Capacity;
}

export type ThreePathOutcome = {ok: true; result: ThreePathResult} | {ok: false; errors: CostError[]};

/** Two monthly costs closer than a hundredth of a cent (or 1e-9 relative) count as a tie. */
function sameCost(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(1e-4, 1e-9 * Math.max(Math.abs(a), Math.abs(b)));
}

/**
 * All traffic on each of the three paths: the closed API, a hosted open-weight model billed per
 * token, and self-hosted GPUs. Errors from either open path are reported once per field.
 */
export function compareThreePaths(inputs: ThreePathInputs): ThreePathOutcome {
  const base = {inputTokens: inputs.inputTokens, outputTokens: inputs.outputTokens, closed: inputs.closed};
  const hosted = computeCosts({...base, open: {kind: 'hosted', ...inputs.hosted}, openSharePercent: 100});
  const self = computeCosts({
    ...base,
    open: {kind: 'self-hosted', ...inputs.selfHosted},
    openSharePercent: 100,
  });
  if (!hosted.ok || !self.ok) {
    const errors: CostError[] = [];
    for (const error of [...(hosted.ok ? [] : hosted.errors), ...(self.ok ? [] : self.errors)]) {
      if (!errors.some((e) => e.field === error.field)) errors.push(error);
    }
    return {ok: false, errors};
  }
  const monthly: Record<PathId, number> = {
    closed: hosted.result.closedMonthly,
    hosted: hosted.result.openMonthly,
    self: self.result.openMonthly,
  };
  const ranking = [...PATH_IDS].sort((a, b) =>
    sameCost(monthly[a], monthly[b]) ? 0 : monthly[a] - monthly[b],
  );
  const cheapest = ranking.filter((id) => sameCost(monthly[id], monthly[ranking[0]]));
  return {
    ok: true,
    result: {volume: hosted.result.volume, monthly, ranking, cheapest, capacity: self.result.capacity!},
  };
}
