/**
 * BGE-M3: BAAI's multilingual text-embedding model (dense, sparse and multi-vector retrieval in one
 * model), read from the FlagOpen/FlagEmbedding repository pinned at commit 7ed43d6 (2026-04-22),
 * the report kept there, and the BAAI/bge-m3 Hugging Face repository.
 */
import {defineVersion, ev, G, open, partial} from '../../../define';
import maker from '../maker';

const m3Readme = ev('bge-m3-readme', '2026-04-22');
const codeLicense = ev('flagembedding-license', '2026-04-22');
const report = ev('bge-m3-report', '2024-02-05');
const hfRepo = ev('bge-m3-hf', '2026-12');
const sizeAnswer = ev('bge-m3-size-answer', '2026-12');
const cloudflare = ev('cloudflare-workers-ai-bge-m3', '2026-12');

export default defineVersion(maker, {
  id: 'bge-m3',
  name: 'BGE-M3',
  organization: 'BAAI (Beijing Academy of Artificial Intelligence)',
  firstRelease: '2024-01-30',
  releaseSource: 'flagembedding-readme',
  summary:
    'BAAI’s multilingual text-embedding model for search: one model gives dense, sparse and multi-vector embeddings for 100+ languages and inputs up to 8,192 tokens, under MIT.',
  inputs: ['text'],
  outputs: ['embedding'],
  parameters: {
    status: 'disclosed',
    sizes: [{total: 5.6e8}],
    note: 'A BAAI staff answer on Hugging Face gives about 560M, most of it a 250k-token embedding table on an XLM-RoBERTa-large-sized encoder.',
    ...sizeAnswer,
  },
  license: 'MIT',
  access: ['weights', 'api'],
  howToGet:
    'Download BAAI/bge-m3 from Hugging Face and run it with the FlagEmbedding package (BGEM3FlagModel) or sentence-transformers; cloud hosts such as Cloudflare Workers AI serve it.',
  openness: {
    weights: open(hfRepo, 'Weights on Hugging Face under MIT, with an ONNX export.'),
    inferenceCode: open(
      codeLicense,
      'The MIT FlagEmbedding package returns dense, sparse and multi-vector embeddings and scores.',
    ),
    trainingCode: partial(
      m3Readme,
      'MIT code for the unified fine-tuning with self-knowledge distillation; we did not confirm code for every pre-training stage.',
    ),
    trainingData: partial(
      m3Readme,
      'The fine-tuning data and the MLDR long-document set are on Hugging Face; we found no release of the 1.2-billion-pair pre-training set.',
    ),
    dataDocumentation: partial(
      report,
      'The report names the sources (Wikipedia, mC4, xP3, CC-News, NLLB…) with pair counts per group; filtering is only outlined.',
    ),
    paper: open(
      report,
      'Technical report on the XLM-RoBERTa-based model, its three retrieval modes, self-knowledge distillation, data and evaluation.',
    ),
    modelCard: partial(
      m3Readme,
      'The README covers specs, usage and benchmark results, but says nothing on limitations or risks.',
    ),
    license: open(hfRepo, 'MIT, an OSI-approved license, for the weights and the code.'),
    api: open(
      cloudflare,
      'Third-party hosts serve it, for example Cloudflare Workers AI (@cf/baai/bge-m3), priced per token.',
    ),
  },
  guidePages: [G.alternatives, G.beyondChat],
  lastVerified: '2026-12-07',
  added: '2026-12-07',
  sources: [
    {
      id: 'flagembedding-readme',
      title: 'FlagEmbedding README: news (BGE-M3 released 1/30/2024), model list and MIT license',
      publisher: 'BAAI (FlagOpen) on GitHub',
      url: 'https://github.com/FlagOpen/FlagEmbedding/blob/7ed43d67ec03fbe5c31c0992dbfa941fb1860549/README.md',
      asOf: '2026-04-22',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'bge-m3-readme',
      title: 'BGE-M3 README: specs, data, usage, evaluation and training',
      publisher: 'BAAI (FlagOpen) on GitHub',
      url: 'https://github.com/FlagOpen/FlagEmbedding/blob/7ed43d67ec03fbe5c31c0992dbfa941fb1860549/research/BGE_M3/README.md',
      asOf: '2026-04-22',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'flagembedding-license',
      title: 'FlagEmbedding LICENSE (MIT)',
      publisher: 'BAAI (FlagOpen) on GitHub',
      url: 'https://github.com/FlagOpen/FlagEmbedding/blob/7ed43d67ec03fbe5c31c0992dbfa941fb1860549/LICENSE',
      asOf: '2026-04-22',
      kind: 'primary',
      topic: 'licenses',
    },
    {
      id: 'bge-m3-report',
      title:
        'BGE M3-Embedding: Multi-Lingual, Multi-Functionality, Multi-Granularity Text Embeddings Through Self-Knowledge Distillation',
      publisher: 'Chen et al., BAAI and USTC (arXiv 2402.03216; copy in the FlagEmbedding repository)',
      url: 'https://github.com/FlagOpen/FlagEmbedding/blob/7ed43d67ec03fbe5c31c0992dbfa941fb1860549/research/BGE_M3/BGE_M3.pdf',
      published: '2024-02-05',
      kind: 'primary',
      topic: 'models',
      note: 'The repository copy was last updated on 2024-02-05; arXiv holds later revisions (the README mentions a July 2024 update of the MIRACL results).',
    },
    {
      id: 'bge-m3-hf',
      title: 'BAAI/bge-m3 on Hugging Face (weights, license tag mit)',
      publisher: 'BAAI on Hugging Face',
      url: 'https://huggingface.co/BAAI/bge-m3',
      asOf: '2026-12',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'bge-m3-size-answer',
      title: 'BAAI/bge-m3 discussion #60: model size (BAAI answer: 560M parameters)',
      publisher: 'BAAI on Hugging Face',
      url: 'https://huggingface.co/BAAI/bge-m3/discussions/60',
      asOf: '2026-12',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'cloudflare-workers-ai-bge-m3',
      title: 'bge-m3 on Cloudflare Workers AI: hosted text embeddings, price per million input tokens',
      publisher: 'Cloudflare Developers',
      url: 'https://developers.cloudflare.com/ai/models/@cf/baai/bge-m3/',
      asOf: '2026-12',
      kind: 'primary',
      topic: 'economics',
    },
  ],
});
