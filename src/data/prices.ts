/**
 * Price presets for the cost calculator, in US dollars per 1 million tokens.
 *
 * API prices are not typed here: each preset names its provider and model in the pinned
 * `@pydantic/genai-prices` dataset (MIT; curated from the vendors' pricing pages), and the numbers
 * come from src/data/generated/genai-prices.json, written by `npm run prices:update` from the
 * installed package. The build (src/plugins/dataset) and a unit test fail when that snapshot differs
 * from the installed package, or when a preset names a model the dataset does not have. Every price
 * is dated by the dataset version's publication date.
 *
 * To add a preset: append a spec to CLOSED_API_SPECS or HOSTED_OPEN_SPECS (ids are kebab-case and
 * never change; they appear in shared calculator URLs), then run `npm run prices:update`. `modelId`
 * is set only when src/data has a model record with that id.
 *
 * SELF_HOSTING_DEFAULTS are NOT sourced facts: they are round illustrative assumptions, and the
 * calculator says so next to them.
 */
import type {ModelId} from './models';
import type {SourceId} from './sources';
import type {IsoDate, SourceKind} from '../domain/types';
import GENERATED_JSON from './generated/genai-prices.json';

interface GeneratedPrice {
  inputPerMillion: number;
  outputPerMillion: number;
  pricingUrl: string;
  providerName: string;
  caveat?: string;
}
const GENERATED = GENERATED_JSON as {
  package: string;
  version: string;
  published: IsoDate;
  prices: Record<string, GeneratedPrice>;
};

export type PricePath = 'closed-api' | 'hosted-open';

export const PRICE_PATHS: Record<PricePath, {label: string; description: string}> = {
  'closed-api': {
    label: 'Closed API',
    description: 'A proprietary model reached only through its maker’s API.',
  },
  'hosted-open': {
    label: 'Hosted open-weight',
    description: 'An open-weight model served by a third-party provider, billed per token.',
  },
};

export interface PricePreset {
  /** Stable kebab-case id, used in calculator URLs. */
  id: string;
  /** Short name shown in menus. */
  label: string;
  /** Id of the model record in the shared dataset, when there is one. */
  modelId?: string;
  /** Who sells at this price. */
  provider: string;
  path: PricePath;
  /** USD per 1 million input tokens. */
  inputPerMillion: number;
  /** USD per 1 million output tokens. */
  outputPerMillion: number;
  /** When the source showed this price (YYYY, YYYY-MM or YYYY-MM-DD). */
  asOf: IsoDate;
  /** https page that showed the price. */
  sourceUrl: string;
  /** Name of the site or publisher behind sourceUrl, for link text. */
  sourceName: string;
  sourceKind: SourceKind;
  /** Caveats a reader needs before relying on the figure. */
  note: string;
}

/** Where a preset's price lives in @pydantic/genai-prices: provider id and model id there. */
export interface DatasetRef {
  provider: string;
  model: string;
}

export interface PresetSpec {
  id: string;
  label: string;
  /** Id of the model record (typechecked). */
  modelId?: ModelId;
  provider: string;
  path: PricePath;
  dataset: DatasetRef;
  /**
   * Source record of the pricing page the dataset names for this price (src/data/sources/); the
   * build checks its URL is the dataset's `pricingUrl`, so the page has one home.
   */
  source: SourceId;
  /** Caveats a reader needs before relying on the figure (the dataset's own caveat is added). */
  note: string;
}

/** Closed API list prices, newest model first. */
const CLOSED_API_SPECS = [
  {
    id: 'gpt-5-5',
    label: 'GPT-5.5',
    modelId: 'gpt-5-5',
    provider: 'OpenAI',
    path: 'closed-api',
    dataset: {provider: 'openai', model: 'gpt-5.5'},
    source: 'openai-api-pricing',
    note: "OpenAI's list price for GPT-5.5 through its API.",
  },
  {
    id: 'claude-opus-5-5',
    label: 'Claude Opus 5.5',
    modelId: 'claude-opus-5-5',
    provider: 'Anthropic',
    path: 'closed-api',
    dataset: {provider: 'anthropic', model: 'claude-opus-5-5'},
    source: 'anthropic-api-pricing',
    note: "Anthropic's list price for its Opus model.",
  },
  {
    id: 'gemini-3-1-pro',
    label: 'Gemini 3.1 Pro (preview)',
    modelId: 'gemini-3-1-pro',
    provider: 'Google',
    path: 'closed-api',
    dataset: {provider: 'google', model: 'gemini-3.1-pro-preview'},
    source: 'gemini-api-pricing',
    note: 'Preview model in the Gemini API.',
  },
  {
    id: 'gpt-5-4',
    label: 'GPT-5.4',
    provider: 'OpenAI',
    path: 'closed-api',
    dataset: {provider: 'openai', model: 'gpt-5.4'},
    source: 'openai-api-pricing',
    note: 'The GPT-5.x release before GPT-5.5.',
  },
  {
    id: 'gpt-5-2',
    label: 'GPT-5.2',
    modelId: 'gpt-5-2',
    provider: 'OpenAI',
    path: 'closed-api',
    dataset: {provider: 'openai', model: 'gpt-5.2'},
    source: 'openai-api-pricing',
    note: 'An earlier GPT-5.x model, still listed.',
  },
  {
    id: 'gpt-5',
    label: 'GPT-5',
    modelId: 'gpt-5',
    provider: 'OpenAI',
    path: 'closed-api',
    dataset: {provider: 'openai', model: 'gpt-5'},
    source: 'openai-api-pricing',
    note: 'The first GPT-5 model (August 2025).',
  },
  {
    id: 'gpt-5-mini',
    label: 'GPT-5 mini',
    provider: 'OpenAI',
    path: 'closed-api',
    dataset: {provider: 'openai', model: 'gpt-5-mini'},
    source: 'openai-api-pricing',
    note: 'A smaller, cheaper sibling of GPT-5.',
  },
  {
    id: 'gpt-4o',
    label: 'GPT-4o',
    modelId: 'gpt-4o',
    provider: 'OpenAI',
    path: 'closed-api',
    dataset: {provider: 'openai', model: 'gpt-4o'},
    source: 'openai-api-pricing',
    note: 'An older model, still listed.',
  },
] as const satisfies readonly PresetSpec[];

