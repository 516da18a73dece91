/**
 * nomic-embed-text-v1.5: Nomic AI's open English text-embedding model with resizable (Matryoshka)
 * vectors, read from the nomic-ai/contrastors repository pinned at commit 613ddfd (2025-02-18),
 * its Hugging Face card and the Nomic Embed report.
 */
import {defineVersion, ev, G, open, partial} from '../../../define';
import maker from '../maker';

const card = ev('nomic-embed-text-v1-5-card', '2026-12');
const readme = ev('contrastors-readme', '2025-02-18');
const matryoshkaConfig = ev('contrastors-matryoshka-config', '2025-02-18');
const dataConfigs = ev('contrastors-data-configs', '2025-02-18');
const report = ev('nomic-embed-report', '2025-02-26');

export default defineVersion(maker, {
  id: 'nomic-embed-text-v1-5',
  name: 'nomic-embed-text-v1.5',
  organization: 'Nomic AI',
  firstRelease: '2024-02',
  releaseSource: 'contrastors-v1-5-listing',
  summary:
    'Nomic’s open English text-embedding model with an 8,192-token context, whose 768-dimension vectors can be cut down to 64; weights and training code are under Apache 2.0.',
  inputs: ['text'],
  outputs: ['embedding'],
  parameters: {
    status: 'disclosed',
    sizes: [{name: 'nomic-embed-text-v1.5', total: 137e6}],
    note: '137M is the report’s count for v1; v1.5 was trained from the same base (the unsupervised v1 checkpoint), as its training config shows.',
    ...report,
  },
  license: 'Apache-2.0',
  access: ['weights', 'api'],
  howToGet:
    'Download nomic-ai/nomic-embed-text-v1.5 from Hugging Face and run it with Sentence Transformers or Transformers, starting each text with a task prefix such as search_query:, or call Nomic’s Embedding API.',
  openness: {
    weights: open(card, 'Weights on Hugging Face under Apache 2.0, with no access gate.'),
    inferenceCode: open(card, 'The card gives working code for Sentence Transformers and Transformers.'),
    trainingCode: open(
      matryoshkaConfig,
      'contrastors (Apache 2.0) holds the whole pipeline, including the config of the v1.5 Matryoshka fine-tune.',
    ),
    trainingData: partial(
      readme,
      'The training pairs are released, but the documented download needs a free Nomic Atlas account and access keys.',
    ),
    dataDocumentation: open(
      dataConfigs,
      'The data configs name every pretraining source (29) and fine-tuning set, with their shards.',
    ),
    paper: partial(
      report,
      'The peer-reviewed report (TMLR 2025) covers v1 in full: architecture, data, training and evaluation; we found no report on v1.5 itself.',
    ),
    modelCard: partial(
      card,
      'Hugging Face card with task prefixes, usage, MTEB scores per dimension and a training summary; nothing on limitations or bias.',
    ),
    license: open(card, 'Apache 2.0, an OSI-approved license.'),
    api: open(card, 'Nomic sells it through its Embedding API; the card links the API reference.'),
  },
  guidePages: [G.alternatives, G.beyondChat],
  lastVerified: '2026-12-07',
  added: '2026-12-07',
  sources: [
    {
      id: 'contrastors-v1-5-listing',
      title: 'contrastors README: nomic-embed-text-v1.5 added to the released models (commit 70f7baf)',
      publisher: 'Nomic AI on GitHub',
      url: 'https://github.com/nomic-ai/contrastors/commit/70f7baf0dff4e0019776e8c98257a3ad3fa4d687',
      published: '2024-02-12',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'contrastors-readme',
      title: 'contrastors README: training steps, data access and released models',
      publisher: 'Nomic AI on GitHub',
      url: 'https://github.com/nomic-ai/contrastors/blob/613ddfd37309e538cceadb05b1e6423e7b09f603/README.md',
      asOf: '2025-02-18',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'contrastors-matryoshka-config',
      title: 'contrastors: training config of nomic-embed-text-v1.5 (contrastive_matryoshka.yaml)',
      publisher: 'Nomic AI on GitHub',
      url: 'https://github.com/nomic-ai/contrastors/blob/613ddfd37309e538cceadb05b1e6423e7b09f603/src/contrastors/configs/train/contrastive_matryoshka.yaml',
      asOf: '2025-02-18',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'contrastors-data-configs',
      title: 'contrastors: data configs for contrastive pretraining and fine-tuning',
      publisher: 'Nomic AI on GitHub',
      url: 'https://github.com/nomic-ai/contrastors/tree/613ddfd37309e538cceadb05b1e6423e7b09f603/src/contrastors/configs/data',
      asOf: '2025-02-18',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'nomic-embed-text-v1-5-card',
      title: 'nomic-embed-text-v1.5 model card',
      publisher: 'Nomic AI on Hugging Face',
      url: 'https://huggingface.co/nomic-ai/nomic-embed-text-v1.5',
      asOf: '2026-12',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'nomic-embed-report',
      title: 'Nomic Embed: Training a Reproducible Long Context Text Embedder',
      publisher: 'Nussbaum, Morris, Duderstadt and Mulyar, Nomic AI (TMLR; arXiv 2402.01613)',
      url: 'https://openreview.net/forum?id=IPmzyQSiQE',
      published: '2025-02-26',
      kind: 'primary',
      topic: 'models',
      note: 'First posted on arXiv in February 2024; this is the TMLR version.',
    },
  ],
});
