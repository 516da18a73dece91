/**
 * Llama 3.2 1B and 3B: Meta's small text-only Llama models, read from the model card, the license
 * and the use policy in meta-llama/llama-models, pinned at commits.
 */
import {defineVersion, ev, G, closed, open, partial} from '../../../../define';
import family from '../family';

const card = ev('llama-3-2-text-card', '2024-10-24');
const readme = ev('llama-3-2-models-readme', '2024-09-25');
const licenseText = ev('llama-3-2-license', '2024-09-25');
const usePolicy = ev('llama-3-2-use-policy', '2024-09-25');
const openRouter = ev('openrouter-llama-3-2-3b', '2026-12');

export default defineVersion(family, {
  id: 'llama-3-2-1b-3b',
  name: 'Llama 3.2 1B and 3B',
  organization: 'Meta',
  firstRelease: '2024-09-25',
  releaseSource: 'llama-3-2-models-readme',
  summary:
    'Meta’s small multilingual text Llama models (1B and 3B, 128K context), trained with pruning and logits from Llama 3.1 8B and 70B, aimed at on-device use, under the Llama 3.2 Community License.',
  inputs: ['text'],
  outputs: ['text', 'code'],
  parameters: {
    status: 'disclosed',
    sizes: [
      {name: '1B', total: 1.23e9},
      {name: '3B', total: 3.21e9},
    ],
    note: 'Exact counts from the card (1.23B and 3.21B). Base and instruct checkpoints; 4-bit SpinQuant and QLoRA versions followed on 2024-10-24.',
    ...card,
  },
  license: 'llama-3-2-community',
  access: ['weights', 'api'],
  howToGet:
    'Accept the Llama 3.2 license on llama.com or Hugging Face (meta-llama/Llama-3.2-1B-Instruct, Llama-3.2-3B-Instruct), or run it through API providers.',
  openness: {
    weights: partial(readme, 'Download only after accepting a custom license with an acceptable use policy.'),
    inferenceCode: partial(
      licenseText,
      'Meta’s inference code counts as Llama Materials under the custom license, which names inference-enabling code.',
    ),
    trainingCode: closed(card, 'Trained with Meta’s custom libraries; no training code was released.'),
    trainingData: closed(
      card,
      'Up to 9T tokens from public sources plus logits from Llama 3.1 8B and 70B; not released.',
    ),
    dataDocumentation: partial(
      card,
      'Token count, a December 2023 cutoff and broad sources only; no dataset list.',
    ),
    paper: partial(
      card,
      'No Llama 3.2 report: the card outlines pruning, distillation and post-training, and points to the Llama 3 paper for safety.',
    ),
    modelCard: open(
      card,
      'Card with intended and out-of-scope uses, benchmarks, quantization methods, on-device speed and safety notes.',
    ),
    license: partial(
      usePolicy,
      'Llama 3.2 Community License with a use policy and a 700M-user clause; its EU paragraph covers only the multimodal models, not these.',
    ),
    api: open(openRouter, 'OpenRouter sells API access to Llama 3.2 3B Instruct per token.'),
  },
  guidePages: [G.alternatives],
  lastVerified: '2026-12-07',
  added: '2026-12-07',
  trackers: {mot: {file: 'Llama-3.2-3B-Instruct.yml', note: 'Llama 3.2 3B Instruct.'}},
  sources: [
    {
      id: 'llama-3-2-text-card',
      title: 'Llama 3.2 model card, 1B and 3B (models/llama3_2/MODEL_CARD.md, commit 4a9ff6a)',
      publisher: 'Meta on GitHub',
      url: 'https://github.com/meta-llama/llama-models/blob/4a9ff6aede5cb4e036542132bb4f8b77a3134908/models/llama3_2/MODEL_CARD.md',
      published: '2024-10-24',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'openrouter-llama-3-2-3b',
      title: 'Meta: Llama 3.2 3B Instruct on OpenRouter (API page)',
      publisher: 'OpenRouter',
      url: 'https://openrouter.ai/meta-llama/llama-3.2-3b-instruct/api',
      asOf: '2026-12',
      kind: 'primary',
      topic: 'economics',
    },
  ],
});
