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
  parameters: {
    status: 'disclosed',
    sizes: [
      {name: 'E2B', total: 5.1e9},
      {name: 'E4B', total: 8e9},
      {name: '26B A4B', total: 2.52e10, active: 3.8e9},
      {name: '31B', total: 3.07e10},
    ],
    note: 'From the model card. E2B and E4B are named for effective parameters (2.3B, 4.5B); their totals include per-layer embeddings. A 12B model added later is not recorded here.',
    ...gemma4,
  },
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
  lastVerified: '2026-12-07',
  added: '2026-11-23',
  changes: [
    {
      date: '2026-12-07',
      kind: 'correction',
      what: 'Parameter counts added from the model card: E2B 5.1B (2.3B effective), E4B 8B (4.5B effective), 26B A4B 25.2B with 3.8B active, 31B 30.7B.',
      source: 'gemma-4-31b-card',
    },
  ],
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
