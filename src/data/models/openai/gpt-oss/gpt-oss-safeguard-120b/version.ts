/** gpt-oss-safeguard-120b: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open, partial} from '../../../../define';
import family from '../family';

const safeguardCard = ev('gpt-oss-safeguard-card', '2025-10');
const safeguardCollection = ev('gpt-oss-safeguard-collection', '2025-10-29');

export default defineVersion(family, {
  id: 'gpt-oss-safeguard-120b',
  name: 'gpt-oss-safeguard-120b',
  organization: 'OpenAI',
  firstRelease: '2025-10-29',
  releaseSource: 'gpt-oss-safeguard-collection',
  summary:
    'A research-preview fine-tune of gpt-oss-120b that classifies content against a policy the developer writes and shows its reasoning.',
  inputs: ['text'],
  outputs: ['text'],
  parameters: {
    status: 'not-listed',
    note: "A fine-tune of gpt-oss-120b; see that record for the base model's size.",
    ...safeguardCard,
  },
  license: 'Apache-2.0',
  access: ['weights'],
  howToGet: 'Download from Hugging Face (openai/gpt-oss-safeguard-120b); a 20b version exists too.',
  openness: {
    weights: open(safeguardCard, 'Weights on Hugging Face under Apache 2.0.'),
    inferenceCode: open(
      safeguardCard,
      'Runs with the same open tooling as gpt-oss (Transformers, vLLM, Ollama), per the card.',
    ),
    trainingCode: closed(safeguardCard, 'Fine-tuning code not released.'),
    trainingData: closed(safeguardCard, 'Fine-tuning data not released.'),
    dataDocumentation: closed(safeguardCard, 'The card does not describe the fine-tuning data.'),
    paper: partial(
      safeguardCard,
      'A short technical report on evaluations accompanies it; no training details.',
    ),
    modelCard: open(safeguardCard, 'Hugging Face model card.'),
    license: open(safeguardCard, 'Apache 2.0 plus the gpt-oss usage policy.'),
    api: closed(safeguardCollection, 'Released as open weights; OpenAI offers no API for it.'),
  },
  guidePages: [G.gptOss],
  lastVerified: '2026-11-27',
  added: '2026-11-23',
  sources: [
    {
      id: 'gpt-oss-safeguard-card',
      title: 'openai/gpt-oss-safeguard-20b model card',
      publisher: 'OpenAI on Hugging Face',
      url: 'https://huggingface.co/openai/gpt-oss-safeguard-20b',
      asOf: '2026-06',
      kind: 'primary',
      topic: 'gpt-oss',
    },
    {
      id: 'gpt-oss-safeguard-collection',
      title: 'gpt-oss-safeguard collection',
      publisher: 'OpenAI on Hugging Face',
      url: 'https://huggingface.co/collections/openai/gpt-oss-safeguard',
      published: '2025-10-29',
      kind: 'primary',
      topic: 'gpt-oss',
    },
  ],
});
