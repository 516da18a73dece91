/** Gemma (1): its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open, partial} from '../../../../define';
import family from '../family';

const gemma1 = ev('gemma-simonwillison', '2024-02-21');
const gemma1Report = ev('gemma-1-report', '2024-03');
const gemmaTerms = ev('gemma-terms', '2026');

export default defineVersion(family, {
  id: 'gemma-1',
  name: 'Gemma (1)',
  organization: 'Google DeepMind',
  firstRelease: '2024-02-21',
  releaseSource: 'gemma-simonwillison',
  summary:
    "Google's first open-weight models, built from Gemini research and released under the Gemma Terms of Use.",
  inputs: ['text'],
  outputs: ['text'],
  parameters: {status: 'disclosed', sizes: [{total: 2e9}, {total: 7e9}], ...gemma1},
  license: 'gemma-terms',
  access: ['weights'],
  howToGet: 'Download from Kaggle or Hugging Face after accepting the Gemma terms.',
  openness: {
    weights: partial(
      gemma1,
      'Downloadable after accepting the Gemma terms, which carry a prohibited-use policy.',
    ),
    inferenceCode: open(
      gemma1Report,
      'Google released inference code (PyTorch, JAX) under Apache 2.0; Transformers supports it.',
    ),
    trainingCode: closed(gemma1Report, 'Training code not released.'),
    trainingData: closed(gemma1, 'Trained on up to 6 trillion tokens that were not released.'),
    dataDocumentation: partial(
      gemma1Report,
      'The report gives token counts and broad sources (web, code, mathematics), not datasets.',
    ),
    paper: open(gemma1Report, 'Technical report on arXiv with architecture, training and evaluations.'),
    modelCard: open(gemma1Report, 'Model cards with uses, limits and evaluations accompany the weights.'),
    license: partial(gemmaTerms, 'Custom terms with a prohibited-use policy that passes to derivatives.'),
    api: closed(gemma1Report, 'Released for self-hosting; the report names no hosted API.'),
  },
  guidePages: [G.alternatives],
  lastVerified: '2026-11-27',
  added: '2026-11-23',
  trackers: {mot: {file: 'gemma-7b.yml', note: 'Gemma 1, largest size (7B).'}},
  sources: [
    {
      id: 'gemma-1-report',
      title: 'Gemma: Open Models Based on Gemini Research and Technology',
      publisher: 'Gemma Team, Google DeepMind (arXiv 2403.08295)',
      url: 'https://arxiv.org/abs/2403.08295',
      published: '2024-03',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'gemma-simonwillison',
      title: "Gemma, Google's new open weights model",
      publisher: 'Simon Willison',
      url: 'https://simonwillison.net/2024/Feb/21/gemma/',
      published: '2024-02-21',
      kind: 'secondary',
      topic: 'models',
    },
  ],
});
