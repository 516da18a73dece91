/** gpt-oss-20b: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open, partial} from '../../../../define';
import family from '../family';

const gptOssRepo = ev('gpt-oss-repo', '2026-06');
const gptOssCard = ev('gpt-oss-model-card', '2025-08');
const gptOssPolicy = ev('gpt-oss-usage-policy', '2026-06');
const gptOssRouter20 = ev('openrouter-gpt-oss-20b', '2026');

export default defineVersion(family, {
  id: 'gpt-oss-20b',
  name: 'gpt-oss-20b',
  organization: 'OpenAI',
  firstRelease: '2025-08-05',
  releaseSource: 'introducing-gpt-oss',
  summary:
    "OpenAI's smaller open-weight reasoning model, text-only, under Apache 2.0; runs within 16 GB of memory.",
  modalities: ['text'],
  parameters: {
    status: 'disclosed',
    sizes: [{total: 2.1e10, active: 3.6e9}],
    note: '20.9B total exactly.',
    ...gptOssRepo,
  },
  license: 'Apache-2.0',
  access: ['weights', 'api'],
  howToGet:
    'Download from Hugging Face (openai/gpt-oss-20b) or run it with Ollama (gpt-oss:20b), LM Studio or llama.cpp.',
  openness: {
    weights: open(gptOssRepo, 'Weights on Hugging Face under Apache 2.0.'),
    inferenceCode: open(gptOssCard, 'Reference implementations for PyTorch, Triton and Apple Metal.'),
    trainingCode: closed(gptOssCard, 'Only weights, inference code, tools and tokenizer were released.'),
    trainingData: closed(gptOssCard, 'Training data not released.'),
    dataDocumentation: partial(
      gptOssCard,
      'Broad description only: mostly English text on STEM, coding and general knowledge.',
    ),
    paper: open(gptOssCard, 'Model card on arXiv with architecture and training details.'),
    modelCard: open(gptOssCard, 'Published model card with evaluations and safety testing.'),
    license: open(
      gptOssPolicy,
      'Apache 2.0 plus a two-sentence usage policy that asks users to follow applicable law.',
    ),
    api: open(gptOssRouter20, 'Offered by third-party API providers.'),
  },
  guidePages: [G.gptOss, G.local, G.choose],
  lastVerified: '2026-11-27',
  trackers: {mot: {file: 'gpt-oss-20b.yml', note: 'gpt-oss-20b.'}},
  sources: [],
});
