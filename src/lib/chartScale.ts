/**
 * Pure maths behind the cost chart (src/components/CostChart): the drawing frame for a measured
 * width, decade bounds for a log axis, the map from value to pixel, and the decade ticks.
 * Unit-tested in tests/unit/chartScale.test.ts.
 */

/** Lowest and highest value an axis shows, both > 0 (log scale). */
export type Domain = readonly [number, number];

/**
 * Padding around the plot in CSS pixels: room for the y labels on the left (compact, at most five
 * characters such as "$100K"), half the last x label on the right, and the x axis title below.
 */
export const CHART_PAD = {left: 60, right: 20, top: 22, bottom: 44} as const;

const USD_TICK = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  // Ticks are whole decades: one significant digit is exact ($0.001 keeps its digits).
  maximumSignificantDigits: 1,
});

/**
 * A y-axis tick in compact US dollars ($0.01, $1, $100, $10K, $1M, $1B): short enough for the left
 * padding on a phone, where "$1,000,000" did not fit and was clipped.
 */
export function formatUsdTick(value: number): string {
  return USD_TICK.format(value);
}
/** Narrowest drawing; a narrower figure scrolls rather than squashing the labels. */
export const CHART_MIN_WIDTH = 280;

/** 10^e as the nearest double to the decimal 1e<e> (10 ** -5 is 0.000009999999999999999). */
export function pow10(e: number): number {
  return Number(`1e${e}`);
}

export interface ChartFrame {
  width: number;
  height: number;
  /** The plot area inside the padding. */
  plot: {left: number; top: number; width: number; height: number};
  /** At most this many gaps between y ticks: fewer on a short chart so labels do not touch. */
  maxYIntervals: number;
}

/** The drawing frame for a figure `measuredWidth` CSS pixels wide: height follows width within 240–380. */
export function chartFrame(measuredWidth: number): ChartFrame {
  const width = Math.max(CHART_MIN_WIDTH, Math.round(measuredWidth) || 0);
  const height = Math.round(Math.min(380, Math.max(240, width * 0.55)));
  return {
    width,
    height,
    plot: {
      left: CHART_PAD.left,
      top: CHART_PAD.top,
      width: width - CHART_PAD.left - CHART_PAD.right,
      height: height - CHART_PAD.top - CHART_PAD.bottom,
    },
    maxYIntervals: height < 300 ? 4 : 6,
  };
}

/**
 * Whole-decade bounds around the positive, finite values, at least one decade wide. Zeros,
 * negatives and non-finite values are left out; with none left, `empty` (a $0.01–$1 frame for a
 * chart of $0 lines).
 */
export function decadeDomain(values: readonly number[], empty: Domain = [0.01, 1]): Domain {
  const positive = values.filter((v) => Number.isFinite(v) && v > 0);
  if (positive.length === 0) return empty;
  const lo = Math.floor(Math.log10(Math.min(...positive)));
  let hi = Math.ceil(Math.log10(Math.max(...positive)));
  if (hi <= lo) hi = lo + 1;
  return [pow10(lo), pow10(hi)];
}

/**
 * A log-scale map from `domain` to the pixel `range` (`range[0]` for the low end; pass it reversed
 * for a y axis that grows upwards). With `clamp`, values outside the domain, zero included, land on
 * its nearest end; without it they extrapolate (and zero or less has no position: NaN). A domain of
 * one value puts everything in the middle of the range.
 */
export function logScale(
  domain: Domain,
  range: readonly [number, number],
  {clamp = false}: {clamp?: boolean} = {},
): (value: number) => number {
  const [lo, hi] = domain;
  const [start, end] = range;
  const logLo = Math.log10(lo);
  const span = Math.log10(hi) - logLo;
  return (value: number) => {
    if (span === 0) return (start + end) / 2;
    const v = clamp ? Math.min(Math.max(value, lo), hi) : value;
    if (!(v > 0)) return Number.NaN;
    return start + ((Math.log10(v) - logLo) / span) * (end - start);
  };
}

/**
 * Powers of ten inside the domain (its ends included when they are powers of ten), thinned to every
 * second, third … decade so there are at most `maxIntervals` gaps between ticks.
 */
export function decadeTicks(domain: Domain, maxIntervals = Number.POSITIVE_INFINITY): number[] {
  const [lo, hi] = domain;
  if (!(lo > 0) || !(hi >= lo)) return [];
  // A hair of slack so that log10 rounding (log10(1e-7) and the like) keeps an exact decade in.
  const first = Math.ceil(Math.log10(lo) - 1e-9);
  const last = Math.floor(Math.log10(hi) + 1e-9);
  const step = Math.max(1, Math.ceil((last - first) / Math.max(1, maxIntervals)));
  const ticks: number[] = [];
  for (let e = first; e <= last; e += step) ticks.push(pow10(e));
  return ticks;
}
