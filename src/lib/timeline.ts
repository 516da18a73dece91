/**
 * The openness timeline (src/components/OpennessTimeline): release date (x) against openness score
 * (y), drawn at build time as inline SVG. This module holds the data step (records → points, run by
 * the dataset plugin so pages load a small JSON, not the dataset: ./timelineData.ts) and the
 * geometry (scales, ticks, non-overlapping labels), which is all the page's bundle carries: no
 * verdict logic, no records. Pure functions; tested in tests/unit/timeline.test.ts.
 */

/** closed: no downloadable weights; open-weight: weights but not Open Source AI; osai: meets OSAID. */
export type TimelineKind = 'closed' | 'open-weight' | 'osai';

export const TIMELINE_KINDS: Record<
  TimelineKind,
  {label: string; short: string; shape: string; order: number}
> = {
  osai: {label: 'Meets the Open Source AI Definition', short: 'Open Source AI', shape: 'circle', order: 1},
  'open-weight': {
    label: 'Open weights, not Open Source AI',
    short: 'Open weights',
    shape: 'triangle',
    order: 2,
  },
  closed: {label: 'Closed: no downloadable weights', short: 'Closed', shape: 'square', order: 3},
};

export interface TimelinePoint {
  id: string;
  name: string;
  /** ISO date, year/month/day precision. */
  date: string;
  score: number;
  kind: TimelineKind;
}

export interface TimelineData {
  /** Latest lastVerified among the plotted records. */
  asOf: string;
  points: TimelinePoint[];
  /** Ids of the points worth a label, in label priority (from the records' `timelineLabel`). */
  notable: string[];
}

/**
 * ISO date → fractional year. A year-only date sits mid-year and a month-only date mid-month, so
 * an imprecise date is never drawn at the edge of its range.
 */
export function yearFraction(iso: string): number {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  const year = Number(m[1]);
  if (m[2] === undefined) return year + 0.5;
  const month = Number(m[2]) - 1;
  if (m[3] === undefined) return year + (month + 0.5) / 12;
  const day = Number(m[3]) - 1;
  const daysInMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return year + (month + day / daysInMonth) / 12;
}

export interface PlotArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Scales {
  /** Years shown: from the first point's year to the year after the last point's. */
  from: number;
  to: number;
  x: (iso: string) => number;
  y: (score: number) => number;
}

