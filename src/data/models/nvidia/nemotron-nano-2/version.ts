/** NVIDIA Nemotron Nano 2: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, open, partial} from '../../../define';
import maker from '../maker';

const nemoCard = ev('nemotron-nano-9b-v2-card', '2025-08-18');
const nemoPaper = ev('nemotron-nano-2-report', '2025-08');
const nemoPretrainData = ev('nemotron-pretraining-code-v1', '2025-08');
const nemoBaseCard = ev('nemotron-nano-9b-v2-base-card', '2025-08-18');
const nemoLicense = ev('nvidia-open-model-license', '2025-08');
const nemoApi = ev('nvidia-build-nemotron-nano-9b-v2', '2025-08');

export default defineVersion(maker, {
  id: 'nemotron-nano-2',
  name: 'NVIDIA Nemotron Nano 2',
  organization: 'NVIDIA',
  firstRelease: '2025-08-18',
  releaseSource: 'nemotron-nano-9b-v2-card',
  summary:
    'A hybrid Mamba-Transformer reasoning model released with most of its pre-training and post-training data.',
  inputs: ['text', 'code'],
  outputs: ['text', 'code'],
  parameters: {
    status: 'disclosed',
    sizes: [
      {name: 'Nano 9B v2', total: 9e9},
      {name: 'Nano 12B v2 Base', total: 1.2e10},
    ],
    ...nemoCard,
  },
  license: 'nvidia-open-model-license',
  access: ['weights', 'api'],
  howToGet: 'Download from Hugging Face (nvidia/NVIDIA-Nemotron-Nano-9B-v2) or try it on build.nvidia.com.',
  openness: {
    weights: partial(
      nemoCard,
      'Downloadable under the NVIDIA Open Model License, custom terms with conditions.',
    ),
    inferenceCode: open(nemoCard, 'Runs in Transformers, vLLM and TensorRT-LLM; usage code in the card.'),
    trainingCode: partial(
      nemoPaper,
      "NVIDIA's training frameworks are open source; we found no release of this model's own scripts.",
    ),
    trainingData: partial(
      nemoPretrainData,
      'Large parts of the pre-training and post-training data released, some behind an access agreement.',
    ),
    dataDocumentation: open(nemoBaseCard, 'Dataset counts, sizes, languages and collection periods listed.'),
    paper: open(nemoPaper, 'Technical report on arXiv with architecture, data and training details.'),
    modelCard: open(nemoCard, 'Model card with uses, limits, evaluation and safety notes.'),
    license: partial(nemoLicense, 'NVIDIA Open Model License: custom terms, not OSI-approved.'),
    api: open(nemoApi, "Hosted on NVIDIA's API catalogue (build.nvidia.com)."),
  },
  guidePages: [G.alternatives],
  lastVerified: '2026-11-27',
  added: '2026-11-27',
  sources: [
    {
      id: 'nemotron-nano-2-report',
      title: 'NVIDIA Nemotron Nano 2 technical report',
      publisher: 'NVIDIA (arXiv 2508.14444)',
      url: 'https://arxiv.org/abs/2508.14444',
      published: '2025-08',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'nemotron-nano-9b-v2-base-card',
      title: 'NVIDIA-Nemotron-Nano-9B-v2-Base model card',
      publisher: 'NVIDIA on Hugging Face',
      url: 'https://huggingface.co/nvidia/NVIDIA-Nemotron-Nano-9B-v2-Base',
      published: '2025-08-18',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'nemotron-nano-9b-v2-card',
      title: 'NVIDIA-Nemotron-Nano-9B-v2 model card',
      publisher: 'NVIDIA on Hugging Face',
      url: 'https://huggingface.co/nvidia/NVIDIA-Nemotron-Nano-9B-v2',
      published: '2025-08-18',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'nemotron-pretraining-code-v1',
      title: 'Nemotron-Pretraining-Code-v1 dataset',
      publisher: 'NVIDIA on Hugging Face',
      url: 'https://huggingface.co/datasets/nvidia/Nemotron-Pretraining-Code-v1',
      published: '2025-08',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'nvidia-build-nemotron-nano-9b-v2',
      title: 'Nemotron Nano 9B v2 on build.nvidia.com',
      publisher: 'NVIDIA (build.nvidia.com)',
      url: 'https://build.nvidia.com/nvidia/nvidia-nemotron-nano-9b-v2',
      published: '2025-08',
      kind: 'primary',
      topic: 'economics',
    },
  ],
});
