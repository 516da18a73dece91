/** OLMo 3.1: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, open} from '../../../define';
import maker from '../maker';

const olmo31Card = ev('olmo-3-1-32b-think-card', '2026-01-05');
const olmoCore = ev('olmo-core-repo', '2025-11');
const olmo3Collection = ev('olmo-3-collection', '2025-12');
const olmo3Paper = ev('olmo-3-paper', '2025-12');
const olmo31Router = ev('openrouter-olmo-3-1-32b-think', '2025-12-16');

export default defineVersion(maker, {
  id: 'olmo-3-1',
  name: 'OLMo 3.1',
  organization: 'Allen Institute for AI (Ai2)',
  firstRelease: '2025-12',
  releaseSource: 'olmo-3-1-32b-think-card',
  summary:
    'An update to OLMo 3 32B: a Think model with extended reinforcement learning (reported) and a new 32B Instruct model, released like OLMo 3 with its data, code and checkpoints.',
  inputs: ['text', 'code'],
  outputs: ['text', 'code'],
  parameters: {
    status: 'disclosed',
    sizes: [
      {name: '32B Think', total: 3.2e10},
      {name: '32B Instruct', total: 3.2e10},
    ],
    note: 'Both build on the OLMo 3 32B base model.',
    ...olmo31Card,
  },
  license: 'Apache-2.0',
  access: ['weights', 'api'],
  howToGet:
    'Download from Hugging Face (allenai/Olmo-3.1-32B-Think or -Instruct); also offered by third-party API hosts.',
  openness: {
    weights: open(olmo31Card, 'Final and intermediate checkpoints under Apache 2.0, no gate.'),
    inferenceCode: open(olmo31Card, 'Runs in Hugging Face Transformers and vLLM; usage code in the card.'),
    trainingCode: open(olmoCore, 'Pre-training (OLMo-core) and post-training (open-instruct) code released.'),
    trainingData: open(
      olmo3Collection,
      'Pre-training (Dolma 3) and post-training (Dolci) datasets published on Hugging Face.',
    ),
    dataDocumentation: open(olmo3Paper, 'The OLMo 3 report lists the sources and mixes of every stage.'),
    paper: open(olmo3Paper, 'The OLMo 3 technical report on arXiv also reports the 3.1 models.'),
    modelCard: open(olmo31Card, 'Hugging Face model card with stages, evaluation and limits.'),
    license: open(olmo31Card, 'Apache 2.0, an OSI-approved license.'),
    api: open(olmo31Router, 'Listed by OpenRouter from December 2025 (a third-party host).'),
  },
  guidePages: [G.alternatives],
  lastVerified: '2026-11-27',
  added: '2026-11-27',
  sources: [
    {
      id: 'olmo-3-1-32b-think-card',
      title: 'Olmo-3.1-32B-Think model card',
      publisher: 'Allen Institute for AI on Hugging Face',
      url: 'https://huggingface.co/allenai/Olmo-3.1-32B-Think',
      published: '2026-01-05',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'olmo-3-collection',
      title: 'Olmo 3 collection on Hugging Face',
      publisher: 'Allen Institute for AI on Hugging Face',
      url: 'https://huggingface.co/collections/allenai/olmo-3',
      published: '2025-12',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'openrouter-olmo-3-1-32b-think',
      title: 'Olmo 3.1 32B Think on OpenRouter',
      publisher: 'OpenRouter',
      url: 'https://openrouter.ai/allenai/olmo-3.1-32b-think',
      published: '2025-12-16',
      kind: 'primary',
      topic: 'economics',
    },
  ],
});
