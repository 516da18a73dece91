/** SmolLM3: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open, partial} from '../../../define';
import maker from '../maker';

const smolCard = ev('smollm3-card', '2025-07-08');
const smolRepo = ev('smollm-repo', '2025-07');
const smolData = ev('smollm3-collection', '2025-08-12');
const smolBlog = ev('smollm3-blog', '2025-07-08');

export default defineVersion(maker, {
  id: 'smollm3',
  name: 'SmolLM3',
  organization: 'Hugging Face',
  firstRelease: '2025-07-08',
  releaseSource: 'smollm3-blog',
  summary:
    'A fully open 3B model with a reasoning mode and six languages, released with its data mixture and training configs.',
  inputs: ['text'],
  outputs: ['text'],
  parameters: {status: 'disclosed', sizes: [{total: 3e9}], ...smolCard},
  license: 'Apache-2.0',
  access: ['weights'],
  howToGet:
    'Download from Hugging Face (HuggingFaceTB/SmolLM3-3B); runs in Transformers, vLLM and llama.cpp.',
  openness: {
    weights: open(smolCard, 'Base, instruct and intermediate checkpoints under Apache 2.0.'),
    inferenceCode: open(smolCard, 'Supported in Transformers and vLLM; usage code in the model card.'),
    trainingCode: open(smolRepo, 'Training configs and code published in huggingface/smollm.'),
    trainingData: open(smolData, 'Pre-training datasets published as a Hugging Face collection.'),
    dataDocumentation: open(smolBlog, 'Data mixture per training stage documented with the release.'),
    paper: partial(smolBlog, 'A long engineering blog post with the recipe; no peer-reviewed paper.'),
    modelCard: open(smolCard, 'Model card with uses, limits and evaluations.'),
    license: open(smolCard, 'Apache 2.0, an OSI-approved license.'),
    api: closed(smolCard, 'Released for self-hosting; the maker runs no API for it.'),
  },
  guidePages: [G.alternatives],
  lastVerified: '2026-11-27',
  added: '2026-11-27',
  sources: [
    {
      id: 'smollm-repo',
      title: 'huggingface/smollm repository',
      publisher: 'Hugging Face on GitHub',
      url: 'https://github.com/huggingface/smollm',
      published: '2025-07',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'smollm3-blog',
      title: 'SmolLM3: announcement on the Hugging Face blog',
      publisher: 'Hugging Face blog',
      url: 'https://huggingface.co/blog/smollm3',
      published: '2025-07-08',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'smollm3-card',
      title: 'SmolLM3-3B model card',
      publisher: 'Hugging Face',
      url: 'https://huggingface.co/HuggingFaceTB/SmolLM3-3B',
      published: '2025-07-08',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'smollm3-collection',
      title: 'SmolLM3 collection (models and datasets)',
      publisher: 'Hugging Face',
      url: 'https://huggingface.co/collections/HuggingFaceTB/smollm3',
      published: '2025-08-12',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
