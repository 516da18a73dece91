/**
 * The interactive calculator: form, results, chart. Loaded lazily in the browser only (see
 * index.tsx), so its code never reaches other pages. State lives in the URL query
 * (src/lib/calculatorState.ts); all arithmetic is in src/lib/cost.ts.
 */
import React, {type ChangeEvent, type ReactNode, useEffect, useId, useMemo, useState} from 'react';
import clsx from 'clsx';
import {useHistory, useLocation} from '@docusaurus/router';
import Translate, {translate} from '@docusaurus/Translate';
import CostChart, {type ChartLine, type ChartLineKey} from '@site/src/components/CostChart';
import {CLOSED_API_PRESETS, HOSTED_OPEN_PRESETS, type PricePreset} from '@site/src/data/prices';
import {
  CUSTOM,
  decodeForm,
  defaultForm,
  evaluateForm,
  mergeFormIntoSearch,
  parseNumberInput,
  withClosedPreset,
  withHostedPreset,
  type CalculatorForm,
} from '@site/src/lib/calculatorState';
import {
  PATH_IDS,
  costAt,
  costLines,
  costSeries,
  formatRatio,
  formatUsd,
  type CostLine,
  type CostResult,
  type PathId,
  type ThreePathResult,
} from '@site/src/lib/cost';
import {formatTokenCount, formatTokenCountLong} from '@site/src/lib/tokens';
import {H, PresetSource, pricePair, type HeadingLevel} from './shared';
import styles from './styles.module.css';

const TABLE_VOLUMES = [1e6, 1e7, 1e8, 1e9, 1e10];

interface FieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  prefix?: string;
  suffix?: string;
  inputMode?: 'decimal' | 'numeric' | 'text';
}

function Field({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  prefix,
  suffix,
  inputMode = 'decimal',
}: FieldProps): ReactNode {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <div className={clsx(styles.control, error && styles.controlInvalid)}>
        {prefix && <span aria-hidden="true">{prefix}</span>}
        <input
          id={id}
          name={id}
          type="text"
          inputMode={inputMode}
          autoComplete="off"
          spellCheck={false}
          value={value}
          onChange={(e: ChangeEvent<HTMLInputElement>) => onChange(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
        />
        {suffix && <span aria-hidden="true">{suffix}</span>}
      </div>
      {hint && (
        <p id={`${id}-hint`} className={styles.hint}>
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className={styles.error}>
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
    </div>
  );
}

function PresetSelect({
  id,
  label,
  presets,
  value,
  onChange,
}: {
  id: string;
  label: string;
  presets: readonly PricePreset[];
  value: string;
  onChange: (id: string) => void;
}): ReactNode {
  const current = presets.find((p) => p.id === value);
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className={styles.select}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={`${id}-source`}
      >
        {presets.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label} — {pricePair(p)}
          </option>
        ))}
        <option value={CUSTOM}>
          {translate({id: 'costCalculator.customPrices', message: 'Custom prices'})}
        </option>
      </select>
      <p id={`${id}-source`} className={styles.hint}>
        {current ? (
          <>
            {pricePair(current)} per 1M tokens, <PresetSource preset={current} />.
          </>
        ) : (
          <Translate id="costCalculator.customHint">
            Your own prices, in US dollars per 1 million tokens.
          </Translate>
        )}
      </p>
    </div>
  );
}

function describeBreakEven(r: CostResult, planLabel: string): string {
  const be = r.breakEven;
  if (be.kind === 'volume') {
    const cheaperAbove = be.cheaperAbove === 'open' ? planLabel : 'the closed API';
    const cheaperBelow = be.cheaperBelow === 'open' ? planLabel : 'the closed API';
    return `Break-even: ${formatTokenCountLong(be.volume)} tokens a month (${formatTokenCount(be.volume)}). Below that ${cheaperBelow} is cheaper; above it ${cheaperAbove} is cheaper.`;
  }
  if (be.cheaper === 'equal') return 'No break-even: both options cost the same at every volume.';
  return be.cheaper === 'open'
    ? `No break-even: ${planLabel} is cheaper than the closed API at every volume.`
    : `No break-even: the closed API is cheaper than ${planLabel} at every volume.`;
}

const PATH_KIND: Record<PathId, string> = {
  closed: 'Closed API',
  hosted: 'Hosted open-weight',
  self: 'Self-hosted open-weight',
};

/**
 * The sticky summary: all traffic on each of the three paths, cheapest marked by text and a
 * symbol as well as colour. It stays in view while the reader scrolls through the inputs.
 */
