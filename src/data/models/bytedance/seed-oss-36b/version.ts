/** Seed-OSS-36B: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open, partial} from '../../../define';
import maker from '../maker';

const seedCard = ev('seed-oss-36b-card', '2025-08');
const seedRepo = ev('seed-oss-repo', '2025-08');
const seedBaseWoSyn = ev('seed-oss-36b-base-wosyn-card', '2025-08');

export default defineVersion(maker, {
  id: 'seed-oss-36b',
  name: 'Seed-OSS-36B',
  organization: 'ByteDance Seed',
  firstRelease: '2025-08',
  releaseSource: 'seed-oss-36b-card',
  summary:
    "ByteDance's first open-weight language model family: a 36B dense model with long context, under Apache 2.0.",
  inputs: ['text', 'code'],
  outputs: ['text', 'code'],
  parameters: {status: 'disclosed', sizes: [{total: 3.6e10}], ...seedCard},
  license: 'Apache-2.0',
  access: ['weights'],
  howToGet:
    'Download from Hugging Face (ByteDance-Seed/Seed-OSS-36B-Instruct or the two Base versions); runs in vLLM and Transformers.',
  openness: {
    weights: open(seedCard, 'Instruct and Base weights under Apache 2.0, no gate.'),
    inferenceCode: open(seedRepo, 'Inference code and vLLM instructions in ByteDance-Seed/seed-oss.'),
    trainingCode: closed(seedRepo, 'Training code not released.'),
    trainingData: closed(seedCard, 'Training data not released.'),
    dataDocumentation: partial(
      seedBaseWoSyn,
      'Token count given, and a Base variant trained without synthetic instruction data; sources not listed.',
    ),
    paper: closed(seedCard, 'No technical report found; the model card gives architecture and results.'),
    modelCard: open(seedCard, 'Model card with architecture, benchmarks and usage.'),
    license: open(seedCard, 'Apache 2.0, an OSI-approved license.'),
    api: closed(seedCard, 'Released for self-hosting; no API from the maker is listed.'),
  },
  guidePages: [G.alternatives],
  lastVerified: '2026-11-27',
  added: '2026-11-27',
  sources: [
    {
      id: 'seed-oss-36b-base-wosyn-card',
      title: 'Seed-OSS-36B-Base-woSyn model card',
      publisher: 'ByteDance Seed on Hugging Face',
      url: 'https://huggingface.co/ByteDance-Seed/Seed-OSS-36B-Base-woSyn',
      published: '2025-08',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'seed-oss-36b-card',
      title: 'Seed-OSS-36B-Instruct model card',
      publisher: 'ByteDance Seed on Hugging Face',
      url: 'https://huggingface.co/ByteDance-Seed/Seed-OSS-36B-Instruct',
      published: '2025-08',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'seed-oss-repo',
      title: 'ByteDance-Seed/seed-oss repository',
      publisher: 'ByteDance Seed on GitHub',
      url: 'https://github.com/ByteDance-Seed/seed-oss',
      published: '2025-08',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
