/**
 * What the browser gets when a component imports `src/data/models` or `src/data/licenses`: the
 * dataset plugin swaps those two modules for this one in the site's bundles (src/plugins/dataset,
 * `CATALOG_MODULES`), and this one reads the records the plugin resolved at build time
 * (catalog-client.json): every model with its evidence already turned into URLs, and every license
 * with its text's URL. So a page's lazily loaded widget code carries the records, not the source
 * files behind them (titles, publishers and notes of some 330 sources, which only the Sources page
 * and the build need). Node code (the plugin, tests, scripts) still reads the real modules.
 */
import type {License, Model} from '../domain/types';
import type {QuestionId} from '../domain/answers';
import data from '@generated/site-dataset/default/catalog-client.json';

export interface CatalogClientData {
  models: Model[];
  licenses: License[];
  /** Per model id, the use questions one of its channels allows (src/data/models `canUse`). */
  canUse: Record<string, QuestionId[]>;
}

export const models: readonly Model[] = data.models;
export const licenses: readonly License[] = data.licenses;

const modelsById = new Map(models.map((m) => [m.id, m]));
const licensesById = new Map(licenses.map((l) => [l.id, l]));

export function getModel(id: string): Model | undefined {
  return modelsById.get(id);
}

export function canUse(model: Pick<Model, 'id'>, question: QuestionId): boolean {
  return (data.canUse as Record<string, string[]>)[model.id]?.includes(question) ?? false;
}

export function getLicense(id: string): License | undefined {
  return licensesById.get(id);
}
