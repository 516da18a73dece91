/**
 * The cost calculator's form state and its URL codec. Pure: no React, no DOM.
 *
 * The form keeps what the reader typed (strings), so a half-typed value is never rewritten under
 * their cursor. `toCostInputs` turns the form into numbers plus per-field errors. The URL holds only
 * fields that differ from the defaults, with short keys:
 *
 *   in, out   monthly input / output tokens ("5M")      cp  closed preset id or "custom"
 *   ci, co    closed prices per 1M (only when cp=custom) mode  "hosted" | "self"
 *   op        hosted preset id or "custom"              oi, oo  hosted prices (only when op=custom)
 *   gh, gn    GPU hourly price, GPU count               tp  throughput (tokens/s per GPU)
 *   ut        utilization %                             ops fixed monthly ops cost
 *   hy        share of traffic on the open path, %
 *
 * Decoding ignores unknown keys, unknown preset ids and values that do not parse, falling back to
 * the default for that field; it never throws.
 */
import {
  CLOSED_API_PRESETS,
  DEFAULT_CLOSED_PRESET,
  DEFAULT_HOSTED_PRESET,
  DEFAULT_VOLUME,
  HOSTED_OPEN_PRESETS,
  SELF_HOSTING_DEFAULTS,
  type PricePreset,
} from '../data/prices';
import {computeCosts, type CostError, type CostField, type CostInputs, type CostOutcome} from './cost';
import {compareThreePaths, type ThreePathOutcome} from './costPaths';
import {formatTokenCount, parseTokenCount} from './tokens';

/**
 * Which open-weight path the detailed comparison (difference, ratio, break-even, hybrid share) sets
 * against the closed API. The three-path summary always shows both.
 */
export type OpenMode = 'hosted' | 'self';
export const CUSTOM = 'custom';

export interface CalculatorForm {
  inputTokens: string;
  outputTokens: string;
  closedPreset: string;
  closedInput: string;
  closedOutput: string;
  openMode: OpenMode;
  hostedPreset: string;
  openInput: string;
  openOutput: string;
  gpuHourly: string;
  gpuCount: string;
  throughputPerGpu: string;
  utilizationPercent: string;
  fixedMonthlyOps: string;
  openSharePercent: string;
}

function findPreset(list: readonly PricePreset[], id: string): PricePreset | undefined {
  return list.find((p) => p.id === id);
}

function priceText(value: number): string {
  return String(value);
}

export function defaultForm(): CalculatorForm {
  const closed = findPreset(CLOSED_API_PRESETS, DEFAULT_CLOSED_PRESET)!;
  const hosted = findPreset(HOSTED_OPEN_PRESETS, DEFAULT_HOSTED_PRESET)!;
  return {
    inputTokens: formatTokenCount(DEFAULT_VOLUME.inputTokens),
    outputTokens: formatTokenCount(DEFAULT_VOLUME.outputTokens),
    closedPreset: closed.id,
    closedInput: priceText(closed.inputPerMillion),
    closedOutput: priceText(closed.outputPerMillion),
    // Hosted by default: the cost page's short answer compares the closed API with a hosted
    // open-weight price first; self-hosting only pays at high, steady volume.
    openMode: 'hosted',
    hostedPreset: hosted.id,
    openInput: priceText(hosted.inputPerMillion),
    openOutput: priceText(hosted.outputPerMillion),
    gpuHourly: String(SELF_HOSTING_DEFAULTS.gpuHourly),
    gpuCount: String(SELF_HOSTING_DEFAULTS.gpuCount),
    throughputPerGpu: String(SELF_HOSTING_DEFAULTS.throughputPerGpu),
    utilizationPercent: String(SELF_HOSTING_DEFAULTS.utilizationPercent),
    fixedMonthlyOps: String(SELF_HOSTING_DEFAULTS.fixedMonthlyOps),
    openSharePercent: '100',
  };
}

/** Selecting a preset fills its prices; "custom" keeps what is there. */
export function withClosedPreset(form: CalculatorForm, id: string): CalculatorForm {
  const preset = findPreset(CLOSED_API_PRESETS, id);
  if (!preset) return {...form, closedPreset: CUSTOM};
  return {
    ...form,
    closedPreset: preset.id,
    closedInput: priceText(preset.inputPerMillion),
    closedOutput: priceText(preset.outputPerMillion),
  };
}

export function withHostedPreset(form: CalculatorForm, id: string): CalculatorForm {
  const preset = findPreset(HOSTED_OPEN_PRESETS, id);
  if (!preset) return {...form, hostedPreset: CUSTOM};
  return {
    ...form,
    hostedPreset: preset.id,
    openInput: priceText(preset.inputPerMillion),
    openOutput: priceText(preset.outputPerMillion),
  };
}

