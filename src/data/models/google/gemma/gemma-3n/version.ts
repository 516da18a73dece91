/**
 * Gemma 3n: Google DeepMind's on-device multimodal Gemma models (E2B and E4B) under the Gemma Terms
 * of Use, rated from the gemma-3n-E4B Hugging Face card and Google's developer guide of 26 June 2025.
 */
import {defineVersion, ev, G, closed, open, partial} from '../../../../define';
import family from '../family';

const card = ev('gemma-3n-e4b-card', '2026-12');
const guide = ev('gemma-3n-developer-guide', '2025-06-26');
const openrouter = ev('openrouter-gemma-3n-e4b-it', '2026-12');
const gemmaTerms = ev('gemma-terms', '2026');

export default defineVersion(family, {
  id: 'gemma-3n',
  name: 'Gemma 3n',
  organization: 'Google DeepMind',
  firstRelease: '2025-05',
  releaseSource: 'gemma-3n-developer-guide',
  summary:
    'Google DeepMind’s Gemma models built for phones and laptops: they take text, images, audio and video and answer in text, under the Gemma Terms of Use.',
  inputs: ['text', 'image', 'audio', 'video'],
  outputs: ['text'],
  parameters: {
    status: 'disclosed',
    sizes: [
      {name: 'E2B', total: 5e9},
      {name: 'E4B', total: 8e9},
    ],
    note: 'Raw counts; Google names the sizes by effective parameters (2B and 4B), the memory footprint they run with.',
    ...guide,
  },
  license: 'gemma-terms',
  access: ['weights', 'api'],
  howToGet:
    'Download google/gemma-3n-E4B or -E2B (and the -it versions) from Hugging Face after accepting the Gemma terms; runs in Transformers, llama.cpp, Ollama and MLX.',
  openness: {
    weights: partial(card, 'Downloadable only after accepting Google’s usage license on Hugging Face.'),
    inferenceCode: open(
      guide,
      'Google’s guide lists support in Hugging Face Transformers, llama.cpp, Ollama, MLX and Google AI Edge at launch.',
    ),
    trainingCode: closed(guide, 'No training code released in the sources we read.'),
    trainingData: closed(card, 'Training data not released.'),
    dataDocumentation: closed(
      card,
      'We could not read the card’s data section; the parts we read and the guide do not describe the training data.',
    ),
    paper: partial(
      guide,
      'No technical report in the sources we read; a developer guide explains the architecture and benchmarks.',
    ),
    modelCard: partial(
      card,
      'The parts we read cover inputs, sizes and architecture; we could not read its data, evaluation and limits sections.',
    ),
    license: partial(gemmaTerms, 'Custom terms with a prohibited-use policy that passes to derivatives.'),
    api: open(
      openrouter,
      'OpenRouter lists a hosted gemma-3n-e4b-it endpoint from 20 May 2025; we found no Google API page for it.',
    ),
  },
  guidePages: [G.alternatives],
  lastVerified: '2026-12-07',
  added: '2026-12-07',
  sources: [
    {
      id: 'gemma-3n-e4b-card',
      title: 'gemma-3n-E4B model card (launch version)',
      publisher: 'Google on Hugging Face',
      url: 'https://huggingface.co/google/gemma-3n-E4B',
      asOf: '2026-12',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'gemma-3n-developer-guide',
      title: 'Introducing Gemma 3n: The developer guide',
      publisher: 'Google for Developers Blog',
      url: 'https://developers.googleblog.com/en/introducing-gemma-3n-developer-guide/',
      published: '2025-06-26',
      kind: 'primary',
      topic: 'models',
      note: 'Announces the full release on 26 June 2025 after a preview the month before.',
    },
    {
      id: 'openrouter-gemma-3n-e4b-it',
      title: 'Google: Gemma 3n 4B (google/gemma-3n-e4b-it) API page',
      publisher: 'OpenRouter',
      url: 'https://openrouter.ai/google/gemma-3n-e4b-it:free/api',
      asOf: '2026-12',
      kind: 'primary',
      topic: 'economics',
    },
  ],
});