/** Per-token prices for open-weight models served by others (or by their maker). */
const HOSTED_OPEN_SPECS = [
  {
    id: 'openrouter-gpt-oss-120b',
    label: 'gpt-oss-120b on OpenRouter',
    modelId: 'gpt-oss-120b',
    provider: 'OpenRouter',
    path: 'hosted-open',
    dataset: {provider: 'openrouter', model: 'openai/gpt-oss-120b'},
    source: 'openrouter-models',
    note: 'OpenRouter routes requests across several underlying providers.',
  },
  {
    id: 'openrouter-gpt-oss-20b',
    label: 'gpt-oss-20b on OpenRouter',
    modelId: 'gpt-oss-20b',
    provider: 'OpenRouter',
    path: 'hosted-open',
    dataset: {provider: 'openrouter', model: 'openai/gpt-oss-20b'},
    source: 'openrouter-models',
    note: 'The smaller gpt-oss model; routed across providers.',
  },
  {
    id: 'groq-gpt-oss-120b',
    label: 'gpt-oss-120b on Groq',
    modelId: 'gpt-oss-120b',
    provider: 'Groq',
    path: 'hosted-open',
    dataset: {provider: 'groq', model: 'openai/gpt-oss-120b'},
    source: 'groq-models-docs',
    note: 'One provider serving the model directly.',
  },
  {
    id: 'cerebras-gpt-oss-120b',
    label: 'gpt-oss-120b on Cerebras',
    modelId: 'gpt-oss-120b',
    provider: 'Cerebras',
    path: 'hosted-open',
    dataset: {provider: 'cerebras', model: 'gpt-oss-120b'},
    source: 'cerebras-pricing',
    note: 'A faster, dearer host of the same model.',
  },
  {
    id: 'openrouter-deepseek-v3-2',
    label: 'DeepSeek-V3.2 on OpenRouter',
    modelId: 'deepseek-v3-2',
    provider: 'OpenRouter',
    path: 'hosted-open',
    dataset: {provider: 'openrouter', model: 'deepseek/deepseek-v3.2'},
    source: 'openrouter-models',
    note: 'MIT-licensed open weights, served by third parties.',
  },
  {
    id: 'openrouter-deepseek-r1',
    label: 'DeepSeek-R1 on OpenRouter',
    modelId: 'deepseek-r1',
    provider: 'OpenRouter',
    path: 'hosted-open',
    dataset: {provider: 'openrouter', model: 'deepseek/deepseek-r1'},
    source: 'openrouter-models',
    note: 'A reasoning model: it writes many output tokens.',
  },
  {
    id: 'mistral-large-3',
    label: 'Mistral Large 3 on Mistral',
    modelId: 'mistral-large-3',
    provider: 'Mistral AI',
    path: 'hosted-open',
    dataset: {provider: 'mistral', model: 'mistral-large-2512'},
    source: 'mistral-api-pricing',
    note: "Open-weight model served by its maker's API.",
  },
  {
    id: 'openrouter-qwen3-235b',
    label: 'Qwen3-235B on OpenRouter',
    modelId: 'qwen3-235b',
    provider: 'OpenRouter',
    path: 'hosted-open',
    dataset: {provider: 'openrouter', model: 'qwen/qwen3-235b-a22b'},
    source: 'openrouter-models',
    note: 'Apache-2.0 open weights, served by third parties.',
  },
  {
    id: 'openrouter-llama-4-maverick',
    label: 'Llama 4 Maverick on OpenRouter',
    modelId: 'llama-4-maverick',
    provider: 'OpenRouter',
    path: 'hosted-open',
    dataset: {provider: 'openrouter', model: 'meta-llama/llama-4-maverick'},
    source: 'openrouter-models',
    note: "Meta's community license applies, including its EU exclusion for multimodal models.",
  },
  {
    id: 'openrouter-kimi-k2',
    label: 'Kimi K2 on OpenRouter',
    modelId: 'kimi-k2',
    provider: 'OpenRouter',
    path: 'hosted-open',
    dataset: {provider: 'openrouter', model: 'moonshotai/kimi-k2'},
    source: 'openrouter-models',
    note: 'Open weights under a modified MIT license.',
  },
  {
    id: 'openrouter-glm-4-5',
    label: 'GLM-4.5 on OpenRouter',
    modelId: 'glm-4-5',
    provider: 'OpenRouter',
    path: 'hosted-open',
    dataset: {provider: 'openrouter', model: 'z-ai/glm-4.5'},
    source: 'openrouter-models',
    note: 'MIT-licensed open weights, served by third parties.',
  },
] as const satisfies readonly PresetSpec[];

