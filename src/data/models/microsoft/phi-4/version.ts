/** Phi-4: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open, partial} from '../../../define';
import maker from '../maker';

const phi4Card = ev('phi-4-card', '2024-12-12');
const phi4Paper = ev('phi-4-report', '2024-12-12');
const phi4Data = ev('phi-4-data-card', '2025-11-24');
const phi4Launch = ev('microsoft-phi-4-announcement', '2024-12-12');

export default defineVersion(maker, {
  id: 'phi-4',
  name: 'Phi-4',
  organization: 'Microsoft',
  firstRelease: '2024-12-12',
  releaseSource: 'phi-4-card',
  summary:
    'A 14B dense small language model trained largely on synthetic and filtered data, released under the MIT license.',
  inputs: ['text', 'code'],
  outputs: ['text', 'code'],
  parameters: {status: 'disclosed', sizes: [{total: 1.4e10}], ...phi4Card},
  license: 'MIT',
  access: ['weights', 'api'],
  howToGet: 'Download from Hugging Face (microsoft/phi-4) or use it in Azure AI Foundry; runs in Ollama.',
  openness: {
    weights: open(phi4Card, 'Weights on Hugging Face under MIT, no gate.'),
    inferenceCode: open(phi4Card, 'Runs with Hugging Face Transformers; usage code in the model card.'),
    trainingCode: closed(phi4Paper, 'Training code not released.'),
    trainingData: closed(
      phi4Data,
      'About 9.8T tokens of synthetic, filtered web, licensed and chat data; not released.',
    ),
    dataDocumentation: partial(
      phi4Data,
      'A data summary card lists source categories and sizes, not datasets.',
    ),
    paper: open(phi4Paper, 'Technical report on arXiv with data-generation and training details.'),
    modelCard: open(phi4Card, 'Model card with intended uses, limits, safety and benchmarks.'),
    license: open(phi4Card, 'MIT, an OSI-approved license.'),
    api: open(phi4Launch, 'Available as a hosted model in Azure AI Foundry from launch.'),
  },
  guidePages: [G.alternatives],
  lastVerified: '2026-11-27',
  added: '2026-11-27',
  sources: [
    {
      id: 'microsoft-phi-4-announcement',
      title: 'Introducing Phi-4 (Microsoft AI Platform blog)',
      publisher: 'Microsoft Tech Community',
      url: 'https://techcommunity.microsoft.com/blog/aiplatformblog/introducing-phi-4-microsoft%E2%80%99s-newest-small-language-model-specializing-in-comple/4357090',
      published: '2024-12-12',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'phi-4-card',
      title: 'phi-4 model card',
      publisher: 'Microsoft on Hugging Face',
      url: 'https://huggingface.co/microsoft/phi-4',
      published: '2024-12-12',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'phi-4-data-card',
      title: 'Phi-4 data summary card',
      publisher: 'Microsoft on Hugging Face',
      url: 'https://huggingface.co/microsoft/phi-4/blob/main/data_summary_card.md',
      asOf: '2025-11-24',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'phi-4-report',
      title: 'Phi-4 Technical Report',
      publisher: 'Abdin et al., Microsoft Research (arXiv 2412.08905)',
      url: 'https://arxiv.org/abs/2412.08905',
      published: '2024-12-12',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
