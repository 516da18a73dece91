/** Gemma 4: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open, partial} from '../../../../define';
import family from '../family';

const gemma4 = ev('gemma-4-31b-card', '2026-04');
const gemmaTerms = ev('gemma-terms', '2026');

export default defineVersion(family, {
  id: 'gemma-4',
  name: 'Gemma 4',
  organization: 'Google DeepMind',
  firstRelease: '2026-04',
  releaseSource: 'gemma-4-31b-card',
  summary:
    "Google's 2026 open-weight generation, reported to ship under Apache 2.0 rather than the Gemma Terms of Use.",
  inputs: ['text', 'image'],
  outputs: ['text'],
  parameters: {status: 'not-listed', note: 'Sizes not recorded here.', ...gemma4},
  license: 'Apache-2.0',
  access: ['weights'],
  howToGet: "Download from Google's model pages or Hugging Face; check the license on the copy you download.",
  openness: {
    weights: open(
      gemma4,
      'Weights on Hugging Face (google/gemma-4-31B-it and smaller sizes) under Apache 2.0.',
    ),
    inferenceCode: open(gemma4, 'Supported in Hugging Face Transformers; the model card shows usage code.'),
    trainingCode: closed(gemma4, 'Training code not released.'),
    trainingData: closed(gemma4, 'Training data not released.'),
    dataDocumentation: partial(gemma4, 'The model card describes the training data by broad type only.'),
    paper: partial(
      gemma4,
      'The model card gives architecture and sizes; we did not verify a full technical report.',
    ),
    modelCard: open(gemma4, 'Hugging Face model card with uses, limits and evaluations.'),
    license: open(gemmaTerms, 'The Gemma Terms page says Gemma 4 uses a separate Apache-2.0-based license.'),
    api: closed(gemma4, 'Released for self-hosting; the sources we checked name no hosted API.'),
  },
  guidePages: [G.alternatives],
  lastVerified: '2026-11-27',
  added: '2026-11-23',
  timelineLabel: 14,
  sources: [
    {
      id: 'gemma-4-31b-card',
      title: 'gemma-4-31B-it model card',
      publisher: 'Google on Hugging Face',
      url: 'https://huggingface.co/google/gemma-4-31B-it',
      published: '2026-04',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