/** Each preset's pricing-page source id (the build checks it against the dataset's pricingUrl). */
export const PRESET_SOURCES: Readonly<Record<string, SourceId>> = Object.fromEntries(
  [...CLOSED_API_SPECS, ...HOSTED_OPEN_SPECS].map((s) => [s.id, s.source]),
);

/** Each dataset-backed preset's place in the dataset (for the build check and the update script). */
export const DATASET_REFS: Readonly<Record<string, DatasetRef>> = Object.fromEntries(
  [...CLOSED_API_SPECS, ...HOSTED_OPEN_SPECS].map((s) => [s.id, s.dataset]),
);

/**
 * The dataset's price for a spec, as a calculator preset dated by the dataset's release. A spec with
 * no price in the snapshot yet is left out here; the build names it (src/plugins/dataset).
 */
function resolve(spec: PresetSpec): PricePreset[] {
  const price = GENERATED.prices[spec.id];
  if (!price) return [];
  const preset: PricePreset = {
    id: spec.id,
    label: spec.label,
    ...(spec.modelId ? {modelId: spec.modelId} : {}),
    provider: spec.provider,
    path: spec.path,
    inputPerMillion: price.inputPerMillion,
    outputPerMillion: price.outputPerMillion,
    asOf: GENERATED.published,
    sourceUrl: price.pricingUrl,
    sourceName: `${price.providerName} pricing, via genai-prices ${GENERATED.version}`,
    sourceKind: 'secondary',
    note: price.caveat ? `${spec.note} ${price.caveat}` : spec.note,
  };
  return [preset];
}

export const CLOSED_API_PRESETS: readonly PricePreset[] = CLOSED_API_SPECS.flatMap(resolve);
export const HOSTED_OPEN_PRESETS: readonly PricePreset[] = HOSTED_OPEN_SPECS.flatMap(resolve);

export const PRICE_PRESETS: readonly PricePreset[] = [...CLOSED_API_PRESETS, ...HOSTED_OPEN_PRESETS];

/** The price dataset behind the presets: package, version and publication date (the as-of date). */
export const PRICE_DATASET = {
  name: GENERATED.package,
  version: GENERATED.version,
  published: GENERATED.published,
  url: `https://www.npmjs.com/package/${GENERATED.package}/v/${GENERATED.version}`,
} as const;

export type ClosedPresetId = (typeof CLOSED_API_SPECS)[number]['id'];
export type HostedPresetId = (typeof HOSTED_OPEN_SPECS)[number]['id'];

export const DEFAULT_CLOSED_PRESET: ClosedPresetId = 'gpt-5-5';
export const DEFAULT_HOSTED_PRESET: HostedPresetId = 'openrouter-gpt-oss-120b';

export function getPricePreset(id: string): PricePreset | undefined {
  return PRICE_PRESETS.find((p) => p.id === id);
}

export interface SelfHostingAssumptions {
  /** USD per GPU per hour. */
  gpuHourly: number;
  gpuCount: number;
  /** Tokens per second one GPU serves, input and output counted together. */
  throughputPerGpu: number;
  /** Share of the paid hours the GPUs spend serving, in percent. */
  utilizationPercent: number;
  /** Engineering and operations cost per month, USD. */
  fixedMonthlyOps: number;
}

/**
 * Illustrative assumptions, NOT sourced facts. They match the worked self-hosting example on the
 * guide's cost page (docs/decide/costs.mdx): one rented 80 GB GPU at $2.50 an hour, 2,000 tokens per
 * second, half the hours busy, $2,000 a month of operations. Readers replace them with their own.
 */
export const SELF_HOSTING_DEFAULTS: SelfHostingAssumptions = {
  gpuHourly: 2.5,
  gpuCount: 1,
  throughputPerGpu: 2000,
  utilizationPercent: 50,
  fixedMonthlyOps: 2000,
};

/** Default monthly volume: 10M tokens at the cost page's 3:1 input:output mix. */
export const DEFAULT_VOLUME = {inputTokens: 7_500_000, outputTokens: 2_500_000};
