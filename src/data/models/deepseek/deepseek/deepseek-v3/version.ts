/** DeepSeek-V3: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open, partial} from '../../../../define';
import family from '../family';

const dsV3 = ev('deepseek-v3-card', '2024-12-26');
const dsV3Report = ev('deepseek-v3-report', '2024-12');
const dsR1 = ev('deepseek-r1-repo', '2026-06');

export default defineVersion(family, {
  id: 'deepseek-v3',
  name: 'DeepSeek-V3',
  organization: 'DeepSeek (Hangzhou, China)',
  firstRelease: '2024-12-26',
  releaseSource: 'deepseek-v3-card',
  summary:
    "A 671B mixture-of-experts model (37B active). The December 2024 checkpoint's weights use the DeepSeek Model License; DeepSeek-V3-0324 (2025-03-24) and later V3.x checkpoints are MIT.",
  inputs: ['text'],
  outputs: ['text'],
  parameters: {status: 'disclosed', sizes: [{total: 6.71e11, active: 3.7e10}], ...dsV3},
  license: 'deepseek-model-license',
  access: ['weights', 'api', 'app'],
  howToGet:
    'Download from Hugging Face (deepseek-ai/DeepSeek-V3); DeepSeek also runs a chatbot and an OpenAI-compatible API.',
  openness: {
    weights: partial(
      dsV3,
      'The December 2024 checkpoint is downloadable under the use-restricted DeepSeek Model License.',
    ),
    inferenceCode: open(dsV3, 'Code released under MIT.'),
    trainingCode: closed(dsV3, 'Training code not released.'),
    trainingData: closed(dsV3, 'Training data not released.'),
    dataDocumentation: partial(
      dsV3Report,
      'The report gives 14.8T tokens and broad composition, not the sources.',
    ),
    paper: open(
      dsV3Report,
      'Technical report on arXiv with architecture, training infrastructure and method.',
    ),
    modelCard: partial(
      dsV3,
      'The Hugging Face card gives architecture, benchmarks and how to run it; no intended uses or limits.',
    ),
    license: partial(
      dsV3,
      'Original checkpoint (2024-12-26): custom DeepSeek Model License with use restrictions. MIT since 2025-03-24 (V3-0324) for later V3 checkpoints, according to reports; see the DeepSeek-V3.2 record.',
    ),
    api: open(dsR1, 'DeepSeek offers an OpenAI-compatible API.'),
  },
  guidePages: [G.alternatives],
  lastVerified: '2026-11-27',
  added: '2026-11-23',
  changes: [
    {
      date: '2026-11-27',
      kind: 'correction',
      what: 'Corrected the summary and license note: V3-0324 and later V3 checkpoints are MIT; the December 2024 weights keep the DeepSeek Model License.',
      source: 'deepseek-v3-0324-report',
    },
    {
      date: '2025-03-24',
      kind: 'terms',
      what: 'License changed to MIT with the DeepSeek-V3-0324 checkpoint.',
      source: 'deepseek-v3-0324-report',
    },
  ],
  trackers: {mot: {file: 'DeepSeek-V3.yml', note: 'DeepSeek-V3.'}},
  sources: [
    {
      id: 'deepseek-v3-0324-report',
      title: 'DeepSeek-V3-0324',
      publisher: 'AI/TLDR',
      url: 'https://ai-tldr.dev/models/deepseek-v3-0324/',
      asOf: '2026-11-27',
      kind: 'secondary',
      topic: 'models',
      note: 'Secondary summary of the Hugging Face model card deepseek-ai/DeepSeek-V3-0324 (released 2025-03-24, MIT).',
    },
    {
      id: 'deepseek-v3-report',
      title: 'DeepSeek-V3 Technical Report',
      publisher: 'DeepSeek-AI (arXiv 2412.19437)',
      url: 'https://arxiv.org/abs/2412.19437',
      published: '2024-12',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
