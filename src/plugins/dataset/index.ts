/**
 * Local plugin for the site's data (src/data/):
 *  - loadContent: validates every collection before anything is bundled, so bad data fails the
 *    build with a message naming the record and field (see ./validate.ts);
 *  - contentLoaded: adds one page per model at /models/<id>/, passing only that model (and its
 *    license) as route props, so no page ships the whole dataset; and writes the home page's tiny
 *    name → id index (@generated/site-dataset/default/model-index.json, src/lib/modelIndex.ts);
 *  - contentLoaded also adds one page per model family at /models/<family>/ (`family.ts` files under src/data/models/,
 *    props from src/lib/families.ts) and writes the openness timeline's points
 *    (@generated/site-dataset/default/timeline.json, src/lib/timeline.ts);
 *  - contentLoaded also writes the chooser's per-model facts (closed, user cap, EU exclusion, fits
 *    one machine), derived from the model and license records (@generated/site-dataset/default/
 *    chooser-models.json, src/lib/chooserModels.ts);
 *  - postBuild: writes /data/models.json, its JSON Schema /data/models.schema.json and
 *    /data/models.csv (under baseUrl) from the same records, with the dataset version (git commit
 *    and date) and each model's verdicts (./export.ts).
 * See ./README.md.
 */
import {READ_DOCUMENTS, channelViews, uncoveredAccess, usesAllowed, validateTerms} from '../../data/terms';
import {CHANNELS} from '../../data/terms/channels';
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {getSource, sources} from '../../data/sources';
import {
  catalogPlacements,
  families,
  getOsiValidation,
  makerList,
  modelRecords,
  models,
  osiValidations,
  toolRecords,
  tools,
} from '../../data/models';
import {getLicense, licenseRecords, licenses} from '../../data/licenses';
import {secondOpinionFor} from '../../lib/trackerSnapshots';
import {buildModelTableIndex} from '../../lib/modelTableIndex';
import {buildModelIndex} from '../../lib/modelIndex';
import {modelPageProps, relatedEntries, type ModelPageProps} from '../../lib/modelPage';
import {
  buildDatasetJson,
  buildRecordFiles,
  datasetJsonSchema,
  datasetVersion,
  modelsToCsv,
  recordJsonSchemas,
} from './export';
import {sourceRefs} from '../../domain/validation/rules';
import {badgeFor, badgeSvg} from '../../lib/badges';
import {modelVerdicts} from '../../domain/verdicts';
import {familyPageProps, type FamilyPageProps} from '../../lib/families';
import {timelineData} from '../../lib/timelineData';
import {changeEntries, changeMonths, modelChangeEntries, type ChangeEntry} from '../../lib/changes';
import {atomFeed} from '../../lib/atom';
import type {ChangesPageProps} from '../../components/ChangesPage';
import {chooserModelFacts} from '../../lib/chooserModels';
import {
  LARGE_PRODUCT_USERS,
  LINKS,
  ONE_MACHINE_MAX_PARAMETERS,
  RECOMMENDATIONS,
  RULES,
  suggestedModelIds,
} from '../../data/chooser';
import {DatasetError, checkDocIds, validateDataset} from '../../domain/validation/validate';
import {validateCatalogPlacement} from '../../domain/validation/rules';
import {docRoutesFrom} from '../routes/docs';
import {validatePrices} from './prices';
import {DATASET_REFS, PRESET_SOURCES, PRICE_PRESETS} from '../../data/prices';
import generatedPrices from '../../data/generated/genai-prices.json';
import {presetSourceProblems, snapshotProblems, type GeneratedPrices} from './genaiPrices';
import {createRequire} from 'node:module';
import {readFileSync} from 'node:fs';

const resolveSource = (id: string) => getSource(id)?.url;

/** Chooser links (shared, per recommendation, per rule) whose doc id is not a doc. */
export function chooserDocProblems(docIds: ReadonlySet<string>): string[] {
  const named: Array<[string, {doc: string}]> = [
    ...Object.entries(LINKS).map(([k, l]) => [`chooser.LINKS.${k}`, l] as [string, {doc: string}]),
    ...Object.entries(RECOMMENDATIONS).flatMap(([k, r]) =>
      r.links.map((l, i) => [`chooser.RECOMMENDATIONS.${k}.links.${i}`, l] as [string, {doc: string}]),
    ),
    ...RULES.flatMap((r) =>
      r.links.map((l, i) => [`chooser.RULES[${r.id}].links.${i}`, l] as [string, {doc: string}]),
    ),
  ];
  return named
    .filter(([, l]) => !docIds.has(l.doc))
    .map(([at, l]) => `${at}.doc: unknown doc id "${l.doc}" (no such file under docs/)`);
}

