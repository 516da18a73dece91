/** OLMo 3: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, open, partial} from '../../../../define';
import family from '../family';

const olmo3Card = ev('olmo-3-32b-card', '2025-11');
const olmoCore = ev('olmo-core-repo', '2025-11');
const olmo3Paper = ev('olmo-3-paper', '2025-12');
const olmo3Blog = ev('olmo-3-blog', '2025-11-20');

export default defineVersion(family, {
  id: 'olmo-3',
  name: 'OLMo 3',
  organization: 'Allen Institute for AI (Ai2)',
  firstRelease: '2025-11-20',
  releaseSource: 'olmo-3-blog',
  summary:
    'A fully open 7B and 32B family (Base, Think, Instruct) released with every dataset, checkpoint and training stage under Apache 2.0.',
  inputs: ['text', 'code'],
  outputs: ['text', 'code'],
  parameters: {
    status: 'disclosed',
    sizes: [
      {name: '7B', total: 7e9},
      {name: '32B', total: 3.2e10},
    ],
    note: 'OLMo 3.1 (December 2025) updated the 32B Think and Instruct models.',
    ...olmo3Card,
  },
  license: 'Apache-2.0',
  access: ['weights', 'app'],
  howToGet:
    "Download from Hugging Face (allenai) or try it in Ai2's Playground; data and code are linked from the release.",
  openness: {
    weights: open(olmo3Card, 'Final and intermediate checkpoints under Apache 2.0.'),
    inferenceCode: open(olmoCore, 'Supported in Transformers and vLLM; code in allenai/OLMo-core.'),
    trainingCode: open(olmoCore, 'Pre-training (OLMo-core) and post-training code released.'),
    trainingData: open(
      olmo3Paper,
      'Pre-training (Dolma 3), mid-training and post-training (Dolci) data released.',
    ),
    dataDocumentation: open(olmo3Paper, 'Every data mix and processing step documented in the report.'),
    paper: open(olmo3Paper, 'Full technical report on arXiv covering the whole model flow.'),
    modelCard: open(olmo3Card, 'Hugging Face model cards with uses, limits and evaluations.'),
    license: open(olmo3Card, 'Apache 2.0, an OSI-approved license.'),
    api: partial(olmo3Blog, "Ai2's Playground offers a chat demo; API access depends on third-party hosts."),
  },
  guidePages: [G.alternatives],
  lastVerified: '2026-11-27',
  added: '2026-11-27',
  timelineLabel: 10,
  sources: [
    {
      id: 'olmo-3-32b-card',
      title: 'Olmo-3-1125-32B model card',
      publisher: 'Allen Institute for AI on Hugging Face',
      url: 'https://huggingface.co/allenai/Olmo-3-1125-32B',
      published: '2025-11',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'olmo-3-blog',
      title: 'Olmo 3: announcement',
      publisher: 'Allen Institute for AI',
      url: 'https://allenai.org/blog/olmo3',
      published: '2025-11-20',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
