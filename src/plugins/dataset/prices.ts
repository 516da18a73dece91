/**
 * Validates the cost calculator's price presets (src/data/prices.ts). Node only: the dataset plugin
 * and unit tests call it; components never import it. Messages follow validate.ts:
 * `prices[gpt-5-5].inputPerMillion: must be a positive number`.
 *
 * Checks: schema (kebab-case id, positive finite prices under $1,000 per 1M, ISO asOf, https
 * source, known sourceKind and path), duplicate ids, asOf not in the future, and, when
 * `modelIds` is given, that every modelId names a model record.
 */
import {z} from 'zod';
import type {PricePreset} from '../../data/prices';
import {PRICE_PATHS} from '../../data/prices';
import {SOURCE_KINDS} from '../../domain/types';
import {KEBAB_ID, checkCollection, httpsUrl, isoDate} from '../../domain/validation/primitives';

const price = z
  .number({message: 'must be a positive number'})
  .refine((v) => Number.isFinite(v) && v > 0, {message: 'must be a positive number'})
  .refine((v) => v < 1000, {
    message: 'is over $1,000 per million tokens; check the unit (USD per 1M tokens)',
  });

export const pricePresetSchema = z
  .object({
    id: z.string().regex(KEBAB_ID, 'id must be a kebab-case slug'),
    label: z.string().min(2, 'label is empty'),
    modelId: z.string().regex(KEBAB_ID, 'modelId must be a kebab-case model id').optional(),
    provider: z.string().min(2, 'provider is empty'),
    path: z.enum(Object.keys(PRICE_PATHS) as [keyof typeof PRICE_PATHS]),
    inputPerMillion: price,
    outputPerMillion: price,
    asOf: isoDate,
    sourceUrl: httpsUrl,
    sourceName: z.string().min(2, 'sourceName is empty'),
    sourceKind: z.enum(Object.keys(SOURCE_KINDS) as [keyof typeof SOURCE_KINDS]),
    note: z.string().min(3, 'note is empty: say what the price covers'),
  })
  .strict();

/**
 * Every problem with the presets. `modelIds`, when given, is the set of model ids in the shared
 * dataset; a preset's modelId must be one of them.
 */
export function validatePrices(
  records: readonly PricePreset[],
  today = new Date(),
  modelIds?: ReadonlySet<string>,
): string[] {
  const problems = checkCollection('prices', records, pricePresetSchema, (p) => [['asOf', p.asOf]], today);
  if (modelIds) {
    for (const record of records) {
      if (record.modelId && !modelIds.has(record.modelId)) {
        problems.push(
          `prices[${record.id}].modelId: unknown model id "${record.modelId}" (not in src/data/models)`,
        );
      }
    }
  }
  return problems;
}
