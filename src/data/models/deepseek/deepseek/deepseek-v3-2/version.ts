/** DeepSeek-V3.2: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open, partial} from '../../../../define';
import family from '../family';

const dsV32Exp = ev('deepseek-v3-2-exp-repo', '2025-09-29');
const dsV32Card = ev('deepseek-v3-2-card', '2025-12');
const dsV32Release = ev('deepseek-v3-2-release-report', '2025-12-02');

export default defineVersion(family, {
  id: 'deepseek-v3-2',
  name: 'DeepSeek-V3.2',
  organization: 'DeepSeek (Hangzhou, China)',
  firstRelease: '2025-12-01',
  releaseSource: 'deepseek-v3-2-release-report',
  summary:
    'The current V3.x checkpoint: a mixture-of-experts model with DeepSeek Sparse Attention, weights and code under MIT.',
  inputs: ['text'],
  outputs: ['text'],
  parameters: {
    status: 'disclosed',
    sizes: [{total: 6.71e11}],
    note: 'The reference inference configuration is for the 671B model; the active count per token is not recorded here.',
    ...dsV32Exp,
  },
  license: 'MIT',
  access: ['weights', 'api', 'app'],
  howToGet:
    'Download from Hugging Face (deepseek-ai/DeepSeek-V3.2); DeepSeek serves it in its chatbot and API.',
  openness: {
    weights: open(dsV32Card, 'Weights on Hugging Face under MIT.'),
    inferenceCode: open(
      dsV32Exp,
      'Inference demo code in the V3.2-Exp repository, plus open kernels; vLLM and SGLang support it.',
    ),
    trainingCode: closed(dsV32Exp, 'Inference code and kernels only; no training pipeline.'),
    trainingData: closed(dsV32Card, 'Training data not released.'),
    dataDocumentation: partial(
      dsV32Card,
      'The card describes its synthetic agentic-task data pipeline, not the pre-training corpus.',
    ),
    paper: open(
      dsV32Card,
      'Technical report linked from the model card (sparse attention, RL, agentic data).',
    ),
    modelCard: open(dsV32Card, 'Hugging Face model card with benchmarks and usage notes.'),
    license: open(
      dsV32Exp,
      'MIT for the repository and the weights. V3 weights moved to MIT with V3-0324 (2025-03-24).',
    ),
    api: open(dsV32Release, "Serves DeepSeek's app and API, according to release reports."),
  },
  guidePages: [G.alternatives],
  lastVerified: '2026-11-27',
  added: '2026-11-27',
  trackers: {eu: {file: 'deepseek-v3.yaml', role: 'end', note: 'Named deepseek-v3 but rates DeepSeek V3.2.'}},
  sources: [
    {
      id: 'deepseek-v3-2-card',
      title: 'deepseek-ai/DeepSeek-V3.2 model card',
      publisher: 'DeepSeek on Hugging Face',
      url: 'https://huggingface.co/deepseek-ai/DeepSeek-V3.2',
      published: '2025-12',
      asOf: '2026-11-27',
      kind: 'primary',
      topic: 'models',
      note: 'Read through mirrors of the card (license: mit; fine-tuned from DeepSeek-V3.2-Exp-Base).',
    },
    {
      id: 'deepseek-v3-2-exp-repo',
      title: 'deepseek-ai/DeepSeek-V3.2-Exp repository (README, License section)',
      publisher: 'DeepSeek on GitHub',
      url: 'https://github.com/deepseek-ai/DeepSeek-V3.2-Exp',
      published: '2025-09-29',
      asOf: '2026-11-27',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'deepseek-v3-2-release-report',
      title: 'DeepSeek-V3.2: the December 2025 release',
      publisher: 'Antigravity',
      url: 'https://antigravity.codes/blog/deepseek-v3-2-guide',
      published: '2025-12-02',
      kind: 'secondary',
      topic: 'models',
      note: 'Used only for the release date (2025-12-01).',
    },
  ],
});
