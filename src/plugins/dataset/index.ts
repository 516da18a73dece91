/**
 * Local plugin for the site's data (src/data/):
 *  - loadContent: validates every collection before anything is bundled, so bad data fails the
 *    build with a message naming the record and field (see ./validate.ts);
 *  - contentLoaded: adds one page per model at /models/<id>/, passing only that model (and its
 *    license) as route props, so no page ships the whole dataset; and writes the home page's tiny
 *    name → id index (@generated/site-dataset/default/model-index.json, src/lib/modelIndex.ts);
 *  - contentLoaded also adds one page per model family at /models/<family>/ (src/data/families.ts,
 *    props from src/lib/families.ts) and writes the openness timeline's points
 *    (@generated/site-dataset/default/timeline.json, src/lib/timeline.ts);
 *  - postBuild: writes /data/models.json and /data/models.csv (under baseUrl) from the same
 *    records, for the download links under the model table.
 * See ./README.md.
 */
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {getSource, sources} from '../../data/sources';
import {getOsiValidation, osiValidations} from '../../data/osiValidation';
import {models, tools} from '../../data/models';
import {getLicense, licenses} from '../../data/licenses';
import {modelsToCsv, releaseClass} from '../../lib/models';
import {secondOpinionFor} from '../../data/trackers';
import {buildModelIndex} from '../../lib/modelIndex';
import {modelPageProps, type ModelPageProps} from '../../lib/modelPage';
import {modelVerdicts} from '../../lib/verdicts';
import {families} from '../../data/families';
import {familyPageProps, type FamilyPageProps} from '../../lib/families';
import {timelineData} from '../../lib/timelineData';
import {DatasetError, validateDataset} from './validate';
import {validatePrices} from './prices';
import {PRICE_PRESETS} from '../../data/prices';

/** Route props for one model page (src/components/ModelPage); built by src/lib/modelPage.ts. */
export type {ModelPageProps};

const resolveSource = (id: string) => getSource(id)?.url;

export const MODEL_ROUTE = 'models';
export const DATA_DIR = 'data';

export default function datasetPlugin(context: LoadContext): Plugin {
  const {baseUrl, siteConfig} = context;
  const pagePath = (id: string) => `${baseUrl}${MODEL_ROUTE}/${id}/`;
  return {
    name: 'site-dataset',

    async loadContent() {
      const today = new Date();
      const problems = [
        ...validateDataset({sources, models, licenses, tools, osiValidations}, today),
        ...validatePrices(PRICE_PRESETS, today, new Set(models.map((m) => m.id))),
      ];
      if (problems.length > 0) throw new DatasetError(problems);
    },

    async contentLoaded({actions}) {
      await actions.createData('model-index.json', JSON.stringify(buildModelIndex(models)));
      for (const model of models) {
        const license = getLicense(model.license);
        if (!license) throw new Error(`models[${model.id}].license: unknown license id`);
        actions.addRoute({
          path: pagePath(model.id),
          component: '@site/src/components/ModelPage/index.tsx',
          exact: true,
          props: {
            ...modelPageProps(model, license, getOsiValidation(model.id), resolveSource),
            secondOpinion: secondOpinionFor(model),
          } satisfies ModelPageProps,
        });
      }

      // ---- Family pages (/models/<family>/) and the openness timeline's points ----------------
      // src/data/families.ts; family ids never equal model ids (tests/unit/families.test.ts).
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
      await actions.createData('timeline.json', JSON.stringify(timelineData(models, getLicense)));
    },

    async postBuild({outDir}) {
      const dir = path.join(outDir, DATA_DIR);
      await mkdir(dir, {recursive: true});
      const absolute = (id: string) => `${siteConfig.url}${pagePath(id)}`;
      const latest = models
        .map((m) => m.lastVerified)
        .sort()
        .at(-1);
      const json = {
        title: `${siteConfig.title}: model openness dataset`,
        description:
          'Models and tools discussed in the guide, with license, sizes, access and an openness profile; every rating has a source URL and an as-of date.',
        homepage: `${siteConfig.url}${baseUrl}${MODEL_ROUTE}/`,
        lastVerified: latest,
        models: models.map((m) => {
          const license = getLicense(m.license);
          const v = license ? modelVerdicts(m, license) : undefined;
          return {
            ...m,
            releaseClass: releaseClass(m),
            // Computed by src/lib/verdicts.ts; see the model pages for how.
            verdicts: v && {
              openSourceAI: v.osaid.verdict,
              openSourceAIMissing: v.osaid.missing,
              mofClassEstimated: v.mof.cls,
              openWeights: v.openWeights,
              opennessScore: v.score.score,
              opennessScoreRated: v.score.rated,
              opennessScoreOf: v.score.of,
            },
            page: absolute(m.id),
          };
        }),
        licenses,
        tools,
      };
      await writeFile(path.join(dir, 'models.json'), `${JSON.stringify(json, null, 2)}\n`);
      await writeFile(path.join(dir, 'models.csv'), modelsToCsv(models, getLicense, absolute));
    },
  };
}