/** Version of the installed @pydantic/genai-prices package. */
function installedPricesVersion(): string {
  // The package does not export its package.json: find it next to its entry point.
  const entry = createRequire(__filename).resolve('@pydantic/genai-prices');
  const file = path.join(path.dirname(entry), '..', 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as {version: string}).version;
}

/**
 * Requests for the catalog and license modules from the site's components, which the bundles get
 * as src/lib/catalogClient.ts instead (resolved records from catalog-client.json, no source files).
 * Matches `@site/src/data/models` and `../../data/licenses`, not the data modules' own `../models`.
 */
export const CATALOG_MODULES =
  /(?:^@site\/src|\.\.)\/(?:[\w.-]+\/)*data\/(?:models|licenses)(?:\/index(?:\.ts)?)?$/;
export const CATALOG_CLIENT = path.join(__dirname, '..', '..', 'lib', 'catalogClient.ts');
/** Likewise for `src/data/sources` (every source record): src/lib/sourcesClient.ts reads sources-client.json. */
export const SOURCE_MODULES = /(?:^@site\/src|\.\.)\/(?:[\w.-]+\/)*data\/sources(?:\/index(?:\.ts)?)?$/;
export const SOURCES_CLIENT = path.join(__dirname, '..', '..', 'lib', 'sourcesClient.ts');

/**
 * Every data rule the build checks before bundling, in one list: the records (schemas, cross-record
 * rules, the rubric), the catalog's folder rules and the price presets. `npm run validate`
 * (scripts/validate-data.ts) runs the same list without building.
 */
export function dataProblems(today = new Date()): string[] {
  return [
    ...validateDataset(
      {sources, models: modelRecords, licenses: licenseRecords, tools: toolRecords, osiValidations},
      today,
    ),
    // Each record sits in the folder its id, maker and family name (src/data/models/README.md).
    ...validateCatalogPlacement(catalogPlacements),
    // The terms library: pinned versions, named sections, known ids (src/data/terms/).
    ...validateTerms(READ_DOCUMENTS, CHANNELS, new Set(makerList.map((m) => m.id))),
    ...validatePrices(PRICE_PRESETS, today, new Set(models.map((m) => m.id))),
    // API prices must be exactly what the pinned price dataset lists (read here, at build time).
    ...snapshotProblems(generatedPrices as GeneratedPrices, DATASET_REFS, installedPricesVersion()),
    // Each preset's pricing page is a source record whose URL is the one the dataset names.
    ...presetSourceProblems(generatedPrices as GeneratedPrices, PRESET_SOURCES, resolveSource),
  ];
}

export const MODEL_ROUTE = 'models';
/** The changes page (/changes/), its Atom feed at the site root, and each model's feed file name. */
export const CHANGES_ROUTE = 'changes';
export const CHANGES_FEED = 'changes.xml';
export const MODEL_FEED = 'changes.xml';
export const DATA_DIR = 'data';
/** Where the model badges go (/badges/<id>.svg, under baseUrl). */
export const BADGES_DIR = 'badges';
export const SCHEMA_FILE = 'models.schema.json';
/** JSON Schemas of /data/models/<id>.json and /data/models/index.json. */
export const RECORD_SCHEMA_FILE = 'model.schema.json';
export const INDEX_SCHEMA_FILE = 'model-index.schema.json';
/**
 * The repository has no LICENSE file. The site's footer (docusaurus.config.ts) says the text is
 * CC BY 4.0, but nothing declares a license for the data files; say exactly that instead of
 * inventing one. Change this, CITATION.cff and src/lib/citation.ts when the maintainers decide.
 */
export const DATASET_LICENSE =
  'No license declared for the data files: the repository has no LICENSE file, and the site states CC BY 4.0 for its text only. Each fact links to its own source; ask the maintainers before reusing the compiled dataset.';

/** A source by id or, as the exported records carry them, by its resolved URL. */
const sourcesByUrl = new Map(sources.map((s) => [s.url, s]));
const sourceByRef = (ref: string) => (ref.startsWith('https://') ? sourcesByUrl.get(ref) : getSource(ref));

