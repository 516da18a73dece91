/**
 * Routes from Docusaurus (issue #11 §3): doc ids resolve to the docs plugin's permalinks and titles,
 * an unknown id fails loudly (DocLink throws during the static render; the dataset plugin names
 * the record), and the data and redirects use doc ids that exist.
 * Run: node --import tsx --test tests/unit/routes.test.ts
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {docRoute, docRoutesFrom} from '../../src/plugins/routes/docs';
import {docPermalink} from '../../src/plugins/routes/static';
import {chooserDocProblems} from '../../src/plugins/dataset';
import {checkDocIds} from '../../src/domain/validation/validate';
import {presetSourceProblems, type GeneratedPrices} from '../../src/plugins/dataset/genaiPrices';
import {modelRecords, toolRecords} from '../../src/data/models';
import {redirects} from '../../src/data/redirects';
import {GUIDE_SECTIONS} from '../../src/lib/guideSections';
import {PRESET_SOURCES} from '../../src/data/prices';
import {getSource} from '../../src/data/sources';
import generated from '../../src/data/generated/genai-prices.json';

const ROOT = path.join(__dirname, '..', '..');
const allContent = {
  'docusaurus-plugin-content-docs': {
    default: {
      loadedVersions: [
        {
          docs: [
            {id: 'openai/gpt-oss', permalink: '/guide/gpt-oss/', title: 'gpt-oss'},
            {id: 'decide/costs', permalink: '/guide/costs/', title: 'What it costs'},
          ],
        },
      ],
    },
  },
};

test('docs metadata maps doc ids to permalink and title; an unknown id throws naming it', () => {
  const docs = docRoutesFrom(allContent);
  assert.deepEqual(docRoute(docs, 'decide/costs'), {permalink: '/guide/costs/', title: 'What it costs'});
  assert.throws(() => docRoute(docs, 'decide/cost'), /Unknown doc id "decide\/cost"/);
  assert.throws(() => docRoute(docs, 'toString'), /Unknown doc id "toString"/);
  assert.throws(() => docRoutesFrom({}), /docs plugin/);
});

test('the build-time doc-id checks name the record and the id', () => {
  const ids = new Set(['openai/gpt-oss']);
  assert.deepEqual(checkDocIds('models', [{id: 'm', guidePages: ['openai/gpt-oss', 'openai/gpt']}], ids), [
    'models[m].guidePages.1: unknown doc id "openai/gpt" (no such file under docs/)',
  ]);
  const chooser = chooserDocProblems(ids);
  assert.ok(chooser.some((p) => /^chooser\.LINKS\.costs\.doc: unknown doc id "decide\/costs"/.test(p)));
});

test('every doc id in the data, the sections and the redirects names a file under docs/', () => {
  const docIds = new Set(
    [...modelRecords, ...toolRecords].flatMap((r) => r.guidePages).concat(GUIDE_SECTIONS.map((s) => s.doc)),
  );
  const permalinks = [...docIds].map((id) => docPermalink(ROOT, 'guide', id));
  assert.ok(
    permalinks.every((p) => /^\/guide\/[a-z0-9-]+\/$/.test(p)),
    permalinks.join(' '),
  );
  assert.equal(docPermalink(ROOT, 'guide', 'openai/gpt-oss'), '/guide/gpt-oss/');
  assert.throws(() => docPermalink(ROOT, 'guide', 'openai/gpt-os'), /Unknown doc id "openai\/gpt-os"/);
  for (const r of redirects) assert.notEqual(docPermalink(ROOT, 'guide', r.toDoc), r.from);
});

test('price presets cite source records holding the URL the price dataset names', () => {
  const prices = generated as GeneratedPrices;
  const url = (id: string) => getSource(id)?.url;
  assert.deepEqual(presetSourceProblems(prices, PRESET_SOURCES, url), []);
  const wrong = {...PRESET_SOURCES, 'gpt-5-5': 'anthropic-api-pricing'};
  assert.deepEqual(presetSourceProblems(prices, wrong, url), [
    'prices[gpt-5-5].source: source "anthropic-api-pricing" points to https://www.anthropic.com/pricing#api, but the price dataset names https://developers.openai.com/api/docs/pricing; update the record or pick the right one',
  ]);
  assert.match(presetSourceProblems(prices, {'gpt-5-5': 'nope'}, url)[0], /unknown source id "nope"/);
});
