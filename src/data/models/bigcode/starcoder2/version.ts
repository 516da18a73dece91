/**
 * StarCoder2: BigCode's code models (3B, 7B, 15B) trained on The Stack v2, read from the
 * starcoder2-15b model card pinned at commit b1bcca5 (2024-02-27), the paper's abstract, The Stack v2
 * dataset page and BigCode's license FAQ.
 */
import {defineVersion, ev, G, open, partial} from '../../../define';
import maker from '../maker';

const card = ev('starcoder2-15b-card', '2024-02-27');
const paper = ev('starcoder2-paper', '2024-02-29');
const stackV2 = ev('the-stack-v2-train-dataset', '2026-12');
const licenseFaq = ev('bigcode-openrail-m-faq', '2024-03-29');
const nvidiaApi = ev('llamaindex-nvidia-text-completion', '2026-12');

export default defineVersion(maker, {
  id: 'starcoder2',
  name: 'StarCoder2',
  organization: 'BigCode (open scientific collaboration on code models)',
  firstRelease: '2024-02',
  releaseSource: 'starcoder2-paper',
  summary:
    'BigCode’s code models at 3B, 7B and 15B parameters, trained on 3.3 to 4.3 trillion tokens from The Stack v2; weights under the BigCode OpenRAIL-M agreement with use restrictions.',
  inputs: ['text', 'code'],
  outputs: ['text', 'code'],
  parameters: {
    status: 'disclosed',
    sizes: [
      {name: 'StarCoder2-3B', total: 3e9},
      {name: 'StarCoder2-7B', total: 7e9},
      {name: 'StarCoder2-15B', total: 15e9},
    ],
    note: 'Sizes as the paper names them (3B, 7B, 15B).',
    ...paper,
  },
  license: 'bigcode-openrail-m',
  access: ['weights', 'api'],
  howToGet:
    'Download bigcode/starcoder2-3b, -7b or -15b from Hugging Face and run them with Transformers; NVIDIA’s API catalogue has served the 7B and 15B.',
  openness: {
    weights: partial(
      paper,
      'Weights for all three sizes are released under an OpenRAIL agreement that carries use restrictions.',
    ),
    inferenceCode: open(
      card,
      'The model card shows how to run it with Hugging Face Transformers (Apache 2.0).',
    ),
    trainingCode: partial(
      card,
      'The 15B card names NVIDIA’s NeMo framework and links a fine-tuning script; the pre-training setup itself is not published there.',
    ),
    trainingData: partial(
      stackV2,
      'The Stack v2 is on Hugging Face behind a terms gate; downloading the code in bulk needs an agreement with Software Heritage and Inria.',
    ),
    dataDocumentation: open(
      paper,
      'The report names every source (Software Heritage archive, GitHub pull requests, Kaggle notebooks, docs) and releases the SWHIDs of the code, enough to rebuild the set.',
    ),
    paper: open(
      paper,
      'Technical report on The Stack v2, the training of all three sizes and a broad code benchmark evaluation.',
    ),
    modelCard: open(
      card,
      'Card with intended use, limitations, training hardware and software, benchmark scores and the license.',
    ),
    license: partial(
      licenseFaq,
      'BigCode OpenRAIL-M v1: royalty-free, with use restrictions; BigCode says it is not an open-source license.',
    ),
    api: open(
      nvidiaApi,
      'LlamaIndex’s docs list starcoder2-7b and -15b on NVIDIA’s hosted API catalogue, a third-party host.',
    ),
  },
  guidePages: [G.alternatives],
  lastVerified: '2026-12-07',
  changes: [
    {
      date: '2026-12-07',
      kind: 'rating',
      rating: {dimension: 'dataDocumentation', from: 'partial', to: 'open'},
      what: 'Data documentation re-rated from partial to open: the report lists every source and releases the Software Heritage IDs, which meets the rubric (found by the sample audit).',
      source: 'starcoder2-paper',
    },
  ],
  added: '2026-12-07',
  trackers: {
    eu: {
      file: 'StarCoder.yaml',
      role: 'base',
      note: 'Base model StarCoder2-15B; their end model is StarCoder2-15B-Instruct.',
    },
  },
  sources: [
    {
      id: 'starcoder2-15b-card',
      title: 'bigcode/starcoder2-15b model card (commit b1bcca5)',
      publisher: 'BigCode on Hugging Face',
      url: 'https://huggingface.co/bigcode/starcoder2-15b/blob/b1bcca54e9429c6cdd5d935fe236f925ff65e077/README.md',
      asOf: '2024-02-27',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'starcoder2-paper',
      title: 'StarCoder 2 and The Stack v2: The Next Generation (arXiv 2402.19173)',
      publisher: 'Lozhkov et al., BigCode (paper page on co-author Arjun Guha’s site)',
      url: 'https://www.khoury.northeastern.edu/~arjunguha/main/papers/2024-starcoder-stack-2.html',
      published: '2024-02-29',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'the-stack-v2-train-dataset',
      title: 'bigcode/the-stack-v2-train dataset and its terms of use',
      publisher: 'BigCode on Hugging Face',
      url: 'https://huggingface.co/datasets/bigcode/the-stack-v2-train',
      asOf: '2026-12',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'llamaindex-nvidia-text-completion',
      title: 'NVIDIA LLM text completion API (StarCoder2 7B and 15B on the NVIDIA API catalogue)',
      publisher: 'LlamaIndex docs',
      url: 'https://developers.llamaindex.ai/python/examples/llm/nvidia_text_completion',
      asOf: '2026-12',
      kind: 'secondary',
      topic: 'economics',
    },
  ],
});
