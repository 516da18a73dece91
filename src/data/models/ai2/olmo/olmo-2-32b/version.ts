/** OLMo 2 32B: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open} from '../../../../define';
import family from '../family';

const olmo2 = ev('olmo-2-32b-blog', '2025-03-13');
const olmo2Paper = ev('olmo-2-paper', '2025-01');
const olmo2Card = ev('olmo-2-32b-card', '2025-03');

export default defineVersion(family, {
  id: 'olmo-2-32b',
  name: 'OLMo 2 32B',
  organization: 'Allen Institute for AI (Ai2)',
  firstRelease: '2025-03-13',
  releaseSource: 'olmo-2-32b-blog',
  summary:
    'The largest OLMo 2 model, released with its weights, training data, code and recipe under Apache 2.0.',
  inputs: ['text'],
  outputs: ['text'],
  parameters: {status: 'disclosed', sizes: [{total: 3.2e10}], ...olmo2},
  license: 'Apache-2.0',
  access: ['weights'],
  howToGet:
    'Download from Hugging Face (allenai); data, code and checkpoints are linked from the release post.',
  openness: {
    weights: open(olmo2, 'Weights released under Apache 2.0.'),
    inferenceCode: open(olmo2, 'Code released alongside the weights.'),
    trainingCode: open(olmo2, 'Training code (OLMo-core) released.'),
    trainingData: open(olmo2, 'Pre-training and mid-training data mixes released.'),
    dataDocumentation: open(olmo2, 'Data mixes and the training recipe are documented.'),
    paper: open(olmo2Paper, 'The OLMo 2 paper on arXiv covers data, architecture, training and evaluation.'),
    modelCard: open(olmo2Card, 'Hugging Face model card with uses, limits, data and evaluation.'),
    license: open(olmo2Card, 'Apache 2.0, an OSI-approved license, per the model card.'),
    api: closed(olmo2, 'Released for download; the release post names no hosted API.'),
  },
  guidePages: [G.openSource, G.vsWeights, G.alternatives, G.choose],
  lastVerified: '2026-12-07',
  added: '2026-11-23',
  changes: [
    {
      date: '2026-12-07',
      kind: 'correction',
      what: "License note no longer cites OSI's 2024 validation, which covered the first OLMo, not OLMo 2 32B; it now rests on the model card's Apache 2.0 license.",
      source: 'olmo-2-32b-card',
    },
  ],
  sources: [
    {
      id: 'olmo-2-32b-blog',
      title: 'OLMo 2 32B (release announcement)',
      publisher: 'Allen Institute for AI',
      url: 'https://allenai.org/blog/olmo2-32B',
      published: '2025-03-13',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'olmo-2-32b-card',
      title: 'OLMo-2-0325-32B model card',
      publisher: 'Allen Institute for AI on Hugging Face',
      url: 'https://huggingface.co/allenai/OLMo-2-0325-32B',
      published: '2025-03',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'olmo-2-paper',
      title: '2 OLMo 2 Furious (the OLMo 2 report)',
      publisher: 'Team OLMo, Ai2 (arXiv 2501.00656)',
      url: 'https://arxiv.org/abs/2501.00656',
      published: '2025-01',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
