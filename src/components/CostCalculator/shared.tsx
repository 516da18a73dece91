/**
 * Static, server-rendered parts of the cost calculator: the worked example at typical volumes,
 * the table of price presets with dates and sources, and the formulas. No state, so they cost no
 * JavaScript beyond the page itself and read the same without JavaScript.
 */
import React, {type ReactNode} from 'react';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import {
  CLOSED_API_PRESETS,
  DEFAULT_CLOSED_PRESET,
  DEFAULT_HOSTED_PRESET,
  DEFAULT_VOLUME,
  HOSTED_OPEN_PRESETS,
  SELF_HOSTING_DEFAULTS,
  type PricePreset,
} from '@site/src/data/prices';
import {HOURS_PER_MONTH, computeCosts, formatUsd, type CostInputs} from '@site/src/lib/cost';
import {formatIsoDate} from '@site/src/domain/dates';
import {formatTokenCount} from '@site/src/lib/tokens';
import styles from './styles.module.css';

export type HeadingLevel = 2 | 3;

export function H({level, id, children}: {level: HeadingLevel; id: string; children: ReactNode}): ReactNode {
  return (
    <Heading as={level === 2 ? 'h2' : 'h3'} id={id}>
      {children}
    </Heading>
  );
}

export const DEFAULT_CLOSED = CLOSED_API_PRESETS.find((p) => p.id === DEFAULT_CLOSED_PRESET)!;
export const DEFAULT_HOSTED = HOSTED_OPEN_PRESETS.find((p) => p.id === DEFAULT_HOSTED_PRESET)!;

/** "$5 / $30" — prices per 1M tokens. */
export function pricePair(p: {inputPerMillion: number; outputPerMillion: number}): string {
  const f = (v: number) => `$${v.toLocaleString('en-US', {maximumFractionDigits: 3})}`;
  return `${f(p.inputPerMillion)} / ${f(p.outputPerMillion)}`;
}

/** Source link with its as-of date; secondary sources are marked "reported". */
export function PresetSource({preset}: {preset: PricePreset}): ReactNode {
  return (
    <>
      as of {formatIsoDate(preset.asOf)}, {preset.sourceKind === 'secondary' ? 'reported by ' : 'listed by '}
      <Link href={preset.sourceUrl}>
        {preset.sourceName}
        <span className="sr-only"> ({preset.label} price)</span>
      </Link>
    </>
  );
}

const WORKED_VOLUMES = [1e6, 1e7, 1e8, 1e9];
const INPUT_SHARE = DEFAULT_VOLUME.inputTokens / (DEFAULT_VOLUME.inputTokens + DEFAULT_VOLUME.outputTokens);

function inputsAt(volume: number, open: CostInputs['open']): CostInputs {
  return {
    inputTokens: volume * INPUT_SHARE,
    outputTokens: volume * (1 - INPUT_SHARE),
    closed: DEFAULT_CLOSED,
    open,
    openSharePercent: 100,
  };
}

function monthly(volume: number, open: CostInputs['open'], which: 'closedMonthly' | 'openMonthly'): string {
  const outcome = computeCosts(inputsAt(volume, open));
  return outcome.ok ? formatUsd(outcome.result[which]) : '—';
}

