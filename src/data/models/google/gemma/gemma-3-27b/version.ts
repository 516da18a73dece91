/** Gemma 3 27B: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open, partial} from '../../../../define';
import family from '../family';

const gemma3 = ev('google-gemma-3-blog', '2025-03');
const gemma3Card = ev('gemma-3-27b-card', '2025-03');
const gemma3Report = ev('gemma-3-report', '2025-03');
const gemmaTerms = ev('gemma-terms', '2026');

export default defineVersion(family, {
  id: 'gemma-3-27b',
  name: 'Gemma 3 27B',
  organization: 'Google DeepMind',
  firstRelease: '2025-03',
  releaseSource: 'google-gemma-3-blog',
  summary: 'The largest Gemma 3 model, under the Gemma Terms of Use with a prohibited-use policy.',
  inputs: ['text', 'image'],
  outputs: ['text'],
  parameters: {status: 'disclosed', sizes: [{total: 2.7e10}], ...gemma3},
  license: 'gemma-terms',
  access: ['weights'],
  howToGet:
    'Download from Hugging Face or Kaggle after accepting the Gemma terms; runs in Ollama and llama.cpp.',
  openness: {
    weights: partial(
      gemma3Card,
      'Downloadable after accepting the Gemma terms, which carry a prohibited-use policy.',
    ),
    inferenceCode: open(
      gemma3Card,
      'Supported in Hugging Face Transformers; the model card shows usage code.',
    ),
    trainingCode: closed(gemma3Report, 'Training code not released.'),
    trainingData: closed(gemma3, 'Training data not released.'),
    dataDocumentation: partial(
      gemma3Card,
      'Token count (14T for 27B) and broad sources (web, code, mathematics, images) only.',
    ),
    paper: open(gemma3Report, 'Technical report with architecture, training recipe and evaluations.'),
    modelCard: open(gemma3Card, 'Model card with uses, limits, data summary and evaluations.'),
    license: partial(gemmaTerms, 'Custom terms with a prohibited-use policy that passes to derivatives.'),
    api: open(gemma3, 'Offered in Google AI Studio at launch, per the announcement.'),
  },
  guidePages: [G.alternatives, G.vsWeights],
  lastVerified: '2026-11-27',
  added: '2026-11-23',
  trackers: {eu: {file: 'Gemma.yaml', role: 'end', note: 'Gemma family, rated on Gemma 3 27B.'}},
  sources: [
    {
      id: 'gemma-3-27b-card',
      title: 'gemma-3-27b-it model card',
      publisher: 'Google on Hugging Face',
      url: 'https://huggingface.co/google/gemma-3-27b-it',
      published: '2025-03',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'gemma-3-report',
      title: 'Gemma 3 Technical Report',
      publisher: 'Google DeepMind',
      url: 'https://storage.googleapis.com/deepmind-media/gemma/Gemma3Report.pdf',
      published: '2025-03',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'google-gemma-3-blog',
      title: 'Introducing Gemma 3',
      publisher: 'Google (The Keyword)',
      url: 'https://blog.google/technology/developers/gemma-3/',
      published: '2025-03',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