export default function datasetPlugin(context: LoadContext): Plugin {
  const {baseUrl, siteConfig} = context;
  const pagePath = (id: string) => `${baseUrl}${MODEL_ROUTE}/${id}/`;
  // What changed, worked out once (after loadContent has validated the data): the /changes/ page
  // (contentLoaded) and its feed (postBuild) list the same entries.
  let changes: ChangeEntry[] | undefined;
  const allChanges = () => (changes ??= changeEntries(models, sourceByRef));
  return {
    name: 'site-dataset',

    async loadContent() {
      const problems = dataProblems();
      if (problems.length > 0) throw new DatasetError(problems);
    },

    configureWebpack(_config, _isServer, {currentBundler}) {
      const {NormalModuleReplacementPlugin} = currentBundler.instance;
      return {
        plugins: [
          new NormalModuleReplacementPlugin(CATALOG_MODULES, (data: {request: string}) => {
            data.request = CATALOG_CLIENT;
          }),
          new NormalModuleReplacementPlugin(SOURCE_MODULES, (data: {request: string}) => {
            data.request = SOURCES_CLIENT;
          }),
        ],
      };
    },

    async contentLoaded({actions}) {
      // The records the browser reads in place of src/data/models and src/data/licenses.
      await actions.createData(
        'catalog-client.json',
        JSON.stringify({
          models,
          licenses,
          canUse: Object.fromEntries(
            models.map((m) => [m.id, getLicense(m.license) ? usesAllowed(m, getLicense(m.license)!) : []]),
          ),
        }),
      );
      await actions.createData('sources-client.json', JSON.stringify(sources));
      // The chooser's rule sources, resolved here so the chooser ships two links, not the table (a
      // module only the chooser imports; global data would be in every page's main bundle).
      await actions.createData(
        'chooser-sources.json',
        JSON.stringify(
          Object.fromEntries(
            RULES.flatMap((r) => (r.source ? [r.source.id] : [])).map((id) => {
              const source = getSource(id);
              if (!source) throw new Error(`chooser: unknown source id "${id}"`);
              return [id, {url: source.url, title: source.title}];
            }),
          ),
        ),
      );
      await actions.createData('model-index.json', JSON.stringify(buildModelIndex(models)));
      // The model table's row facts (its rows themselves are static HTML; src/components/ModelTable/).
      await actions.createData('model-table.json', JSON.stringify(buildModelTableIndex(models, getLicense)));
      // The dataset version (git commit and date) for the "Cite this dataset" block.
      await actions.createData('dataset-version.json', JSON.stringify(datasetVersion(context.siteDir)));
      for (const model of models) {
        const license = getLicense(model.license);
        if (!license) throw new Error(`models[${model.id}].license: unknown license id`);
        actions.addRoute({
          path: pagePath(model.id),
          component: '@site/src/components/ModelPage/index.tsx',
          exact: true,
          props: {
            ...modelPageProps(model, license, getOsiValidation(model.id), resolveSource),
            channels: channelViews(model, license),
            uncovered: uncoveredAccess(model),
            secondOpinion: secondOpinionFor(model),
            related: relatedEntries(model, models, families),
          } satisfies ModelPageProps,
        });
      }

      // ---- Family pages (/models/<family>/) and the openness timeline's points ----------------
      // family.ts files under src/data/models/; ids are unique across kinds (tests/unit/catalog.test.ts).
      const modelIds = new Set(models.map((m) => m.id));
      const getModel = (id: string) => models.find((m) => m.id === id);
      for (const family of families) {
        if (modelIds.has(family.id)) throw new Error(`families[${family.id}]: id clashes with a model id`);
        actions.addRoute({
          path: pagePath(family.id),
          component: '@site/src/components/FamilyPage/index.tsx',
          exact: true,
          props: {...familyPageProps(family, families, getModel, getLicense)} satisfies FamilyPageProps,
        });
      }
      // ---- What changed (/changes/ and its Atom feeds, written in postBuild) ---------------------
      actions.addRoute({
        path: `${baseUrl}${CHANGES_ROUTE}/`,
        component: '@site/src/components/ChangesPage/index.tsx',
        exact: true,
        props: {
          months: changeMonths(allChanges()),
          total: allChanges().length,
          feedPath: CHANGES_FEED,
        } satisfies ChangesPageProps,
      });
      await actions.createData('timeline.json', JSON.stringify(timelineData(models, getLicense)));
      await actions.createData(
        'chooser-models.json',
        JSON.stringify(
          chooserModelFacts(suggestedModelIds(), getModel, getLicense, {
            largeProductUsers: LARGE_PRODUCT_USERS,
            oneMachineMaxParameters: ONE_MACHINE_MAX_PARAMETERS,
          }),
        ),
      );
    },

    // Doc ids in the data (model and tool guidePages, chooser links) must name real docs; the docs
    // plugin's metadata is only known once every plugin has loaded its content.
    async allContentLoaded({allContent}) {
      const docIds = new Set(Object.keys(docRoutesFrom(allContent)));
      const problems = [
        ...checkDocIds('models', modelRecords, docIds),
        ...checkDocIds('tools', toolRecords, docIds),
        ...chooserDocProblems(docIds),
      ];
      if (problems.length > 0) throw new DatasetError(problems);
    },

    async postBuild({outDir}) {
      const dir = path.join(outDir, DATA_DIR);
      await mkdir(dir, {recursive: true});
      const absolute = (id: string) => `${siteConfig.url}${pagePath(id)}`;
      const dataUrl = `${siteConfig.url}${baseUrl}${DATA_DIR}/`;
      const json = buildDatasetJson(
        {models, licenses, tools, getLicense},
        {
          title: `${siteConfig.title}: model openness dataset`,
          homepage: `${siteConfig.url}${baseUrl}${MODEL_ROUTE}/`,
          schemaUrl: `${dataUrl}${SCHEMA_FILE}`,
          license: DATASET_LICENSE,
          version: datasetVersion(context.siteDir),
          pageUrl: absolute,
        },
      );
      const schema = datasetJsonSchema(`${dataUrl}${SCHEMA_FILE}`);
      await writeFile(path.join(dir, 'models.json'), `${JSON.stringify(json, null, 2)}\n`);
      await writeFile(path.join(dir, SCHEMA_FILE), `${JSON.stringify(schema, null, 2)}\n`);
      await writeFile(path.join(dir, 'models.csv'), modelsToCsv(models, getLicense, absolute));

      // A README badge per model (/badges/<id>.svg): the answer at a glance, no request elsewhere.
      const badgesDir = path.join(outDir, BADGES_DIR);
      await mkdir(badgesDir, {recursive: true});
      for (const m of models) {
        const license = getLicense(m.license)!;
        await writeFile(
          path.join(badgesDir, `${m.id}.svg`),
          badgeSvg(badgeFor(m, license, modelVerdicts(m, license))),
        );
      }

      // What changed: the site's Atom feed (/changes.xml) and one per model (/models/<id>/changes.xml).
      const site = {root: `${siteConfig.url}${baseUrl}`, title: siteConfig.title};
      await writeFile(
        path.join(outDir, CHANGES_FEED),
        atomFeed(
          allChanges(),
          {
            self: `${site.root}${CHANGES_FEED}`,
            page: `${site.root}${CHANGES_ROUTE}/`,
            title: `${siteConfig.title}: what changed`,
            subtitle: 'Records added, ratings changed, terms changed and corrections, newest first.',
          },
          site,
        ),
      );
      for (const m of models) {
        await mkdir(path.join(outDir, MODEL_ROUTE, m.id), {recursive: true});
        await writeFile(
          path.join(outDir, MODEL_ROUTE, m.id, MODEL_FEED),
          atomFeed(
            modelChangeEntries(m, sourceByRef),
            {
              self: `${absolute(m.id)}${MODEL_FEED}`,
              page: `${absolute(m.id)}#changes`,
              title: `${m.name}: changes to its record (${siteConfig.title})`,
              subtitle: `When ${m.name} was added to the guide, and every change to its terms, ratings and record since.`,
            },
            site,
          ),
        );
      }

      // One file per model (/data/models/<id>.json), a list of them, and their JSON Schemas.
      const recordsDir = path.join(dir, 'models');
      await mkdir(recordsDir, {recursive: true});
      const recordSchemaUrl = `${dataUrl}${RECORD_SCHEMA_FILE}`;
      const indexSchemaUrl = `${dataUrl}${INDEX_SCHEMA_FILE}`;
      const recordById = new Map(modelRecords.map((m) => [m.id, m]));
      const {records, index} = buildRecordFiles(
        {models, getLicense},
        {
          license: DATASET_LICENSE,
          version: datasetVersion(context.siteDir),
          pageUrl: absolute,
          recordSchemaUrl,
          indexSchemaUrl,
          fileUrl: (id) => `${dataUrl}models/${id}.json`,
          citedSourceIds: (id) => sourceRefs(recordById.get(id)).map(([, ref]) => ref),
          getSource,
          channels: (id) => {
            const m = models.find((x) => x.id === id)!;
            return channelViews(m, getLicense(m.license)!).map((c) => ({
              id: c.id,
              kind: c.kind,
              name: c.name,
              documents: c.documents.map(({id: docId, name, date, url}) => ({id: docId, name, date, url})),
              answers: c.answers.map((a) => ({
                question: a.question,
                text: a.text,
                status: a.status,
                note: a.note,
                clauses: a.basis.map(({document, section, url, date}) => ({document, section, url, date})),
              })),
            }));
          },
        },
      );
      for (const r of records) {
        await writeFile(path.join(recordsDir, `${r.model.id}.json`), `${JSON.stringify(r, null, 2)}\n`);
      }
      await writeFile(path.join(recordsDir, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
      const schemas = recordJsonSchemas(recordSchemaUrl, indexSchemaUrl);
      await writeFile(path.join(dir, RECORD_SCHEMA_FILE), `${JSON.stringify(schemas.record, null, 2)}\n`);
      await writeFile(path.join(dir, INDEX_SCHEMA_FILE), `${JSON.stringify(schemas.index, null, 2)}\n`);
    },
  };
}