/** The worked example, computed from the defaults at build time. */
export function WorkedExample({level}: {level: HeadingLevel}): ReactNode {
  const hosted: CostInputs['open'] = {kind: 'hosted', ...DEFAULT_HOSTED};
  const self: CostInputs['open'] = {kind: 'self-hosted', ...SELF_HOSTING_DEFAULTS};
  const ratio = Math.round(INPUT_SHARE * 100);
  return (
    <section className={styles.worked} data-testid="calculator-worked-example">
      <H level={level} id="calculator-worked-example">
        Worked example at typical volumes
      </H>
      <p>
        Monthly cost at four volumes, with {ratio}% input and {100 - ratio}% output tokens (the calculator’s
        default mix). Prices: {DEFAULT_CLOSED.label} API at {pricePair(DEFAULT_CLOSED)} per 1M input / output
        tokens (<PresetSource preset={DEFAULT_CLOSED} />
        ); {DEFAULT_HOSTED.label} at {pricePair(DEFAULT_HOSTED)} (
        <PresetSource preset={DEFAULT_HOSTED} />
        ). Self-hosting is {SELF_HOSTING_DEFAULTS.gpuCount} GPU at $
        {SELF_HOSTING_DEFAULTS.gpuHourly.toFixed(2)} an hour, always on, plus $
        {SELF_HOSTING_DEFAULTS.fixedMonthlyOps.toLocaleString('en-US')} a month of operations: illustrative
        assumptions, not quoted prices.
      </p>
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling table must be reachable by keyboard (axe: scrollable-region-focusable) */}
      <div className={styles.tableWrap} role="region" aria-label="Worked example table" tabIndex={0}>
        <table>
          <caption>Monthly cost in US dollars</caption>
          <thead>
            <tr>
              <th scope="col">Tokens a month</th>
              <th scope="col">{DEFAULT_CLOSED.label} API</th>
              <th scope="col">{DEFAULT_HOSTED.label}</th>
              <th scope="col">Self-hosting (assumed)</th>
            </tr>
          </thead>
          <tbody>
            {WORKED_VOLUMES.map((v) => (
              <tr key={v}>
                <th scope="row">{formatTokenCount(v)}</th>
                <td>{monthly(v, self, 'closedMonthly')}</td>
                <td>{monthly(v, hosted, 'openMonthly')}</td>
                <td>{monthly(v, self, 'openMonthly')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Every preset with its prices, as-of date and source. */
export function PriceTable({level}: {level: HeadingLevel}): ReactNode {
  const rows = [...CLOSED_API_PRESETS, ...HOSTED_OPEN_PRESETS] as PricePreset[];
  return (
    <section>
      <H level={level} id="calculator-prices">
        Price presets and their sources
      </H>
      <p>
        List prices change often; each row says when its source showed it. Figures marked “reported” come from
        third-party sites, not the seller: check the provider’s own price page before you commit.
      </p>
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling table must be reachable by keyboard (axe: scrollable-region-focusable) */}
      <div className={styles.tableWrap} role="region" aria-label="Price presets table" tabIndex={0}>
        <table>
          <caption>US dollars per 1M tokens, input / output</caption>
          <thead>
            <tr>
              <th scope="col">Preset</th>
              <th scope="col">Type</th>
              <th scope="col">Input / output</th>
              <th scope="col">Date and source</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.label}</th>
                <td>{p.path === 'closed-api' ? 'Closed API' : 'Hosted open-weight'}</td>
                <td className={styles.num}>{pricePair(p)}</td>
                <td>
                  <PresetSource preset={p} />. {p.note}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The formulas, in words and symbols, matching src/lib/cost.ts. */
export function Formulas({level}: {level: HeadingLevel}): ReactNode {
  const s = SELF_HOSTING_DEFAULTS;
  return (
    <section>
      <H level={level} id="calculator-formulas">
        How the numbers are worked out
      </H>
      <ul>
        <li>
          <strong>Closed API and hosted open-weight:</strong> input tokens ÷ 1,000,000 × input price + output
          tokens ÷ 1,000,000 × output price. The cost grows in step with volume.
        </li>
        <li>
          <strong>Self-hosting</strong> (capacity-based): GPUs × price per GPU-hour × {HOURS_PER_MONTH} hours
          + fixed monthly operations cost. You pay for the GPUs all month whether they are busy or not.
        </li>
        <li>
          <strong>Capacity:</strong> GPUs × throughput (tokens per second) × utilization × 3,600 ×{' '}
          {HOURS_PER_MONTH} tokens a month. GPU-hours needed = tokens ÷ (throughput × utilization × 3,600). If
          your volume needs more, the calculator warns and says how many GPUs it would take.
        </li>
        <li>
          <strong>Hybrid:</strong> a share p of traffic goes to the open path. Cost = (1 − p) × closed API
          cost + the open path’s cost for its share; self-hosted GPUs are paid in full as soon as p is above
          0%.
        </li>
        <li>
          <strong>Difference and ratio:</strong> closed API cost − your plan’s cost, and closed API cost ÷
          your plan’s cost.
        </li>
        <li>
          <strong>Break-even volume:</strong> the monthly volume where the closed API line and your plan’s
          line cross, keeping your input/output mix. With a per-token open path both lines start at zero, so
          they never cross and one is cheaper at every volume.
        </li>
      </ul>
      <p>
        <strong>Self-hosting defaults are illustrative assumptions, not sourced facts:</strong> $
        {s.gpuHourly.toFixed(2)} per GPU-hour, {s.gpuCount} GPU, {s.throughputPerGpu.toLocaleString('en-US')}{' '}
        tokens per second, {s.utilizationPercent}% utilization and $
        {s.fixedMonthlyOps.toLocaleString('en-US')} a month of operations (the same assumptions as the worked
        self-hosting example in the guide). Real throughput depends on the model, the hardware, the serving
        software and the length of prompts and answers; replace every figure with your own quotes and
        measurements. Prices exclude taxes, discounts, cached-input rates and batch rates.
      </p>
    </section>
  );
}