export function makeScales(dates: string[], plot: PlotArea): Scales {
  if (dates.length === 0) throw new Error('no dates to scale');
  const years = dates.map(yearFraction);
  const from = Math.floor(Math.min(...years));
  const to = Math.floor(Math.max(...years)) + 1;
  return {
    from,
    to,
    x: (iso) => plot.x + ((yearFraction(iso) - from) / (to - from)) * plot.width,
    y: (score) => plot.y + (1 - Math.min(100, Math.max(0, score)) / 100) * plot.height,
  };
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const overlaps = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const inside = (a: Box, p: PlotArea): boolean =>
  a.x >= p.x && a.y >= p.y && a.x + a.width <= p.x + p.width && a.y + a.height <= p.y + p.height;

export interface Mark extends TimelinePoint {
  cx: number;
  cy: number;
}

export interface Label {
  id: string;
  text: string;
  /** Text anchor position (start or end, baseline). */
  x: number;
  y: number;
  anchor: 'start' | 'end';
  box: Box;
}

export interface TimelineLayout {
  size: LayoutSize;
  width: number;
  height: number;
  plot: PlotArea;
  xTicks: Array<{year: number; x: number}>;
  yTicks: Array<{value: number; y: number}>;
  marks: Mark[];
  labels: Label[];
}

export interface LayoutSize {
  width: number;
  height: number;
  margin: {top: number; right: number; bottom: number; left: number};
  /** Half the size of a mark; identical positions are spread by this much. */
  markRadius: number;
  fontSize: number;
  /** Rough width of one character at fontSize, for label boxes (system sans-serif). */
  charWidth: number;
  /** Label every n-th year on the x axis. */
  yearStep: number;
}

/**
 * Two drawings of the same chart: `wide` for laptops, `narrow` for phones (CSS shows one), so text
 * stays about 12–13 px on screen either way instead of shrinking with a wide viewBox.
 */
export const LAYOUTS = {
  wide: {
    width: 640,
    height: 340,
    margin: {top: 26, right: 12, bottom: 36, left: 40},
    markRadius: 5,
    fontSize: 13,
    charWidth: 7.2,
    yearStep: 1,
  },
  narrow: {
    width: 360,
    height: 300,
    margin: {top: 26, right: 8, bottom: 36, left: 30},
    markRadius: 4,
    fontSize: 12,
    charWidth: 6.6,
    yearStep: 2,
  },
} satisfies Record<string, LayoutSize>;

/**
 * Places every point and labels the notable ones where a label fits: right of the mark, then left,
 * then above, then below; a label that would overlap another label, a mark or the plot edge is left
 * out (the table under the chart names every point).
 */
export function layoutTimeline(
  points: TimelinePoint[],
  notable: string[],
  size: LayoutSize = LAYOUTS.wide,
): TimelineLayout {
  const {width, height, margin, markRadius, fontSize, charWidth, yearStep} = size;
  const plot: PlotArea = {
    x: margin.left,
    y: margin.top,
    width: width - margin.left - margin.right,
    height: height - margin.top - margin.bottom,
  };
  const s = makeScales(
    points.map((p) => p.date),
    plot,
  );
  // Spread points that land on the same spot (same date and score) side by side.
  const seen = new Map<string, number>();
  const marks: Mark[] = points.map((p) => {
    const cx = s.x(p.date);
    const cy = s.y(p.score);
    const key = `${Math.round(cx)}:${Math.round(cy)}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    const shifted = cx + n * markRadius * 1.6;
    return {...p, cx: Math.min(plot.x + plot.width - markRadius, shifted), cy};
  });
  const markBoxes: Box[] = marks.map((m) => ({
    x: m.cx - markRadius,
    y: m.cy - markRadius,
    width: 2 * markRadius,
    height: 2 * markRadius,
  }));

  const labels: Label[] = [];
  for (const id of notable) {
    const m = marks.find((mk) => mk.id === id);
    if (!m) continue;
    const w = m.name.length * charWidth;
    const h = fontSize;
    const gap = markRadius + 3;
    const candidates: Array<Omit<Label, 'id' | 'text'>> = [
      {
        x: m.cx + gap,
        y: m.cy + h / 3,
        anchor: 'start',
        box: {x: m.cx + gap, y: m.cy - h / 2, width: w, height: h},
      },
      {
        x: m.cx - gap,
        y: m.cy + h / 3,
        anchor: 'end',
        box: {x: m.cx - gap - w, y: m.cy - h / 2, width: w, height: h},
      },
      {
        x: m.cx - w / 2,
        y: m.cy - gap,
        anchor: 'start',
        box: {x: m.cx - w / 2, y: m.cy - gap - h, width: w, height: h},
      },
      {
        x: m.cx - w / 2,
        y: m.cy + gap + h * 0.8,
        anchor: 'start',
        box: {x: m.cx - w / 2, y: m.cy + gap - h * 0.2, width: w, height: h},
      },
    ];
    const fit = candidates.find(
      (c) =>
        inside(c.box, plot) &&
        !labels.some((l) => overlaps(l.box, c.box)) &&
        !markBoxes.some((b) => overlaps(b, c.box)),
    );
    if (fit) labels.push({id, text: m.name, ...fit});
  }

  const xTicks: TimelineLayout['xTicks'] = [];
  for (let year = s.from; year <= s.to; year += yearStep) {
    xTicks.push({year, x: plot.x + ((year - s.from) / (s.to - s.from)) * plot.width});
  }
  const yTicks = [0, 25, 50, 75, 100].map((value) => ({value, y: s.y(value)}));
  return {size, width, height, plot, xTicks, yTicks, marks, labels};
}
