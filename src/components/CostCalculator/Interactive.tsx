/**
 * The interactive calculator: state, and the parts that show it (./Fields.tsx, ./Results.tsx).
 * Loaded lazily in the browser only (see index.tsx), so its code never reaches other pages. State
 * lives in the URL query (codec in src/lib/calculatorState.ts, synced by the shared useUrlState
 * hook); all arithmetic is in src/lib/cost.ts and all wording in src/lib/calculatorText.ts.
 */
import React, {type ReactNode, useId, useMemo} from 'react';
import type {ChartLine, ChartLineKey} from '@site/src/components/CostChart';
import {useUrlState, type UrlCodec} from '@site/src/components/UrlState';
import {CLOSED_API_PRESETS, HOSTED_OPEN_PRESETS} from '@site/src/data/prices';
import {
  decodeForm,
  evaluateForm,
  mergeFormIntoSearch,
  parseNumberInput,
  type CalculatorForm,
} from '@site/src/lib/calculatorState';
import {costAt, costLines, costSeries, type CostLine} from '@site/src/lib/cost';
import {openPaths, pathNames, planLabel, sharePlan, summarySentence} from '@site/src/lib/calculatorText';
import Fields from './Fields';
import {Comparison, PathSummary, type ChartData} from './Results';
import type {HeadingLevel} from './shared';
import styles from './styles.module.css';

const FORM_IN_URL: UrlCodec<CalculatorForm> = {decode: decodeForm, merge: mergeFormIntoSearch};

export default function Interactive({level}: {level: HeadingLevel}): ReactNode {
  const uid = useId().replace(/:/g, '');
  // Rendered in the browser only, so the form is read from the URL at once.
  const [form, setForm] = useUrlState(FORM_IN_URL);

  const evaluation = useMemo(() => evaluateForm(form), [form]);
  const errors = evaluation.errors;
  const result = evaluation.outcome?.ok ? evaluation.outcome.result : null;
  const paths = evaluation.paths?.ok ? evaluation.paths.result : null;
  const fid = (name: string) => `${uid}-${name}`;

  const names = pathNames(
    CLOSED_API_PRESETS.find((p) => p.id === form.closedPreset)?.label,
    HOSTED_OPEN_PRESETS.find((p) => p.id === form.hostedPreset)?.label,
  );
  const {labels, inSentence} = names;
  const {open: openPath, other: otherPath} = openPaths(form.openMode);
  const closedLabel = labels.closed;
  const openLabel = labels[openPath];
  const share = parseNumberInput(form.openSharePercent);
  const plan = sharePlan(share, !errors.openSharePercent);
  const {hybrid} = plan;
  const label = planLabel(plan, openPath, names);

  const chart = useMemo((): ChartData | null => {
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

  const summary = summarySentence(paths, names, Object.keys(errors).length);

  return (
    <div className={styles.calculator} data-testid="cost-calculator">
      <PathSummary level={level} paths={paths} labels={labels} summary={summary} />
      <Fields form={form} setForm={setForm} errors={errors} share={share} fid={fid} />
      <Comparison
        level={level}
        heading={`${closedLabel} against ${inSentence[openPath]}`}
        result={result}
        chart={chart}
        plan={plan}
        closedLabel={closedLabel}
        openLabel={openLabel}
        planLabel={label}
      />
    </div>
  );
}
