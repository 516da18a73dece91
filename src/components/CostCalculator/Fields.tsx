/**
 * The cost calculator's form: monthly volume, the closed API and hosted open-weight prices (a
 * preset or the reader's own), the self-hosting assumptions, the comparison mode and the
 * open-weight share. Controlled by ./Interactive.tsx; it holds no state of its own.
 */
import React, {type ChangeEvent, type Dispatch, type ReactNode, type SetStateAction} from 'react';
import clsx from 'clsx';
import Translate, {translate} from '@docusaurus/Translate';
import {CLOSED_API_PRESETS, HOSTED_OPEN_PRESETS, type PricePreset} from '@site/src/data/prices';
import {
  CUSTOM,
  defaultForm,
  withClosedPreset,
  withHostedPreset,
  type CalculatorForm,
  type FormEvaluation,
} from '@site/src/lib/calculatorState';
import {PresetSource, pricePair} from './shared';
import styles from './Fields.module.css';

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
export interface FieldsProps {
  form: CalculatorForm;
  setForm: Dispatch<SetStateAction<CalculatorForm>>;
  errors: FormEvaluation['errors'];
  /** The open-weight share as typed, parsed to a number. */
  share: number;
  /** An element id for a field, unique on the page. */
  fid: (name: string) => string;
}

export default function Fields({form, setForm, errors, share, fid}: FieldsProps): ReactNode {
  const set = (patch: Partial<CalculatorForm>) => setForm((f) => ({...f, ...patch}));
  return (
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
  );
}
