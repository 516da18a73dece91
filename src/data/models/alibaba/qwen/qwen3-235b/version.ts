/** Qwen3-235B-A22B: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open, partial} from '../../../../define';
import family from '../family';

const qwen3 = ev('qwen3-blog', '2025-04-29');
const qwen3Card = ev('qwen3-235b-card', '2025-04-29');
const qwen3Report = ev('qwen3-report', '2025-05');

export default defineVersion(family, {
  id: 'qwen3-235b',
  name: 'Qwen3-235B-A22B',
  organization: 'Alibaba Cloud (Qwen team)',
  firstRelease: '2025-04-29',
  releaseSource: 'qwen3-blog',
  summary: 'The largest Qwen3 model at launch, a mixture-of-experts model under Apache 2.0.',
  inputs: ['text'],
  outputs: ['text'],
  parameters: {status: 'disclosed', sizes: [{total: 2.35e11, active: 2.2e10}], ...qwen3},
  license: 'Apache-2.0',
  access: ['weights'],
  howToGet: 'Download from Hugging Face (Qwen); smaller Qwen3 sizes run in Ollama and llama.cpp.',
  openness: {
    weights: open(qwen3, 'Weights released under Apache 2.0.'),
    inferenceCode: open(
      qwen3Card,
      'Supported in Transformers, vLLM and SGLang; the model card shows usage code.',
    ),
    trainingCode: closed(qwen3, 'Training code not released.'),
    trainingData: closed(qwen3, 'Training data not released.'),
    dataDocumentation: partial(
      qwen3Report,
      'The report gives 36T tokens in 119 languages and broad data types, not sources.',
    ),
    paper: open(qwen3Report, 'Technical report on arXiv with architecture, training stages and evaluations.'),
    modelCard: partial(qwen3Card, 'The card covers features, usage and benchmarks; little on limitations.'),
    license: open(qwen3, 'Apache 2.0, an OSI-approved license.'),
    api: open(qwen3, 'Served through Alibaba Cloud Model Studio, per the release post.'),
  },
  guidePages: [G.alternatives],
  lastVerified: '2026-11-27',
  added: '2026-11-23',
  sources: [
    {
      id: 'qwen3-235b-card',
      title: 'Qwen3-235B-A22B model card',
      publisher: 'Qwen on Hugging Face',
      url: 'https://huggingface.co/Qwen/Qwen3-235B-A22B',
      published: '2025-04-29',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'qwen3-blog',
      title: 'Qwen3: think deeper, act faster',
      publisher: 'Qwen team (Alibaba Cloud)',
      url: 'https://qwenlm.github.io/blog/qwen3/',
      published: '2025-04-29',
      kind: 'secondary',
      topic: 'models',
      note: 'License detail taken from secondary reports of this post; not re-read by the team.',
    },
  ],
});
