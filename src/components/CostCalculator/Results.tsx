/**
 * The cost calculator's results: the sticky three-path summary, and the detailed comparison of
 * the closed API with the chosen open path (costs, difference, ratio, break-even, GPU capacity,
 * chart and its data table). All wording comes from src/lib/calculatorText.ts.
 */
import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import CostChart, {type ChartLine, type ChartLineKey} from '@site/src/components/CostChart';
import {costAt, formatUsd, type CostLine, type CostResult} from '@site/src/lib/cost';
import {PATH_IDS, type PathId, type ThreePathResult} from '@site/src/lib/costPaths';
import {
  PATH_KIND,
  breakEvenSentence,
  capacitySentence,
  differenceSentence,
  ratioSentence,
  type SharePlan,
} from '@site/src/lib/calculatorText';
import {formatTokenCount} from '@site/src/lib/tokens';
import {H, type HeadingLevel} from './shared';
import styles from './Results.module.css';
import sharedStyles from './styles.module.css';

const TABLE_VOLUMES = [1e6, 1e7, 1e8, 1e9, 1e10];

/**
 * The sticky summary: all traffic on each of the three paths, cheapest marked by text and a
 * symbol as well as colour. It stays in view while the reader scrolls through the inputs.
 */
export function PathSummary({
  level,
  paths,
  labels,
  summary,
}: {
  level: HeadingLevel;
  paths: ThreePathResult | null;
  labels: Record<PathId, string>;
  summary: string;
}): ReactNode {
  const tie = paths !== null && paths.cheapest.length > 1;
  return (
    <section className={styles.paths} aria-labelledby="calculator-paths" data-testid="calculator-paths">
      <H level={level} id="calculator-paths">
        Three paths, all traffic
      </H>
      <p
        aria-live="polite"
        className={clsx(styles.summary, paths && styles.summaryShort)}
        data-testid="calculator-summary"
      >
        {summary}
      </p>
      {paths && (
        <ul className={styles.pathList}>
          {PATH_IDS.map((id) => {
            const cheapest = paths.cheapest.includes(id);
            return (
              <li
                key={id}
                className={clsx(styles.path, cheapest && styles.cheapest)}
                data-path={id}
                data-cheapest={cheapest ? 'true' : 'false'}
              >
                <span className={styles.pathName}>
                  <span className={styles.pathKind}>{PATH_KIND[id]}</span>
                  {labels[id]}
                  {cheapest && (
                    <span className={styles.badge}>
                      <span aria-hidden="true">★ </span>
                      {tie ? 'Cheapest (tie)' : 'Cheapest'}
                    </span>
                  )}
                </span>
                <span className={styles.pathCost} data-testid={`path-cost-${id}`}>
                  {formatUsd(paths.monthly[id])}
                  <span className={styles.perMonth}> a month</span>
                </span>
                {id === 'self' && paths.capacity.overCapacity && (
                  <span className={styles.pathWarning}>
                    <span aria-hidden="true">⚠ </span>Over capacity: needs {paths.capacity.gpusNeeded} GPUs
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
/** The chart's lines, and which cost line each key draws (for the data table). */
export interface ChartData {
  volumes: number[];
  lines: ChartLine[];
  lineOf: Partial<Record<ChartLineKey, CostLine>>;
}

export interface ComparisonProps {
  level: HeadingLevel;
  heading: string;
  result: CostResult | null;
  chart: ChartData | null;
  plan: SharePlan;
  closedLabel: string;
  openLabel: string;
  /** The plan's name mid-sentence (src/lib/calculatorText.ts `planLabel`). */
  planLabel: string;
}

export function Comparison({
  level,
  heading,
  result,
  chart,
  plan,
  closedLabel,
  openLabel,
  planLabel,
}: ComparisonProps): ReactNode {
  const {share, hybrid} = plan;
  return (
    <section className={styles.results} aria-labelledby="calculator-results">
      <H level={level} id="calculator-results">
        {heading}
      </H>
      {result ? (
        <>
          <dl className={styles.costs}>
            <div>
              <dt>{closedLabel}, all traffic</dt>
              <dd data-testid="cost-closed">{formatUsd(result.closedMonthly)} a month</dd>
            </div>
            <div>
              <dt>{openLabel}, all traffic</dt>
              <dd data-testid="cost-open">{formatUsd(result.openMonthly)} a month</dd>
            </div>
            {hybrid && (
              <div>
                <dt>Hybrid plan, {share}% open</dt>
                <dd data-testid="cost-plan">{formatUsd(result.planMonthly)} a month</dd>
              </div>
            )}
            <div>
              <dt>Difference</dt>
              <dd data-testid="cost-difference">{differenceSentence(result, plan, planLabel)}</dd>
            </div>
            <div>
              <dt>Ratio</dt>
              <dd data-testid="cost-ratio">{ratioSentence(result, planLabel)}</dd>
            </div>
            <div className={styles.wide}>
              <dt>Break-even</dt>
              <dd data-testid="break-even">{breakEvenSentence(result, planLabel)}</dd>
            </div>
          </dl>
          {result.capacity && (
            <p
              className={clsx(styles.capacity, result.capacity.overCapacity && styles.warning)}
              data-testid="capacity"
            >
              {result.capacity.overCapacity && <strong>Over capacity. </strong>}
              {capacitySentence(result.capacity)}
            </p>
          )}
          {chart && (
            <>
              <CostChart
                volumes={chart.volumes}
                lines={chart.lines}
                breakEvenVolume={result.breakEven.kind === 'volume' ? result.breakEven.volume : null}
                currentVolume={result.volume}
                title="Monthly cost against monthly token volume"
                description={`Log–log chart from 1 million to 10 billion tokens a month for the closed API, the hosted open-weight price and self-hosting. ${breakEvenSentence(result, planLabel)}`}
              />
              <details className={styles.details}>
                <summary>Chart data as a table</summary>
                {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling table must be reachable by keyboard (axe: scrollable-region-focusable) */}
                <div className={sharedStyles.tableWrap} role="region" aria-label="Chart data" tabIndex={0}>
                  <table>
                    <caption>Monthly cost in US dollars at each volume, with your input/output mix</caption>
                    <thead>
                      <tr>
                        <th scope="col">Tokens a month</th>
                        {chart.lines.map((l) => (
                          <th scope="col" key={l.key}>
                            {l.label}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {TABLE_VOLUMES.map((v) => (
                        <tr key={v}>
                          <th scope="row">{formatTokenCount(v)}</th>
                          {chart.lines.map((l) => (
                            <td key={l.key}>{formatUsd(costAt(chart.lineOf[l.key]!, v))}</td>
                          ))}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </details>
            </>
          )}
        </>
      ) : (
        <p className={styles.placeholderNote} data-testid="calculator-invalid">
          Results and chart appear when every field holds a valid value. Check the messages next to the
          highlighted fields.
        </p>
      )}
    </section>
  );
}
