/**
 * Price presets for the cost calculator: list prices in US dollars per 1 million tokens, each with
 * the date it was true and its source. Figures come from the team fact sheet (§6.1, §6.2).
 *
 * To add a preset: append a record to CLOSED_API_PRESETS or HOSTED_OPEN_PRESETS (ids are kebab-case
 * and never change; they appear in shared calculator URLs), give the date the source showed the
 * price (`asOf`, never "today"), an https `sourceUrl`, and `sourceKind: 'secondary'` unless the
 * page belongs to the seller. `modelId` is set only when src/data has a model record with that id.
 * `npm run build` validates every record (src/plugins/dataset/prices.ts).
 *
 * SELF_HOSTING_DEFAULTS are NOT sourced facts: they are round illustrative assumptions, and the
 * calculator says so next to them.
 */
import type {IsoDate, SourceKind} from './types';

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

/** Closed API list prices, newest model first. All OpenAI figures are [S]: re-check openai.com/api/pricing. */
export const CLOSED_API_PRESETS = [
  {
    id: 'gpt-5-5',
    label: 'GPT-5.5',
    modelId: 'gpt-5-5',
    provider: 'OpenAI',
    path: 'closed-api',
    inputPerMillion: 5,
    outputPerMillion: 30,
    asOf: '2026-05-14',
    sourceUrl: 'https://tokenmix.ai/blog/gpt-5-5-release-date-spud',
    sourceName: 'TokenMix',
    sourceKind: 'secondary',
    note: 'Reported list price. Cached input is cheaper ($0.50); prompts above 272k input tokens cost more.',
  },
  {
    id: 'gpt-5-4',
    label: 'GPT-5.4',
    provider: 'OpenAI',
    path: 'closed-api',
    inputPerMillion: 2.5,
    outputPerMillion: 15,
    asOf: '2026-06',
    sourceUrl: 'https://www.morphllm.com/openai-api-pricing',
    sourceName: 'Morph',
    sourceKind: 'secondary',
    note: 'Reported list price.',
  },
  {
    id: 'gpt-5-2',
    label: 'GPT-5.2',
    provider: 'OpenAI',
    path: 'closed-api',
    inputPerMillion: 1.75,
    outputPerMillion: 14,
    asOf: '2026-03',
    sourceUrl: 'https://evolink.ai/blog/gpt-5-2-api-guide-pricing-setup-vs-gpt-5-4',
    sourceName: 'EvoLink',
    sourceKind: 'secondary',
    note: 'Reported list price since December 2025; cached input $0.175.',
  },
  {
    id: 'gpt-5',
    label: 'GPT-5',
    modelId: 'gpt-5',
    provider: 'OpenAI',
    path: 'closed-api',
    inputPerMillion: 1.25,
    outputPerMillion: 10,
    asOf: '2025-12',
    sourceUrl:
      'https://artificial-intelligence-wiki.com/generative-ai/large-language-models/gpt-5-complete-guide',
    sourceName: 'AI Wiki',
    sourceKind: 'secondary',
    note: 'Reported list price at launch (7 August 2025).',
  },
  {
    id: 'gpt-5-mini',
    label: 'GPT-5 mini',
    provider: 'OpenAI',
    path: 'closed-api',
    inputPerMillion: 0.25,
    outputPerMillion: 2,
    asOf: '2025-12',
    sourceUrl:
      'https://artificial-intelligence-wiki.com/generative-ai/large-language-models/gpt-5-complete-guide',
    sourceName: 'AI Wiki',
    sourceKind: 'secondary',
    note: 'Reported list price; a smaller, cheaper sibling of GPT-5.',
  },
  {
    id: 'gpt-4o',
    label: 'GPT-4o',
    modelId: 'gpt-4o',
    provider: 'OpenAI',
    path: 'closed-api',
    inputPerMillion: 2.5,
    outputPerMillion: 10,
    asOf: '2026',
    sourceUrl: 'https://chatgptpricing-akr.pages.dev/api-pricing',
    sourceName: 'ChatGPT Pricing (unofficial)',
    sourceKind: 'secondary',
    note: 'Reported later list price of an older model.',
  },
] as const satisfies readonly PricePreset[];

/** Per-token prices for open-weight models served by others. Cheapest listing first. */
export const HOSTED_OPEN_PRESETS = [
  {
    id: 'openrouter-gpt-oss-120b',
    label: 'gpt-oss-120b on OpenRouter',
    modelId: 'gpt-oss-120b',
    provider: 'OpenRouter',
    path: 'hosted-open',
    inputPerMillion: 0.039,
    outputPerMillion: 0.19,
    asOf: '2026',
    sourceUrl: 'https://openrouter.ai/openai/gpt-oss-120b',
    sourceName: 'OpenRouter',
    sourceKind: 'primary',
    note: 'OpenRouter routes requests across several underlying providers.',
  },
  {
    id: 'openrouter-gpt-oss-20b',
    label: 'gpt-oss-20b on OpenRouter',
    modelId: 'gpt-oss-20b',
    provider: 'OpenRouter',
    path: 'hosted-open',
    inputPerMillion: 0.03,
    outputPerMillion: 0.14,
    asOf: '2026',
    sourceUrl: 'https://openrouter.ai/openai/gpt-oss-20b',
    sourceName: 'OpenRouter',
    sourceKind: 'primary',
    note: 'The smaller gpt-oss model; routed across providers.',
  },
  {
    id: 'keeprouter-gpt-oss-120b',
    label: 'gpt-oss-120b on KeepRouter',
    modelId: 'gpt-oss-120b',
    provider: 'KeepRouter',
    path: 'hosted-open',
    inputPerMillion: 0.15,
    outputPerMillion: 0.6,
    asOf: '2026',
    sourceUrl: 'https://keeprouter.com/models/gpt-oss-120b',
    sourceName: 'KeepRouter',
    sourceKind: 'secondary',
    note: 'Reported listing.',
  },
  {
    id: 'therouter-gpt-oss-120b',
    label: 'gpt-oss-120b on TheRouter',
    modelId: 'gpt-oss-120b',
    provider: 'TheRouter',
    path: 'hosted-open',
    inputPerMillion: 0.24,
    outputPerMillion: 0.96,
    asOf: '2026',
    sourceUrl: 'https://therouter.ai/models/openai--gpt-oss-120b',
    sourceName: 'TheRouter',
    sourceKind: 'secondary',
    note: 'Reported listing.',
  },
  {
    id: 'cerebras-gpt-oss-120b',
    label: 'gpt-oss-120b on Cerebras',
    modelId: 'gpt-oss-120b',
    provider: 'Cerebras',
    path: 'hosted-open',
    inputPerMillion: 0.35,
    outputPerMillion: 0.75,
    asOf: '2026',
    sourceUrl: 'https://inference-docs.cerebras.ai/models/openai-oss',
    sourceName: 'Cerebras',
    sourceKind: 'primary',
    note: 'Later listing; an earlier one showed $0.25 / $0.69.',
  },
] as const satisfies readonly PricePreset[];

export const PRICE_PRESETS: readonly PricePreset[] = [...CLOSED_API_PRESETS, ...HOSTED_OPEN_PRESETS];

export type ClosedPresetId = (typeof CLOSED_API_PRESETS)[number]['id'];
export type HostedPresetId = (typeof HOSTED_OPEN_PRESETS)[number]['id'];

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
