/** IBM Granite 4.0: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open, partial} from '../../../define';
import maker from '../maker';

const graniteLaunch = ev('ibm-granite-4-announcement', '2025-10-02');
const graniteCard = ev('granite-4-h-small-card', '2025-10-02');

export default defineVersion(maker, {
  id: 'granite-4-0',
  name: 'IBM Granite 4.0',
  organization: 'IBM',
  firstRelease: '2025-10-02',
  releaseSource: 'ibm-granite-4-announcement',
  summary:
    "IBM's hybrid Mamba-Transformer model family for enterprise tasks, under Apache 2.0 with cryptographically signed checkpoints.",
  inputs: ['text', 'code'],
  outputs: ['text', 'code'],
  parameters: {
    status: 'disclosed',
    sizes: [
      {name: 'H-Small', total: 3.2e10, active: 9e9},
      {name: 'H-Tiny', total: 7e9, active: 1e9},
      {name: 'H-Micro', total: 3e9},
      {name: 'Micro', total: 3e9},
    ],
    ...graniteLaunch,
  },
  license: 'Apache-2.0',
  access: ['weights', 'api'],
  howToGet:
    'Download from Hugging Face (ibm-granite) or use IBM watsonx.ai; runs in Ollama, vLLM and llama.cpp.',
  openness: {
    weights: open(graniteCard, 'Base and instruct weights under Apache 2.0, no gate.'),
    inferenceCode: open(graniteCard, 'Supported in Transformers and vLLM; usage code in the card.'),
    trainingCode: closed(graniteLaunch, 'Training code not released.'),
    trainingData: closed(graniteCard, 'Trained on about 15T tokens; the data itself is not released.'),
    dataDocumentation: partial(
      graniteCard,
      'Data categories and training stages described, not a dataset list.',
    ),
    paper: partial(
      graniteLaunch,
      'An announcement and model cards describe the design; no full technical report.',
    ),
    modelCard: open(graniteCard, 'Model card with uses, languages, evaluation and limits.'),
    license: open(graniteCard, 'Apache 2.0, an OSI-approved license.'),
    api: open(graniteLaunch, 'Available on IBM watsonx.ai and through partner platforms.'),
  },
  guidePages: [G.alternatives],
  lastVerified: '2026-11-27',
  added: '2026-11-27',
  sources: [
    {
      id: 'granite-4-h-small-card',
      title: 'granite-4.0-h-small model card',
      publisher: 'IBM Granite on Hugging Face',
      url: 'https://huggingface.co/ibm-granite/granite-4.0-h-small',
      published: '2025-10-02',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'ibm-granite-4-announcement',
      title: 'IBM Granite 4.0: announcement of the hybrid models',
      publisher: 'IBM',
      url: 'https://www.ibm.com/new/announcements/ibm-granite-4-0-hyper-efficient-high-performance-hybrid-models',
      published: '2025-10-02',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
