import React, {type ReactNode, useEffect, useId, useRef, useState} from 'react';
import clsx from 'clsx';
import {
  CHART_PAD as PAD,
  chartFrame,
  decadeDomain,
  decadeTicks,
  formatUsdTick,
  logScale,
} from '@site/src/lib/chartScale';
import {formatTokenCount, formatTokenCountLong} from '@site/src/lib/tokens';
import styles from './styles.module.css';

/** closed API, the open path compared in detail, the other open path, and the hybrid plan. */
export type ChartLineKey = 'closed' | 'open' | 'other' | 'plan';

export interface ChartLine {
  key: ChartLineKey;
  label: string;
  /** Cost in USD at each volume of `volumes`. */
  values: readonly number[];
}

export interface CostChartProps {
  /** Monthly token volumes, ascending, all > 0. */
  volumes: readonly number[];
  lines: readonly ChartLine[];
  /** Volume where the closed-API line meets the plan line, if it does. */
  breakEvenVolume: number | null;
  /** The reader's current monthly volume, marked on the x axis. */
  currentVolume?: number;
  title: string;
  /** One or two sentences saying what the chart shows, for screen readers and as a caption. */
  description: string;
}

/** Drawing width before the figure is measured; the SVG then uses its real width in CSS pixels. */
const DEFAULT_WIDTH = 640;

/** Tracks an element's content width so text in the SVG stays at its CSS size on any screen. */
function useWidth(): [React.RefObject<HTMLElement | null>, number] {
  const ref = useRef<HTMLElement | null>(null);
  const [width, setWidth] = useState(DEFAULT_WIDTH);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(([entry]) => {
      const w = Math.round(entry.contentRect.width);
      if (w > 0) setWidth(w);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/**
 * Monthly cost against monthly volume on log–log axes, drawn as plain SVG. Lines differ by dash
 * pattern and a direct label as well as colour. The break-even volume gets a vertical marker.
 * The caller supplies a table with the same numbers (the chart is role="img").
 */
export default function CostChart({
  volumes,
  lines,
  breakEvenVolume,
  currentVolume,
  title,
  description,
}: CostChartProps): ReactNode {
  const id = useId();
  const [ref, measured] = useWidth();
  if (volumes.length < 2 || lines.length === 0) return null;
  const {width: WIDTH, height: HEIGHT, plot, maxYIntervals} = chartFrame(measured);
  const xMin = volumes[0];
  const xMax = volumes[volumes.length - 1];
  const yDomain = decadeDomain(lines.flatMap((l) => [...l.values]));
  const plotW = plot.width;
  const plotH = plot.height;
  const x = logScale([xMin, xMax], [PAD.left, PAD.left + plotW]);
  const y = logScale(yDomain, [PAD.top + plotH, PAD.top], {clamp: true});
  const xTicks = decadeTicks([xMin, xMax]);
  const yTicks = decadeTicks(yDomain, maxYIntervals);
  const inRange = (v: number | null | undefined): v is number =>
    v != null && Number.isFinite(v) && v >= xMin && v <= xMax;

  return (
    <figure className={styles.figure} ref={ref}>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        data-testid="cost-chart"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <g className={styles.grid} aria-hidden="true">
          {xTicks.map((t) => (
            <g key={`x${t}`}>
              <line x1={x(t)} x2={x(t)} y1={PAD.top} y2={PAD.top + plotH} />
              <text x={x(t)} y={HEIGHT - PAD.bottom + 18} textAnchor="middle" className={styles.tick}>
                {formatTokenCount(t)}
              </text>
            </g>
          ))}
          {yTicks.map((t) => (
            <g key={`y${t}`}>
              <line x1={PAD.left} x2={PAD.left + plotW} y1={y(t)} y2={y(t)} />
              <text x={PAD.left - 6} y={y(t) + 4} textAnchor="end" className={styles.tick}>
                {formatUsdTick(t)}
              </text>
            </g>
          ))}
          <text x={PAD.left + plotW / 2} y={HEIGHT - 6} textAnchor="middle" className={styles.axisLabel}>
            Tokens per month (log scale)
          </text>
        </g>
        {inRange(currentVolume) && (
          <line
            className={styles.current}
            x1={x(currentVolume)}
            x2={x(currentVolume)}
            y1={PAD.top}
            y2={PAD.top + plotH}
            aria-hidden="true"
          />
        )}
        {lines.map((line) => (
          <polyline
            key={line.key}
            className={clsx(styles.line, styles[line.key])}
            points={line.values.map((v, i) => `${x(volumes[i]).toFixed(1)},${y(v).toFixed(1)}`).join(' ')}
            aria-hidden="true"
          />
        ))}
        {inRange(breakEvenVolume) && (
          <g className={styles.breakEven} aria-hidden="true" data-testid="break-even-marker">
            <line x1={x(breakEvenVolume)} x2={x(breakEvenVolume)} y1={PAD.top} y2={PAD.top + plotH} />
            <text
              x={x(breakEvenVolume) + (x(breakEvenVolume) > PAD.left + plotW * 0.5 ? -4 : 4)}
              y={PAD.top - 6}
              textAnchor={x(breakEvenVolume) > PAD.left + plotW * 0.5 ? 'end' : 'start'}
            >
              Break-even {formatTokenCount(breakEvenVolume)}
            </text>
          </g>
        )}
      </svg>
      <figcaption className={styles.legend}>
        <ul>
          {lines.map((line) => (
            <li key={line.key}>
              <svg width="32" height="10" aria-hidden="true" className={styles.swatch}>
                <line x1="0" x2="32" y1="5" y2="5" className={clsx(styles.line, styles[line.key])} />
              </svg>
              {line.label}
            </li>
          ))}
          {inRange(breakEvenVolume) && (
            <li>
              <svg width="32" height="10" aria-hidden="true" className={styles.swatch}>
                <line x1="16" x2="16" y1="0" y2="10" className={styles.breakEvenSwatch} />
              </svg>
              Break-even at {formatTokenCountLong(breakEvenVolume)} tokens a month
            </li>
          )}
          {inRange(currentVolume) && (
            <li>
              <svg width="32" height="10" aria-hidden="true" className={styles.swatch}>
                <line x1="16" x2="16" y1="0" y2="10" className={styles.current} />
              </svg>
              Your volume: {formatTokenCountLong(currentVolume)} tokens
            </li>
          )}
        </ul>
      </figcaption>
    </figure>
  );
}
