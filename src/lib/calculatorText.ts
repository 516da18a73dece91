/**
 * The sentences the cost calculator shows (src/components/CostCalculator): path names, the plan's
 * name mid-sentence, the summary, difference, ratio, break-even and capacity lines. Pure: no
 * React, no DOM; unit-tested in tests/unit/calculatorText.test.ts. The numbers come from
 * src/lib/cost.ts; this module only words them.
 */
import type {Capacity, CostResult} from './cost';
import type {PathId, ThreePathResult} from './costPaths';
import {formatRatio, formatUsd} from './cost';
import type {OpenMode} from './calculatorState';
import {formatTokenCount, formatTokenCountLong} from './tokens';

/** What kind of path each one is, shown above its name in the summary. */
export const PATH_KIND: Record<PathId, string> = {
  closed: 'Closed API',
  hosted: 'Hosted open-weight',
  self: 'Self-hosted open-weight',
};

export interface PathNames {
  /** Names as headings and list entries show them. */
  labels: Record<PathId, string>;
  /** Mid-sentence forms; model names keep their spelling ("gpt-oss-120b", never "Gpt-oss"). */
  inSentence: Record<PathId, string>;
}

/** Path names from the chosen presets' labels; undefined means the reader typed their own prices. */
export function pathNames(closedPreset?: string, hostedPreset?: string): PathNames {
  const labels: Record<PathId, string> = {
    closed: closedPreset ? `${closedPreset} API` : 'Closed API (your prices)',
    hosted: hostedPreset ?? 'Hosted open-weight (your prices)',
    self: 'Self-hosting on your GPUs',
  };
  return {labels, inSentence: {closed: 'the closed API', hosted: labels.hosted, self: 'self-hosting'}};
}

/** The open path the detailed comparison sets against the closed API, and the one it leaves out. */
export function openPaths(mode: OpenMode): {open: PathId; other: PathId} {
  return mode === 'self' ? {open: 'self', other: 'hosted'} : {open: 'hosted', other: 'self'};
}

/**
 * The share of traffic on the open path, read as a plan: `hybrid` between 0 and 100 %, `closedOnly`
 * at 0 %. `valid` is false when the share field holds an error (then neither applies).
 */
export interface SharePlan {
  share: number;
  hybrid: boolean;
  closedOnly: boolean;
}

export function sharePlan(share: number, valid: boolean): SharePlan {
  return {share, hybrid: valid && share > 0 && share < 100, closedOnly: valid && share === 0};
}

/** The plan's name mid-sentence: "the hybrid plan (40% on self-hosting)", "the closed API", … */
export function planLabel(plan: SharePlan, openPath: PathId, names: PathNames): string {
  if (plan.hybrid) return `the hybrid plan (${plan.share}% on ${names.inSentence[openPath]})`;
  return plan.closedOnly ? 'the closed API' : names.inSentence[openPath];
}

/** The live summary above the form: the cheapest path at the volume, or how many fields need fixing. */
export function summarySentence(paths: ThreePathResult | null, names: PathNames, errorCount: number): string {
  if (!paths)
    return `${errorCount} ${errorCount === 1 ? 'field needs' : 'fields need'} fixing before the calculator can show costs.`;
  const volume = formatTokenCount(paths.volume);
  const cost = formatUsd(paths.monthly[paths.cheapest[0]]);
  return paths.cheapest.length > 1
    ? `At ${volume} tokens a month, ${paths.cheapest.map((id) => names.inSentence[id]).join(' and ')} cost the same: ${cost} a month.`
    : `Cheapest at ${volume} tokens a month: ${names.inSentence[paths.cheapest[0]]}, ${cost} a month.`;
}

/** "You save … a month with <plan>", "You pay … more", or "None: both cost the same". */
export function differenceSentence(result: CostResult, plan: SharePlan, label: string): string {
  if (result.difference === 0 || plan.closedOnly) return 'None: both cost the same';
  return result.difference > 0
    ? `You save ${formatUsd(result.difference)} a month with ${label}`
    : `You pay ${formatUsd(-result.difference)} a month more with ${label}`;
}

/** How many times as much one side costs as the other, said from the dearer side. */
export function ratioSentence(result: CostResult, label: string): string {
  if (result.ratio === null) return `No ratio: ${label} costs $0`;
  return result.ratio >= 1
    ? `The closed API costs ${formatRatio(result.ratio)} as much as ${label}`
    : `At this volume, ${label} costs ${formatRatio(1 / result.ratio)} as much as the closed API`;
}

/** Where the closed-API line and the plan line cross, and which is cheaper on each side. */
export function breakEvenSentence(result: CostResult, label: string): string {
  const be = result.breakEven;
  if (be.kind === 'volume') {
    const cheaperAbove = be.cheaperAbove === 'open' ? label : 'the closed API';
    const cheaperBelow = be.cheaperBelow === 'open' ? label : 'the closed API';
    return `Break-even: ${formatTokenCountLong(be.volume)} tokens a month (${formatTokenCount(be.volume)}). Below that ${cheaperBelow} is cheaper; above it ${cheaperAbove} is cheaper.`;
  }
  if (be.cheaper === 'equal') return 'No break-even: both options cost the same at every volume.';
  return be.cheaper === 'open'
    ? `No break-even: ${label} is cheaper than the closed API at every volume.`
    : `No break-even: the closed API is cheaper than ${label} at every volume.`;
}

/** What the GPUs must serve against what is paid for; a second sentence when they cannot keep up. */
export function capacitySentence(capacity: Capacity): string {
  const base = `Serving ${formatTokenCountLong(capacity.tokensServed)} tokens a month takes about ${Math.ceil(
    capacity.gpuHoursNeeded,
  ).toLocaleString('en-US')} GPU-hours at this throughput; you pay for ${capacity.gpuHoursPaid.toLocaleString(
    'en-US',
  )} (${formatTokenCountLong(capacity.tokensPerMonth)} tokens of capacity).`;
  return capacity.overCapacity
    ? `${base} You would need ${capacity.gpusNeeded} GPUs; the cost above assumes the GPUs you entered.`
    : base;
}
