/** gpt-oss-120b: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open, partial} from '../../../../define';
import family from '../family';

const gptOssRepo = ev('gpt-oss-repo', '2026-06');
const gptOssCard = ev('gpt-oss-model-card', '2025-08');
const gptOssPolicy = ev('gpt-oss-usage-policy', '2026-06');
const gptOssRouter = ev('openrouter-gpt-oss-120b', '2026');

export default defineVersion(family, {
  id: 'gpt-oss-120b',
  name: 'gpt-oss-120b',
  organization: 'OpenAI',
  firstRelease: '2025-08-05',
  releaseSource: 'introducing-gpt-oss',
  summary:
    "OpenAI's larger open-weight reasoning model: a text-only mixture-of-experts model under Apache 2.0 that fits on one 80 GB GPU.",
  modalities: ['text'],
  parameters: {
    status: 'disclosed',
    sizes: [{total: 1.17e11, active: 5.1e9}],
    note: '116.8B total exactly.',
    ...gptOssRepo,
  },
  license: 'Apache-2.0',
  access: ['weights', 'api'],
  howToGet:
    'Download from Hugging Face (openai/gpt-oss-120b), run with vLLM, Transformers or Ollama (gpt-oss:120b), or use a hosting provider.',
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
    api: open(gptOssRouter, 'Offered by many third-party API providers.'),
  },
  guidePages: [G.answer, G.gptOss, G.vsWeights, G.alternatives, G.local, G.choose],
  lastVerified: '2026-11-27',
  trackers: {
    eu: {file: 'GPT-OSS.yaml', role: 'end', note: 'Rates gpt-oss-120b, the larger of the two.'},
    mot: {file: 'gpt-oss-120b.yml', note: 'gpt-oss-120b.'},
  },
  timelineLabel: 3,
  sources: [],
});
