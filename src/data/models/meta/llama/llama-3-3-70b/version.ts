/** Llama 3.3 70B: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open, partial} from '../../../../define';
import family from '../family';

const llama33Card = ev('llama-3-3-model-card', '2024-12-06');
const llama33License = ev('llama-3-3-license', '2024-12-06');
const llama3Paper = ev('llama-3-herd-paper', '2024-07');
const llama33Router = ev('openrouter-llama-3-3-70b', '2025');

export default defineVersion(family, {
  id: 'llama-3-3-70b',
  name: 'Llama 3.3 70B',
  organization: 'Meta',
  firstRelease: '2024-12-06',
  releaseSource: 'llama-3-3-model-card',
  summary: 'A 70B text-only instruction-tuned Llama model under its own Llama 3.3 Community License.',
  inputs: ['text', 'code'],
  outputs: ['text', 'code'],
  parameters: {status: 'disclosed', sizes: [{total: 7e10}], ...llama33Card},
  license: 'llama-3-3-community',
  access: ['weights', 'api'],
  howToGet:
    'Request access on Hugging Face (meta-llama/Llama-3.3-70B-Instruct) or from Meta; many API providers host it.',
  openness: {
    weights: partial(llama33Card, 'Downloadable after accepting a custom license with use restrictions.'),
    inferenceCode: partial(
      llama33License,
      "Meta's inference code counts as Llama Materials under the custom license (it names inference-enabling code).",
    ),
    trainingCode: closed(llama33Card, 'Training code not released.'),
    trainingData: closed(llama33Card, 'Pretrained on 15T+ tokens of public online data; not released.'),
    dataDocumentation: partial(llama33Card, 'Token count, cutoff and broad sources only; no dataset list.'),
    paper: partial(
      llama3Paper,
      'The Llama 3 herd paper covers the family; there is no report for 3.3 itself.',
    ),
    modelCard: open(llama33Card, 'Model card with intended use, benchmarks and safety notes.'),
    license: partial(
      llama33License,
      'Llama 3.3 Community License with an acceptable use policy and a 700M-user clause.',
    ),
    api: open(llama33Router, 'Offered by many third-party API providers.'),
  },
  guidePages: [G.alternatives],
  lastVerified: '2026-11-27',
  added: '2026-11-27',
  sources: [
    {
      id: 'llama-3-3-model-card',
      title: 'Llama 3.3 model card (meta-llama/llama-models)',
      publisher: 'Meta on GitHub',
      url: 'https://github.com/meta-llama/llama-models/blob/main/models/llama3_3/MODEL_CARD.md',
      published: '2024-12-06',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'openrouter-llama-3-3-70b',
      title: 'Llama 3.3 70B Instruct on OpenRouter',
      publisher: 'OpenRouter',
      url: 'https://openrouter.ai/meta-llama/llama-3.3-70b-instruct',
      asOf: '2025',
      kind: 'primary',
      topic: 'economics',
    },
  ],
});
