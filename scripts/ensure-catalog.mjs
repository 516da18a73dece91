/**
 * Imported first by docusaurus.config.ts: writes src/data/models/catalog.generated.ts (the list of
 * the catalog's folders) before any module that reads the data is loaded, so `docusaurus start`,
 * `build` and `serve` never run on a stale or missing list. See ./catalog-index.mjs.
 */
import {writeCatalogIndex} from './catalog-index.mjs';

writeCatalogIndex();
