/**
 * Gemma 2 27B: the largest Gemma 2 model (June 2024; the family also has 2B and 9B), under the
 * Gemma Terms of Use, whose appendix (last modified 2026-04-01) lists Gemma 2. Rated from the
 * gemma-2-27b-it card (2024 text), the Gemma 2 report, Hugging Face's launch post and the
 * gemma_pytorch repository pinned at commit 014acb7 (2025-03-12).
 */
import {defineVersion, ev, G, closed, open, partial} from '../../../../define';
import family from '../family';

const card = ev('gemma-2-27b-it-card', '2024-06');
const report = ev('gemma-2-report', '2024-07-31');
const pytorchRepo = ev('gemma-pytorch-readme-014acb7', '2025-03-12');
const openrouter = ev('openrouter-gemma-2-27b-it', '2026-12');
const gemmaTerms = ev('gemma-terms', '2026-04-01');

export default defineVersion(family, {
  id: 'gemma-2-27b',
  name: 'Gemma 2 27B',
  organization: 'Google DeepMind',
  firstRelease: '2024-06-27',
  releaseSource: 'hf-blog-gemma-2',
  summary:
    'The largest Gemma 2 model: a 27B text model from Google DeepMind with base and instruction-tuned checkpoints, under the Gemma Terms of Use.',
  inputs: ['text'],
  outputs: ['text'],
  parameters: {
    status: 'disclosed',
    sizes: [{total: 2.7e10}],
    note: 'Named 27B by Google; the card gives no exact count. The same card covers the 9B released with it.',
    ...card,
  },
  license: 'gemma-terms',
  access: ['weights', 'api'],
  howToGet:
    'Download google/gemma-2-27b or gemma-2-27b-it from Hugging Face (or Kaggle) after accepting the Gemma terms; runs with Transformers or Google’s gemma_pytorch.',
  openness: {
    weights: partial(
      card,
      'Base and instruct weights on Hugging Face behind a click-through: you must accept Google’s usage license first.',
    ),
    inferenceCode: open(
      pytorchRepo,
      'Google’s Apache-2.0 gemma_pytorch has run the Gemma 2 sizes (9B, 27B) since June 2024; Transformers supports it too.',
    ),
    trainingCode: closed(
      card,
      'No training code released; the card names JAX and ML Pathways on TPUv5p as the training stack.',
    ),
    trainingData: closed(card, '13 trillion tokens of web text, code and mathematics; not released.'),
    dataDocumentation: partial(
      card,
      'Token count, three broad source types and the filtering steps (CSAM, personal data, quality), not datasets.',
    ),
    paper: open(
      report,
      'Technical report on arXiv: architecture changes (local-global attention, grouped-query attention), distillation and evaluations.',
    ),
    modelCard: open(
      card,
      'Model card with intended uses, limitations, ethics and safety evaluations and benchmark tables.',
    ),
    license: partial(
      gemmaTerms,
      'Gemma Terms of Use (Gemma 2 is in their appendix): custom terms whose prohibited-use policy passes to derivatives.',
    ),
    api: open(
      openrouter,
      'OpenRouter lists a hosted gemma-2-27b-it endpoint added in July 2024; we did not confirm a Google-run API.',
    ),
  },
  guidePages: [G.alternatives],
  lastVerified: '2026-12-07',
  added: '2026-12-07',
  trackers: {mot: {file: 'gemma-2-27b-it.yml', note: 'Gemma 2 27B instruction-tuned.'}},
  sources: [
    {
      id: 'gemma-2-27b-it-card',
      title: 'gemma-2-27b-it model card (2024 text)',
      publisher: 'Google on Hugging Face',
      url: 'https://huggingface.co/google/gemma-2-27b-it',
      published: '2024-06',
      kind: 'primary',
      topic: 'models',
      note: 'Read through a copy of the 2024 README kept in a fork; the gate, data, evaluation and limitation sections are as Google wrote them.',
    },
    {
      id: 'gemma-2-report',
      title: 'Gemma 2: Improving Open Language Models at a Practical Size',
      publisher: 'Gemma Team, Google DeepMind (arXiv 2408.00118)',
      url: 'https://arxiv.org/abs/2408.00118',
      published: '2024-07-31',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'hf-blog-gemma-2',
      title: 'Welcome Gemma 2 - Google’s new open LLM',
      publisher: 'Hugging Face blog',
      url: 'https://huggingface.co/blog/gemma2',
      published: '2024-06-27',
      kind: 'secondary',
      topic: 'models',
      note: 'Launch-day post by Hugging Face, Google’s release partner: the four 9B and 27B checkpoints, 13T training tokens, same license as Gemma 1.',
    },
    {
      id: 'gemma-pytorch-readme-014acb7',
      title: 'Gemma in PyTorch: README (commit 014acb7)',
      publisher: 'Google on GitHub',
      url: 'https://github.com/google/gemma_pytorch/blob/014acb7ac4563a5f77c76d7ff98f31b568c16508/README.md',
      asOf: '2025-03-12',
      kind: 'primary',
      topic: 'models',
      note: 'The repository’s LICENSE at the same commit is Apache 2.0; its updates list Gemma 2 support from 26 June 2024.',
    },
    {
      id: 'openrouter-gemma-2-27b-it',
      title: 'Google: Gemma 2 27B (google/gemma-2-27b-it) API page',
      publisher: 'OpenRouter',
      url: 'https://openrouter.ai/google/gemma-2-27b-it/api',
      asOf: '2026-12',
      kind: 'primary',
      topic: 'economics',
    },
  ],
});