function PathSummary({
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

export default function Interactive({level}: {level: HeadingLevel}): ReactNode {
  const uid = useId().replace(/:/g, '');
  const history = useHistory();
  const location = useLocation();
  const [form, setForm] = useState<CalculatorForm>(() => decodeForm(location.search));

  useEffect(() => {
    const search = mergeFormIntoSearch(location.search, form);
    if (search !== location.search)
      history.replace({pathname: location.pathname, search, hash: location.hash});
    // Only the form drives the URL; reading location here would fight the reader's typing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [form]);

  const evaluation = useMemo(() => evaluateForm(form), [form]);
  const errors = evaluation.errors;
  const result = evaluation.outcome?.ok ? evaluation.outcome.result : null;
  const paths = evaluation.paths?.ok ? evaluation.paths.result : null;
  const set = (patch: Partial<CalculatorForm>) => setForm((f) => ({...f, ...patch}));
  const fid = (name: string) => `${uid}-${name}`;

  const closedPreset = CLOSED_API_PRESETS.find((p) => p.id === form.closedPreset);
  const hostedPreset = HOSTED_OPEN_PRESETS.find((p) => p.id === form.hostedPreset);
  const labels: Record<PathId, string> = {
    closed: closedPreset ? `${closedPreset.label} API` : 'Closed API (your prices)',
    hosted: hostedPreset ? hostedPreset.label : 'Hosted open-weight (your prices)',
    self: 'Self-hosting on your GPUs',
  };
  // Mid-sentence forms keep model names as they are spelled ("gpt-oss-120b", never "Gpt-oss").
  const inSentence: Record<PathId, string> = {
    closed: 'the closed API',
    hosted: labels.hosted,
    self: 'self-hosting',
  };
  const openPath: PathId = form.openMode === 'self' ? 'self' : 'hosted';
  const otherPath: PathId = openPath === 'self' ? 'hosted' : 'self';
  const closedLabel = labels.closed;
  const openLabel = labels[openPath];
  const share = parseNumberInput(form.openSharePercent);
  const hybrid = !errors.openSharePercent && share > 0 && share < 100;
  const closedOnly = !errors.openSharePercent && share === 0;
  const planLabel = hybrid
    ? `the hybrid plan (${share}% on ${inSentence[openPath]})`
    : closedOnly
      ? 'the closed API'
      : inSentence[openPath];

  const chart = useMemo(() => {
    if (!evaluation.inputs || !result) return null;
    const series = costSeries(evaluation.inputs, {from: 1e6, to: 1e10, points: 41});
    if (series.length === 0) return null;
    // The other open path, drawn too so the chart shows all three ways to pay.
    const other = evaluateForm({...form, openMode: otherPath === 'self' ? 'self' : 'hosted'});
    const otherLines = other.inputs ? costLines(other.inputs) : null;
    const lineOf: Partial<Record<ChartLineKey, CostLine>> = {
      closed: result.lines.closed,
      open: result.lines.open,
      plan: result.lines.plan,
      ...(otherLines ? {other: otherLines.open} : {}),
    };
    const lines: ChartLine[] = [
      {key: 'closed', label: closedLabel, values: series.map((p) => p.closed)},
      {key: 'open', label: openLabel, values: series.map((p) => p.open)},
    ];
    if (otherLines)
      lines.push({
        key: 'other',
        label: labels[otherPath],
        values: series.map((p) => costAt(otherLines.open, p.volume)),
      });
    if (hybrid) lines.push({key: 'plan', label: `Hybrid: ${share}% open`, values: series.map((p) => p.plan)});
    return {volumes: series.map((p) => p.volume), lines, lineOf};
    // labels are derived from form, which is already a dependency.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [evaluation.inputs, result, form, hybrid, share]);

  const errorCount = Object.keys(errors).length;
  const summary = paths
    ? paths.cheapest.length > 1
      ? `At ${formatTokenCount(paths.volume)} tokens a month, ${paths.cheapest.map((id) => inSentence[id]).join(' and ')} cost the same: ${formatUsd(paths.monthly[paths.cheapest[0]])} a month.`
      : `Cheapest at ${formatTokenCount(paths.volume)} tokens a month: ${inSentence[paths.cheapest[0]]}, ${formatUsd(paths.monthly[paths.cheapest[0]])} a month.`
    : `${errorCount} ${errorCount === 1 ? 'field needs' : 'fields need'} fixing before the calculator can show costs.`;

  return (
    <div className={styles.calculator} data-testid="cost-calculator">
      <PathSummary level={level} paths={paths} labels={labels} summary={summary} />
      <form className={styles.form} onSubmit={(e) => e.preventDefault()} noValidate>
        <fieldset className={styles.fieldset}>
          <legend>
            <Translate id="costCalculator.volume.legend">Monthly volume</Translate>
          </legend>
          <Field
            id={fid('in')}
            label="Input tokens a month"
            hint="For example 5M, 250k, 1.2B or 1,000,000."
            inputMode="text"
            value={form.inputTokens}
            onChange={(v) => set({inputTokens: v})}
            error={errors.inputTokens}
          />
          <Field
            id={fid('out')}
            label="Output tokens a month"
            inputMode="text"
            value={form.outputTokens}
            onChange={(v) => set({outputTokens: v})}
            error={errors.outputTokens}
          />
        </fieldset>

        <fieldset className={styles.fieldset}>
          <legend>
            <Translate id="costCalculator.closed.legend">Closed API</Translate>
          </legend>
          <PresetSelect
            id={fid('cp')}
            label="Model and price"
            presets={CLOSED_API_PRESETS}
            value={form.closedPreset}
            onChange={(id) => setForm((f) => withClosedPreset(f, id))}
          />
          <div className={styles.pair}>
            <Field
              id={fid('ci')}
              label="Input, $ per 1M tokens"
              prefix="$"
              value={form.closedInput}
              onChange={(v) => set({closedInput: v, closedPreset: CUSTOM})}
              error={errors.closedInput}
            />
            <Field
              id={fid('co')}
              label="Output, $ per 1M tokens"
              prefix="$"
              value={form.closedOutput}
              onChange={(v) => set({closedOutput: v, closedPreset: CUSTOM})}
              error={errors.closedOutput}
            />
          </div>
        </fieldset>

        <fieldset className={styles.fieldset}>
          <legend>
            <Translate id="costCalculator.hosted.legend">Hosted open-weight</Translate>
          </legend>
          <PresetSelect
            id={fid('op')}
            label="Provider and price"
            presets={HOSTED_OPEN_PRESETS}
            value={form.hostedPreset}
            onChange={(id) => setForm((f) => withHostedPreset(f, id))}
          />
          <div className={styles.pair}>
            <Field
              id={fid('oi')}
              label="Input, $ per 1M tokens"
              prefix="$"
              value={form.openInput}
              onChange={(v) => set({openInput: v, hostedPreset: CUSTOM})}
              error={errors.openInput}
            />
            <Field
              id={fid('oo')}
              label="Output, $ per 1M tokens"
              prefix="$"
              value={form.openOutput}
              onChange={(v) => set({openOutput: v, hostedPreset: CUSTOM})}
              error={errors.openOutput}
            />
          </div>
        </fieldset>

        <fieldset className={styles.fieldset}>
          <legend>
            <Translate id="costCalculator.self.legend">Self-hosting</Translate>
          </legend>
          <p className={styles.assumption} id={fid('assumption')}>
            <strong>Illustrative assumptions, not sourced facts.</strong> Replace them with your own GPU quote
            and measured throughput.
          </p>
          <div className={styles.pair}>
            <Field
              id={fid('gh')}
              label="GPU price per hour"
              prefix="$"
              value={form.gpuHourly}
              onChange={(v) => set({gpuHourly: v})}
              error={errors.gpuHourly}
            />
            <Field
              id={fid('gn')}
              label="Number of GPUs"
              inputMode="numeric"
              value={form.gpuCount}
              onChange={(v) => set({gpuCount: v})}
              error={errors.gpuCount}
            />
            <Field
              id={fid('tp')}
              label="Tokens per second per GPU"
              value={form.throughputPerGpu}
              onChange={(v) => set({throughputPerGpu: v})}
              error={errors.throughputPerGpu}
              hint="Throughput: input and output tokens together."
            />
            <Field
              id={fid('ut')}
              label="Utilization"
              suffix="%"
              value={form.utilizationPercent}
              onChange={(v) => set({utilizationPercent: v})}
              error={errors.utilizationPercent}
              hint="Share of paid hours spent serving."
            />
          </div>
          <Field
            id={fid('ops')}
            label="Fixed ops cost a month"
            prefix="$"
            value={form.fixedMonthlyOps}
            onChange={(v) => set({fixedMonthlyOps: v})}
            error={errors.fixedMonthlyOps}
            hint="Engineering and operations time, monitoring, storage: 0 if you leave it out."
          />
        </fieldset>

        <fieldset className={styles.fieldset}>
          <legend>
            <Translate id="costCalculator.detail.legend">Detailed comparison</Translate>
          </legend>
          <fieldset className={styles.radios}>
            <legend className={styles.subLegend}>Set the closed API against</legend>
            <label>
              <input
                type="radio"
                name={fid('mode')}
                value="hosted"
                checked={form.openMode === 'hosted'}
                onChange={() => set({openMode: 'hosted'})}
              />{' '}
              The hosted open-weight price
            </label>
            <label>
              <input
                type="radio"
                name={fid('mode')}
                value="self"
                checked={form.openMode === 'self'}
                onChange={() => set({openMode: 'self'})}
              />{' '}
              Self-hosting on rented GPUs
            </label>
          </fieldset>
          <div className={styles.shareRow}>
            <input
              type="range"
              min={0}
              max={100}
              step={5}
              value={errors.openSharePercent ? 100 : share}
              onChange={(e) => set({openSharePercent: e.target.value})}
              aria-label="Open-weight share slider"
              aria-valuetext={`${errors.openSharePercent ? 100 : share}% on the open-weight path`}
              className={styles.range}
            />
            <Field
              id={fid('hy')}
              label="Share of traffic on the open-weight path"
              suffix="%"
              value={form.openSharePercent}
              onChange={(v) => set({openSharePercent: v})}
              error={errors.openSharePercent}
              hint="100% = all traffic on the open path; 0% = closed API only; in between prices a hybrid."
            />
          </div>
        </fieldset>

        <div className={styles.actions}>
          <button type="button" className="button button--secondary" onClick={() => setForm(defaultForm())}>
            <Translate id="costCalculator.reset">Reset to defaults</Translate>
          </button>
          <span className={styles.hint}>
            <Translate id="costCalculator.shareHint">
              The address bar holds your inputs: copy it to share this result.
            </Translate>
          </span>
        </div>
      </form>

      <section className={styles.results} aria-labelledby="calculator-results">
        <H level={level} id="calculator-results">
          {`${closedLabel} against ${inSentence[openPath]}`}
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
                <dd data-testid="cost-difference">
                  {result.difference === 0 || closedOnly
                    ? 'None: both cost the same'
                    : result.difference > 0
                      ? `You save ${formatUsd(result.difference)} a month with ${planLabel}`
                      : `You pay ${formatUsd(-result.difference)} a month more with ${planLabel}`}
                </dd>
              </div>
              <div>
                <dt>Ratio</dt>
                <dd data-testid="cost-ratio">
                  {result.ratio === null
                    ? `No ratio: ${planLabel} costs $0`
                    : result.ratio >= 1
                      ? `The closed API costs ${formatRatio(result.ratio)} as much as ${planLabel}`
                      : `At this volume, ${planLabel} costs ${formatRatio(1 / result.ratio)} as much as the closed API`}
                </dd>
              </div>
              <div className={styles.wide}>
                <dt>Break-even</dt>
                <dd data-testid="break-even">{describeBreakEven(result, planLabel)}</dd>
              </div>
            </dl>
            {result.capacity && (
              <p
                className={clsx(styles.capacity, result.capacity.overCapacity && styles.warning)}
                data-testid="capacity"
              >
                {result.capacity.overCapacity && <strong>Over capacity. </strong>}
                Serving {formatTokenCountLong(result.capacity.tokensServed)} tokens a month takes about{' '}
                {Math.ceil(result.capacity.gpuHoursNeeded).toLocaleString('en-US')} GPU-hours at this
                throughput; you pay for {result.capacity.gpuHoursPaid.toLocaleString('en-US')} (
                {formatTokenCountLong(result.capacity.tokensPerMonth)} tokens of capacity).
                {result.capacity.overCapacity &&
                  ` You would need ${result.capacity.gpusNeeded} GPUs; the cost above assumes the GPUs you entered.`}
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
                  description={`Log–log chart from 1 million to 10 billion tokens a month for the closed API, the hosted open-weight price and self-hosting. ${describeBreakEven(result, planLabel)}`}
                />
                <details className={styles.details}>
                  <summary>Chart data as a table</summary>
                  {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling table must be reachable by keyboard (axe: scrollable-region-focusable) */}
                  <div className={styles.tableWrap} role="region" aria-label="Chart data" tabIndex={0}>
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
    </div>
  );
}