/**
 * Parses a plain number as people type it: "2", "2.50", "$2.50", "1,500", "50%", " 3 ".
 * Returns NaN when it is not a number, so validation can name the field.
 */
export function parseNumberInput(text: string): number {
  const cleaned = text
    .trim()
    .replace(/^\$/, '')
    .replace(/%$/, '')
    .replace(/,(?=\d{3}(\D|$))/g, '')
    .trim();
  if (cleaned === '' || !/^[-−]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return Number.NaN;
  return Number(cleaned.replace('−', '-'));
}

const FIELD_LABEL_FOR_EMPTY: Record<CostField, string> = {
  inputTokens: 'Enter the monthly input tokens, for example 5M.',
  outputTokens: 'Enter the monthly output tokens, for example 1M.',
  closedInput: 'Enter the input price in dollars per million tokens.',
  closedOutput: 'Enter the output price in dollars per million tokens.',
  openInput: 'Enter the input price in dollars per million tokens.',
  openOutput: 'Enter the output price in dollars per million tokens.',
  gpuHourly: 'Enter the price of one GPU per hour in dollars.',
  gpuCount: 'Enter the number of GPUs.',
  throughputPerGpu: 'Enter the throughput in tokens per second per GPU.',
  utilizationPercent: 'Enter the utilization as a percentage.',
  fixedMonthlyOps: 'Enter the fixed monthly cost in dollars (0 if none).',
  openSharePercent: 'Enter the share of traffic for the open path, 0 to 100.',
};

export interface FormEvaluation {
  /** At most one message per field. */
  errors: Partial<Record<CostField, string>>;
  /** Present only when there are no errors. */
  inputs: CostInputs | null;
  outcome: CostOutcome | null;
  /** All traffic on each of the three paths; present only when there are no errors. */
  paths: ThreePathOutcome | null;
}

/** Parses every field, then validates the numbers; the first problem per field wins. */
export function evaluateForm(form: CalculatorForm): FormEvaluation {
  const errors: Partial<Record<CostField, string>> = {};
  const tokens = (field: 'inputTokens' | 'outputTokens'): number => {
    const parsed = parseTokenCount(form[field]);
    if (!parsed.ok) {
      errors[field] = form[field].trim() === '' ? FIELD_LABEL_FOR_EMPTY[field] : parsed.error;
      return Number.NaN;
    }
    return parsed.value;
  };
  const num = (field: Exclude<CostField, 'inputTokens' | 'outputTokens'>, text: string): number => {
    const value = parseNumberInput(text);
    if (Number.isNaN(value)) {
      errors[field] =
        text.trim() === ''
          ? FIELD_LABEL_FOR_EMPTY[field]
          : `“${text.trim()}” is not a number. ${FIELD_LABEL_FOR_EMPTY[field]}`;
    }
    return value;
  };
  const inputTokens = tokens('inputTokens');
  const outputTokens = tokens('outputTokens');
  const closed = {
    inputPerMillion: num('closedInput', form.closedInput),
    outputPerMillion: num('closedOutput', form.closedOutput),
  };
  // Both open paths are always parsed: the three-path summary needs them whatever the mode.
  const hosted = {
    inputPerMillion: num('openInput', form.openInput),
    outputPerMillion: num('openOutput', form.openOutput),
  };
  const selfHosted = {
    gpuHourly: num('gpuHourly', form.gpuHourly),
    gpuCount: num('gpuCount', form.gpuCount),
    throughputPerGpu: num('throughputPerGpu', form.throughputPerGpu),
    utilizationPercent: num('utilizationPercent', form.utilizationPercent),
    fixedMonthlyOps: num('fixedMonthlyOps', form.fixedMonthlyOps),
  };
  const inputs: CostInputs = {
    inputTokens,
    outputTokens,
    closed,
    open: form.openMode === 'hosted' ? {kind: 'hosted', ...hosted} : {kind: 'self-hosted', ...selfHosted},
    openSharePercent: num('openSharePercent', form.openSharePercent),
  };
  const outcome = computeCosts(inputs);
  const paths = compareThreePaths({inputTokens, outputTokens, closed, hosted, selfHosted});
  for (const checked of [outcome, paths]) {
    if (checked.ok) continue;
    for (const error of checked.errors as CostError[]) {
      if (!errors[error.field]) errors[error.field] = error.message;
    }
  }
  const valid = Object.keys(errors).length === 0 && outcome.ok && paths.ok;
  return {
    errors,
    inputs: valid ? inputs : null,
    outcome: valid ? outcome : null,
    paths: valid ? paths : null,
  };
}

type Key =
  | 'in'
  | 'out'
  | 'cp'
  | 'ci'
  | 'co'
  | 'mode'
  | 'op'
  | 'oi'
  | 'oo'
  | 'gh'
  | 'gn'
  | 'tp'
  | 'ut'
  | 'ops'
  | 'hy';

const TEXT_FIELDS: Array<[Key, keyof CalculatorForm]> = [
  ['in', 'inputTokens'],
  ['out', 'outputTokens'],
  ['gh', 'gpuHourly'],
  ['gn', 'gpuCount'],
  ['tp', 'throughputPerGpu'],
  ['ut', 'utilizationPercent'],
  ['ops', 'fixedMonthlyOps'],
  ['hy', 'openSharePercent'],
];

/** URL query (with or without "?") → form. Anything unknown or unparsable keeps its default. */
export function decodeForm(search: string): CalculatorForm {
  const params = new URLSearchParams(search);
  let form = defaultForm();
  const get = (key: Key): string | null => {
    const value = params.get(key);
    return value === null || value.length > 64 ? null : value.trim();
  };
  const tokenOk = (v: string) => parseTokenCount(v).ok;
  const numberOk = (v: string) => !Number.isNaN(parseNumberInput(v));
  for (const [key, field] of TEXT_FIELDS) {
    const value = get(key);
    const ok = field === 'inputTokens' || field === 'outputTokens' ? tokenOk : numberOk;
    if (value !== null && ok(value)) form = {...form, [field]: value};
  }
  const mode = get('mode');
  if (mode === 'hosted' || mode === 'self') form.openMode = mode;

  const cp = get('cp');
  const ci = get('ci');
  const co = get('co');
  if (cp !== null && findPreset(CLOSED_API_PRESETS, cp)) form = withClosedPreset(form, cp);
  else if ((cp === CUSTOM || cp === null) && ci !== null && co !== null && numberOk(ci) && numberOk(co)) {
    form = {...form, closedPreset: CUSTOM, closedInput: ci, closedOutput: co};
  }
  const op = get('op');
  const oi = get('oi');
  const oo = get('oo');
  if (op !== null && findPreset(HOSTED_OPEN_PRESETS, op)) form = withHostedPreset(form, op);
  else if ((op === CUSTOM || op === null) && oi !== null && oo !== null && numberOk(oi) && numberOk(oo)) {
    form = {...form, hostedPreset: CUSTOM, openInput: oi, openOutput: oo};
  }
  // A value that parses but is out of range (tp=-4, ut=150) is ignored like an unknown one.
  const defaults = defaultForm();
  const {errors} = evaluateForm(form);
  for (const field of Object.keys(errors) as CostField[]) form = {...form, [field]: defaults[field]};
  // Links shared before hosted became the default carry self-hosting values but no mode.
  const selfChanged = TEXT_FIELDS.slice(2, 7).some(([, field]) => form[field] !== defaults[field]);
  if (mode === null && selfChanged) form = {...form, openMode: 'self'};
  return form;
}

const OWN_KEYS: readonly Key[] = [
  'in',
  'out',
  'cp',
  'ci',
  'co',
  'mode',
  'op',
  'oi',
  'oo',
  'gh',
  'gn',
  'tp',
  'ut',
  'ops',
  'hy',
];

/**
 * The page's new search string ("" or "?…"): the calculator's keys from `form`, and any other
 * parameters already in `current` (such as docusaurus-theme) kept as they were.
 */
export function mergeFormIntoSearch(current: string, form: CalculatorForm): string {
  const params = new URLSearchParams(current);
  for (const key of OWN_KEYS) params.delete(key);
  for (const [key, value] of new URLSearchParams(encodeForm(form))) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Form → query string without "?" holding only what differs from the defaults ("" for defaults). */
export function encodeForm(form: CalculatorForm): string {
  const defaults = defaultForm();
  const params = new URLSearchParams();
  for (const [key, field] of TEXT_FIELDS.slice(0, 2)) {
    if (form[field].trim() !== defaults[field]) params.set(key, form[field].trim());
  }
  if (form.closedPreset !== defaults.closedPreset) params.set('cp', form.closedPreset);
  if (form.closedPreset === CUSTOM) {
    params.set('ci', form.closedInput.trim());
    params.set('co', form.closedOutput.trim());
  }
  const selfKeysChanged = TEXT_FIELDS.slice(2, 7).some(([, field]) => form[field].trim() !== defaults[field]);
  // decodeForm reads self-hosting keys without a mode as mode=self (older links), so say "hosted".
  if (form.openMode !== defaults.openMode || selfKeysChanged) params.set('mode', form.openMode);
  if (form.hostedPreset !== defaults.hostedPreset) params.set('op', form.hostedPreset);
  if (form.hostedPreset === CUSTOM) {
    params.set('oi', form.openInput.trim());
    params.set('oo', form.openOutput.trim());
  }
  for (const [key, field] of TEXT_FIELDS.slice(2)) {
    if (form[field].trim() !== defaults[field]) params.set(key, form[field].trim());
  }
  return params.toString();
}
