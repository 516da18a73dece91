/** Phi-4-reasoning: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open, partial} from '../../../define';
import maker from '../maker';

const phi4rCard = ev('phi-4-reasoning-card', '2025-04-30');
const phi4rPaper = ev('phi-4-reasoning-report', '2025-04');
const phi4rRouter = ev('openrouter-phi-4-reasoning', '2025-05-01');

export default defineVersion(maker, {
  id: 'phi-4-reasoning',
  name: 'Phi-4-reasoning',
  organization: 'Microsoft',
  firstRelease: '2025-04-30',
  releaseSource: 'phi-4-reasoning-card',
  summary:
    'Phi-4 fine-tuned to reason step by step on math, science and code, with an RL-trained "plus" variant, under the MIT license.',
  inputs: ['text', 'code'],
  outputs: ['text', 'code'],
  parameters: {
    status: 'disclosed',
    sizes: [
      {name: 'reasoning', total: 1.4e10},
      {name: 'reasoning-plus', total: 1.4e10},
    ],
    note: 'Same 14B dense architecture as Phi-4.',
    ...phi4rCard,
  },
  license: 'MIT',
  access: ['weights', 'api'],
  howToGet: 'Download from Hugging Face (microsoft/Phi-4-reasoning); runs in Ollama and through API hosts.',
  openness: {
    weights: open(phi4rCard, 'Weights on Hugging Face under MIT, no gate.'),
    inferenceCode: open(phi4rCard, 'Runs with Hugging Face Transformers; usage code in the model card.'),
    trainingCode: closed(phi4rPaper, 'Fine-tuning and RL code not released.'),
    trainingData: closed(
      phi4rCard,
      'About 16B tokens of chain-of-thought training data (synthetic and filtered web); not released.',
    ),
    dataDocumentation: partial(
      phi4rPaper,
      'The report describes how prompts were chosen and traces made, not the datasets.',
    ),
    paper: open(phi4rPaper, 'Technical report on arXiv with data, training and evaluation.'),
    modelCard: open(phi4rCard, 'Model card with intended uses, limits, safety and benchmarks.'),
    license: open(phi4rCard, 'MIT, an OSI-approved license.'),
    api: open(phi4rRouter, 'Offered through third-party API hosts such as OpenRouter.'),
  },
  guidePages: [G.alternatives],
  lastVerified: '2026-11-27',
  added: '2026-11-27',
  sources: [
    {
      id: 'openrouter-phi-4-reasoning',
      title: 'Phi-4 Reasoning (free) on OpenRouter',
      publisher: 'OpenRouter',
      url: 'https://openrouter.ai/microsoft/phi-4-reasoning:free',
      published: '2025-05-01',
      kind: 'primary',
      topic: 'economics',
    },
    {
      id: 'phi-4-reasoning-card',
      title: 'Phi-4-reasoning model card',
      publisher: 'Microsoft on Hugging Face',
      url: 'https://huggingface.co/microsoft/Phi-4-reasoning',
      published: '2025-04-30',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'phi-4-reasoning-report',
      title: 'Phi-4-reasoning Technical Report',
      publisher: 'Abdin et al., Microsoft (arXiv 2504.21318)',
      url: 'https://arxiv.org/abs/2504.21318',
      published: '2025-04',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
