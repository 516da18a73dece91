/**
 * Qwen3-Embedding-8B: the largest of Alibaba's open Qwen3 text-embedding models, read from the
 * QwenLM/Qwen3-Embedding repository pinned at commit f4ad0c4 (2025-06-13), including the
 * technical report PDF it holds.
 */
import {defineVersion, ev, G, open, partial} from '../../../define';
import maker from '../maker';

const readme = ev('qwen3-embedding-readme', '2025-06-13');
const trainingDocs = ev('qwen3-embedding-training-docs', '2025-06-13');
const report = ev('qwen3-embedding-report', '2025-06-13');
const modelStudio = ev('alibaba-model-studio-text-embedding', '2026-03-24');

export default defineVersion(maker, {
  id: 'qwen3-embedding-8b',
  name: 'Qwen3-Embedding-8B',
  organization: 'Alibaba Group (Tongyi Lab, Qwen team)',
  firstRelease: '2025-06-05',
  releaseSource: 'qwen3-embedding-first-commit',
  summary:
    'The largest model in Alibaba’s open Qwen3-Embedding series: 8B parameters, vectors of up to 4,096 dimensions, over 100 languages and code, under Apache 2.0.',
  inputs: ['text', 'code'],
  outputs: ['embedding'],
  parameters: {
    status: 'disclosed',
    sizes: [{name: 'Qwen3-Embedding-8B', total: 8e9}],
    note: 'Size as the README rounds it; 36 layers, a 32K-token context and embeddings of up to 4,096 dimensions.',
    ...readme,
  },
  license: 'Apache-2.0',
  access: ['weights', 'api'],
  howToGet:
    'Download Qwen/Qwen3-Embedding-8B from Hugging Face or ModelScope and run it with Transformers, Sentence Transformers or vLLM; Alibaba Cloud also sells hosted embeddings from the series.',
  openness: {
    weights: open(
      readme,
      'The README links the 8B weights on Hugging Face and ModelScope and loads them directly, with no access form.',
    ),
    inferenceCode: open(
      readme,
      'The README gives working code for Transformers, Sentence Transformers and vLLM, with example scripts in the repository.',
    ),
    trainingCode: partial(
      trainingDocs,
      'Only a guide to fine-tuning the models with ModelScope SWIFT; the multi-stage training and merging code is not in the repository.',
    ),
    trainingData: partial(
      report,
      'The synthetic pairs (about 150M, and 12M filtered) are not released; the labelled part draws on public sets such as MS MARCO and NQ.',
    ),
    dataDocumentation: partial(
      report,
      'Pair counts per stage and how the synthetic data was made with Qwen3-32B; the labelled sets are named only in part ("etc.").',
    ),
    paper: open(
      report,
      'Technical report on the architecture, synthetic-data recipe, multi-stage training, model merging and evaluation.',
    ),
    modelCard: partial(
      readme,
      'The README is the card: sizes, languages, usage and MTEB results, but nothing on limitations or risks.',
    ),
    license: open(report, 'The report states Apache 2.0 for the released models, an OSI-approved license.'),
    api: open(
      modelStudio,
      'Alibaba Cloud Model Studio sells text-embedding-v4, listed as part of the Qwen3-Embedding series; it does not say which size.',
    ),
  },
  guidePages: [G.alternatives, G.beyondChat],
  lastVerified: '2026-12-07',
  added: '2026-12-07',
  sources: [
    {
      id: 'qwen3-embedding-first-commit',
      title: 'Qwen3-Embedding: first commit of the repository (commit 490a766)',
      publisher: 'Qwen team (Alibaba) on GitHub',
      url: 'https://github.com/QwenLM/Qwen3-Embedding/commit/490a766108a8c791b45df4f51aed6d4fcee2b1a1',
      published: '2025-06-05',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'qwen3-embedding-readme',
      title: 'Qwen3-Embedding README: model list, usage, training pointer and MTEB results',
      publisher: 'Qwen team (Alibaba) on GitHub',
      url: 'https://github.com/QwenLM/Qwen3-Embedding/blob/f4ad0c434c0e3534494e26a4a6bdfd8ab1431968/README.md',
      asOf: '2025-06-13',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'qwen3-embedding-training-docs',
      title: 'Qwen3-Embedding: SWIFT training support (docs/training/SWIFT.md)',
      publisher: 'Qwen team (Alibaba) on GitHub',
      url: 'https://github.com/QwenLM/Qwen3-Embedding/blob/f4ad0c434c0e3534494e26a4a6bdfd8ab1431968/docs/training/SWIFT.md',
      asOf: '2025-06-13',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'qwen3-embedding-report',
      title:
        'Qwen3 Embedding: Advancing Text Embedding and Reranking Through Foundation Models (technical report PDF in the repository)',
      publisher: 'Zhang et al., Tongyi Lab, Alibaba Group (arXiv 2506.05176)',
      url: 'https://github.com/QwenLM/Qwen3-Embedding/blob/f4ad0c434c0e3534494e26a4a6bdfd8ab1431968/qwen3_embedding_technical_report.pdf',
      asOf: '2025-06-13',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'alibaba-model-studio-text-embedding',
      title: 'Text embedding synchronous API (text-embedding-v4, part of the Qwen3-Embedding series)',
      publisher: 'Alibaba Cloud Model Studio',
      url: 'https://www.alibabacloud.com/help/en/model-studio/text-embedding-synchronous-api',
      asOf: '2026-03-24',
      kind: 'primary',
      topic: 'economics',
      note: 'Living page; the version read was last updated 24 March 2026.',
    },
  ],
});
