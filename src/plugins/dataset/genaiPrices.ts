/**
 * API prices from the pinned `@pydantic/genai-prices` dataset (MIT), read in Node only: at build
 * time by the dataset plugin, by `npm run prices:update` and by the unit tests. Components never
 * import this file; they read the few numbers the calculator needs from
 * src/data/generated/genai-prices.json, which the build checks against the installed package.
 */
import {findProvider, type ModelInfo, type ModelPrice, type Provider} from '@pydantic/genai-prices';

/** Where a preset's price lives in the dataset: a provider id and that provider's model id. */
export interface DatasetRef {
  provider: string;
  model: string;
}

/** One preset's price as the dataset lists it, USD per 1M tokens. */
export interface DatasetPrice {
  inputPerMillion: number;
  outputPerMillion: number;
  cachedInputPerMillion?: number;
  /** The provider's pricing page the dataset was curated from. */
  pricingUrl: string;
  providerName: string;
  /** The dataset's own name for the model. */
  modelName: string;
  /** Set when the dataset has tiers or conditions; the base (standard) price is used. */
  caveat?: string;
}

/** What src/data/generated/genai-prices.json holds. */
export interface GeneratedPrices {
  package: '@pydantic/genai-prices';
  version: string;
  /** When that version was published to npm: the as-of date of every price in it. */
  published: string;
  prices: Record<string, DatasetPrice>;
}

const base = (v: ModelPrice[string]): number | undefined =>
  v === undefined ? undefined : typeof v === 'number' ? v : v.base;

/** The standard price of a model: conditional prices (e.g. off-peak discounts) use the dearest. */
function standardPrice(model: ModelInfo): {price: ModelPrice; caveat?: string} {
  if (!Array.isArray(model.prices)) {
    const tiered = Object.values(model.prices).some((v) => typeof v === 'object' && v !== null);
    return {
      price: model.prices,
      caveat: tiered ? 'Base rate; long prompts are billed at a higher tier.' : undefined,
    };
  }
  const options = model.prices.map((c) => c.prices);
  const dearest = options.reduce((a, b) => ((base(b.input_mtok) ?? 0) > (base(a.input_mtok) ?? 0) ? b : a));
  return {price: dearest, caveat: 'Standard rate; the provider also lists discounted periods.'};
}

/** Looks a preset up in the installed dataset; throws naming the preset when it is not there. */
export function lookUpPrice(presetId: string, ref: DatasetRef): DatasetPrice {
  const provider: Provider | undefined = findProvider({providerId: ref.provider});
  if (!provider) {
    throw new Error(`prices[${presetId}]: provider "${ref.provider}" is not in @pydantic/genai-prices`);
  }
  const model = provider.models.find((m) => m.id === ref.model);
  if (!model) {
    throw new Error(
      `prices[${presetId}]: model "${ref.model}" is not in @pydantic/genai-prices under provider "${ref.provider}"`,
    );
  }
  const {price, caveat} = standardPrice(model);
  const input = base(price.input_mtok);
  const output = base(price.output_mtok);
  if (input === undefined || output === undefined) {
    throw new Error(
      `prices[${presetId}]: ${ref.provider}/${ref.model} has no per-token input and output price`,
    );
  }
  const cached = base(price.cache_read_mtok);
  return {
    inputPerMillion: input,
    outputPerMillion: output,
    ...(cached !== undefined ? {cachedInputPerMillion: cached} : {}),
    pricingUrl: provider.pricing_urls?.[0] ?? `https://github.com/pydantic/genai-prices`,
    providerName: provider.name,
    modelName: model.name ?? model.id,
    ...(caveat ? {caveat} : {}),
  };
}

/** Every dataset-backed preset's price, in preset order. */
export function lookUpPrices(refs: Readonly<Record<string, DatasetRef>>): Record<string, DatasetPrice> {
  return Object.fromEntries(Object.entries(refs).map(([id, ref]) => [id, lookUpPrice(id, ref)]));
}

/** Differences between the committed snapshot and the installed dataset, as sentences. */
export function snapshotProblems(
  snapshot: GeneratedPrices,
  refs: Readonly<Record<string, DatasetRef>>,
  installedVersion: string,
): string[] {
  const problems: string[] = [];
  if (snapshot.version !== installedVersion) {
    problems.push(
      `src/data/generated/genai-prices.json was made from ${snapshot.package} ${snapshot.version}, but ${installedVersion} is installed: run npm run prices:update`,
    );
  }
  let fresh: Record<string, DatasetPrice>;
  try {
    fresh = lookUpPrices(refs);
  } catch (error) {
    return [...problems, (error as Error).message];
  }
  for (const id of new Set([...Object.keys(fresh), ...Object.keys(snapshot.prices)])) {
    if (!snapshot.prices[id]) {
      problems.push(
        `prices[${id}]: not in src/data/generated/genai-prices.json yet: run npm run prices:update`,
      );
    } else if (!fresh[id]) {
      problems.push(`prices[${id}]: in the snapshot but no preset names it: run npm run prices:update`);
    } else if (JSON.stringify(fresh[id]) !== JSON.stringify(snapshot.prices[id])) {
      problems.push(
        `prices[${id}]: the snapshot differs from the installed dataset: run npm run prices:update`,
      );
    }
  }
  return problems;
}

/**
 * Each preset's source record must hold the pricing URL the snapshot names, so the calculator's
 * link and the sources list agree: `prices[gpt-5-5].source: ...`.
 */
export function presetSourceProblems(
  generated: GeneratedPrices,
  presetSources: Readonly<Record<string, string>>,
  sourceUrl: (id: string) => string | undefined,
): string[] {
  const problems: string[] = [];
  for (const [id, sourceId] of Object.entries(presetSources)) {
    const url = sourceUrl(sourceId);
    const expected = generated.prices[id]?.pricingUrl;
    if (url === undefined) problems.push(`prices[${id}].source: unknown source id "${sourceId}"`);
    else if (expected && url !== expected)
      problems.push(
        `prices[${id}].source: source "${sourceId}" points to ${url}, but the price dataset names ${expected}; update the record or pick the right one`,
      );
  }
  return problems;
}
