/**
 * Gemini 2.0 Flash: Google's hosted Flash model of the Gemini 2.0 generation, read from the
 * google-gemini/cookbook repository pinned at its Gemini 2.0 launch commit (11 December 2024) and at
 * the commit that moved its quickstart to gemini-2.0-flash (5 February 2025), the Gemini API and
 * Google Cloud model pages, the Gemini API changelog and a third-party archive of its model card.
 */
import {defineVersion, ev, G, closed, open, partial} from '../../../../define';
import family from '../family';

const apiPage = ev('gemini-2-0-flash-api-model-page', '2026-12');
const cloudPage = ev('gemini-2-0-flash-cloud-docs', '2026-12');
const changelog = ev('gemini-api-changelog', '2026-06-01');
const card = ev('modelcards-gemini-2-0-flash', '2025-04-15');

export default defineVersion(family, {
  id: 'gemini-2-0-flash',
  name: 'Gemini 2.0 Flash',
  organization: 'Google DeepMind',
  firstRelease: '2024-12-11',
  releaseSource: 'gemini-cookbook-gemini-2-readme',
  summary:
    'Google’s Flash model of the Gemini 2.0 generation: experimental as gemini-2.0-flash-exp from 11 December 2024, stable as gemini-2.0-flash from February 2025, shut down on 1 June 2026.',
  inputs: ['text', 'image', 'audio', 'video'],
  outputs: ['text'],
  parameters: {
    status: 'not-disclosed',
    note: 'Google has not disclosed parameter counts; its model pages give none.',
    ...apiPage,
  },
  license: 'google-terms',
  access: ['api'],
  howToGet:
    'Was offered through the Gemini API and Google Cloud as gemini-2.0-flash (snapshot gemini-2.0-flash-001); Google shut it down on 1 June 2026. No download.',
  openness: {
    weights: closed(cloudPage, 'Weights not released; the model ran only on Google’s servers.'),
    inferenceCode: closed(cloudPage, 'No inference code; access was through Google’s APIs only.'),
    trainingCode: closed(cloudPage, 'Training code not released.'),
    trainingData: closed(cloudPage, 'Training data not released.'),
    dataDocumentation: closed(
      apiPage,
      'The model page gives only a knowledge cutoff (August 2024); we did not read the model card’s data section.',
    ),
    paper: closed(apiPage, 'No technical report specific to Gemini 2.0 Flash in the sources we read.'),
    modelCard: partial(
      card,
      'Google published a model card on 15 April 2025 with evaluations and safety testing, per a third-party archive; we did not open Google’s PDF.',
    ),
    license: closed(cloudPage, 'Proprietary terms of service; nothing is licensed for download.'),
    api: open(
      changelog,
      'In the Gemini API from December 2024 (experimental) and as gemini-2.0-flash from February 2025 until its shutdown on 1 June 2026.',
    ),
  },
  guidePages: [G.closed, G.alternatives],
  lastVerified: '2026-12-07',
  added: '2026-12-07',
  changes: [
    {
      date: '2026-06-01',
      kind: 'availability',
      what: 'Google shut down gemini-2.0-flash and gemini-2.0-flash-001 in the Gemini API, pointing users to newer Flash models.',
      source: 'gemini-api-changelog',
    },
    {
      date: '2025-02-05',
      kind: 'availability',
      what: 'The stable gemini-2.0-flash ID replaced gemini-2.0-flash-exp as the default model in Google’s Gemini cookbook quickstart.',
      source: 'gemini-cookbook-get-started-2-0-flash',
    },
  ],
  sources: [
    {
      id: 'gemini-cookbook-gemini-2-readme',
      title: 'google-gemini/cookbook README.md at the “Gemini 2.0 notebooks” commit (9c9ef8b)',
      publisher: 'Google (google-gemini on GitHub)',
      url: 'https://github.com/google-gemini/cookbook/blob/9c9ef8be445b90be6af502ac74adb858d410c55f/README.md',
      asOf: '2024-12-11',
      kind: 'primary',
      topic: 'models',
      note: 'Points to Gemini 2.0 in the docs and to gemini-2.0-flash-exp in Google AI Studio on launch day.',
    },
    {
      id: 'gemini-cookbook-get-started-2-0-flash',
      title:
        'google-gemini/cookbook quickstarts/Get_started.ipynb at the commit that made gemini-2.0-flash the default (a916686)',
      publisher: 'Google (google-gemini on GitHub)',
      url: 'https://github.com/google-gemini/cookbook/blob/a916686f95f43aaef200875ac7174082dbdc4e76/quickstarts/Get_started.ipynb',
      asOf: '2025-02-05',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'gemini-2-0-flash-api-model-page',
      title: 'Gemini 2.0 Flash: Gemini API model page (inputs, outputs, token limits, versions)',
      publisher: 'Google AI for Developers',
      url: 'https://ai.google.dev/gemini-api/docs/models/gemini-2.0-flash',
      asOf: '2026-12',
      kind: 'primary',
      topic: 'models',
      note: 'Read in localized editions (Hebrew, Korean, Arabic) whose model facts match, listing all three versions as shut down.',
    },
    {
      id: 'gemini-2-0-flash-cloud-docs',
      title: 'Gemini 2.0 Flash: Google Cloud model page (modalities, token limits, discontinuation)',
      publisher: 'Google Cloud documentation',
      url: 'https://docs.cloud.google.com/gemini-enterprise-agent-platform/models/gemini/2-0-flash',
      asOf: '2026-12',
      kind: 'primary',
      topic: 'models',
      note: 'Read in its Markdown export (2-0-flash.md.txt), which marks the model discontinued as of 1 June 2026.',
    },
    {
      id: 'modelcards-gemini-2-0-flash',
      title: 'Gemini 2.0 Flash Model Card: summary and archived copy',
      publisher: 'modelcards.net',
      url: 'https://www.modelcards.net/documents/84',
      asOf: '2026-12',
      kind: 'secondary',
      topic: 'models',
      note: 'A third-party archive and summary of Google’s model card, which it dates 15 April 2025; we did not open Google’s PDF.',
    },
  ],
});
