/**
 * <OpennessTimeline /> — release date against openness score for every rated model, drawn at build
 * time as inline SVG (no charting library, no client code). Kind is shown by shape and colour:
 * circle = meets the Open Source AI Definition, triangle = open weights, square = closed. The SVG
 * has a title and description; every plotted point is also listed in a table inside <details>, so
 * the chart reads without JavaScript, without colour and with a screen reader.
 *
 * Data: @generated/site-dataset/default/timeline.json, written by src/plugins/dataset from the
 * model records (src/lib/timeline.ts), a few kilobytes rather than the dataset.
 */
import React, {useId, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import DocLink from '@site/src/components/DocLink';
import data from '@generated/site-dataset/default/timeline.json';
import {formatIsoDate} from '@site/src/domain/dates';
import {
  LAYOUTS,
  TIMELINE_KINDS,
  layoutTimeline,
  type TimelineLayout,
  type TimelineData,
  type TimelineKind,
} from '@site/src/lib/timeline';
import styles from './styles.module.css';

const KIND_ORDER = (Object.keys(TIMELINE_KINDS) as TimelineKind[]).sort(
  (a, b) => TIMELINE_KINDS[a].order - TIMELINE_KINDS[b].order,
);

/** One mark, centred on (cx, cy): circle, triangle or square, same visual weight. */
export function Shape({kind, cx, cy, r}: {kind: TimelineKind; cx: number; cy: number; r: number}): ReactNode {
  const cls = `${styles.mark} ${styles[kind]}`;
  if (kind === 'osai') return <circle className={cls} cx={cx} cy={cy} r={r} />;
  if (kind === 'open-weight') {
    const h = r * 1.15;
    return (
      <polygon
        className={cls}
        points={`${cx},${cy - h} ${cx + h},${cy + h * 0.8} ${cx - h},${cy + h * 0.8}`}
      />
    );
  }
  const s = r * 0.9;
  return <rect className={cls} x={cx - s} y={cy - s} width={2 * s} height={2 * s} />;
}

export interface OpennessTimelineProps {
  /** For tests and previews; pages use the generated data. */
  timeline?: TimelineData;
}

function Chart({
  layout,
  id,
  className,
  title,
  desc,
}: {
  layout: TimelineLayout;
  id: string;
  className: string;
  title: string;
  desc: string;
}): ReactNode {
  const {plot, width, height, size} = layout;
  return (
    <svg
      className={`${styles.svg} ${className}`}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      style={{fontSize: size.fontSize}}
      data-layout={className === styles.wide ? 'wide' : 'narrow'}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      <g className={styles.grid}>
        {layout.yTicks.map((t) => (
          <g key={t.value}>
            <line x1={plot.x} x2={plot.x + plot.width} y1={t.y} y2={t.y} />
            <text className={styles.tick} x={plot.x - 5} y={t.y + size.fontSize / 3} textAnchor="end">
              {t.value}
            </text>
          </g>
        ))}
        {layout.xTicks.map((t) => (
          <g key={t.year}>
            <line x1={t.x} x2={t.x} y1={plot.y + plot.height} y2={plot.y + plot.height + 4} />
            <text
              className={styles.tick}
              x={t.x}
              y={plot.y + plot.height + size.fontSize + 4}
              textAnchor={t.x > plot.x + plot.width - 12 ? 'end' : 'middle'}
            >
              {t.year}
            </text>
          </g>
        ))}
      </g>
      <text className={styles.axisLabel} x={plot.x + plot.width} y={height - 3} textAnchor="end">
        First release →
      </text>
      <text className={styles.axisLabel} x={2} y={size.fontSize} textAnchor="start">
        ↑ Openness score
      </text>
      <g>
        {layout.marks.map((m) => (
          <Shape key={m.id} kind={m.kind} cx={m.cx} cy={m.cy} r={size.markRadius} />
        ))}
      </g>
      <g className={styles.labels}>
        {layout.labels.map((l) => (
          <text key={l.id} x={l.x} y={l.y} textAnchor={l.anchor}>
            {l.text}
          </text>
        ))}
      </g>
    </svg>
  );
}

export default function OpennessTimeline({timeline = data}: OpennessTimelineProps): ReactNode {
  const id = useId();
  const {points, asOf} = timeline;
  const counts = KIND_ORDER.map((k) => ({kind: k, n: points.filter((p) => p.kind === k).length}));
  const first = points[0];
  const last = points.at(-1);
  const title = `Openness score of ${points.length} AI models by release date`;
  const desc =
    `Each point is a model, placed by first release (${first ? formatIsoDate(first.date) : ''} to ${
      last ? formatIsoDate(last.date) : ''
    }) and by openness score from 0 to 100: ` +
    `${counts.map((c) => `${c.n} ${TIMELINE_KINDS[c.kind].label.toLowerCase()}`).join('; ')}. ` +
    'The table after the chart lists every point.';
  return (
    <div className={styles.figure} data-testid="openness-timeline">
      <figure className={styles.inner}>
        {/* Two drawings of one chart; CSS shows the one that fits (text stays readable on a phone). */}
        <Chart
          layout={layoutTimeline(points, timeline.notable, LAYOUTS.wide)}
          id={`${id}-w`}
          className={styles.wide}
          title={title}
          desc={desc}
        />
        <Chart
          layout={layoutTimeline(points, timeline.notable, LAYOUTS.narrow)}
          id={`${id}-n`}
          className={styles.narrow}
          title={title}
          desc={desc}
        />
        <figcaption className={styles.caption}>
          <ul className={styles.legend}>
            {counts.map((c) => (
              <li key={c.kind}>
                <svg className={styles.key} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                  <Shape kind={c.kind} cx={8} cy={8.5} r={5.5} />
                </svg>
                {TIMELINE_KINDS[c.kind].label} ({TIMELINE_KINDS[c.kind].shape}, {c.n})
              </li>
            ))}
          </ul>
          <p className={styles.note}>
            Score: open counts 1, partial ½, closed 0, averaged over the rated openness dimensions (
            <DocLink doc="concepts/rubric">how we rate</DocLink>). Computed from the model records, last
            checked {formatIsoDate(asOf)}. Models released on the same day with the same score sit side by
            side.
          </p>
        </figcaption>
      </figure>
      <details className={styles.details} data-search-ignore="">
        <summary>Every plotted model as a table ({points.length})</summary>
        <table className={styles.table}>
          <caption className="sr-only">Models by release date with openness score and kind</caption>
          <thead>
            <tr>
              <th scope="col">Model</th>
              <th scope="col">Released</th>
              <th scope="col">Score</th>
              <th scope="col">Kind</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  <Link to={`/models/${p.id}/`}>{p.name}</Link>
                </th>
                <td>
                  <time dateTime={p.date}>{p.date}</time>
                </td>
                <td>{p.score}</td>
                <td>
                  <svg className={styles.key} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                    <Shape kind={p.kind} cx={8} cy={8.5} r={5.5} />
                  </svg>{' '}
                  {TIMELINE_KINDS[p.kind].short}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
