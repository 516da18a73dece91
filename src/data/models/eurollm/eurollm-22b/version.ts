/** EuroLLM-22B: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open, partial} from '../../../define';
import maker from '../maker';

const euroCard = ev('eurollm-22b-instruct-card', '2025-12');
const euroBaseCard = ev('eurollm-22b-card', '2025-12');

export default defineVersion(maker, {
  id: 'eurollm-22b',
  name: 'EuroLLM-22B',
  organization: 'EuroLLM consortium (Unbabel, IST Lisbon, University of Edinburgh and others)',
  firstRelease: '2025-12',
  releaseSource: 'eurollm-22b-instruct-card',
  summary:
    'An EU-funded 22B multilingual model covering all 24 official EU languages and 11 more, under Apache 2.0.',
  inputs: ['text'],
  outputs: ['text'],
  parameters: {
    status: 'disclosed',
    sizes: [{total: 2.2e10}],
    note: 'Base and Instruct versions; trained on about 4T tokens.',
    ...euroCard,
  },
  license: 'Apache-2.0',
  access: ['weights'],
  howToGet: 'Download from Hugging Face (utter-project/EuroLLM-22B-Instruct-2512); runs in Transformers.',
  openness: {
    weights: open(euroCard, 'Base and Instruct weights under Apache 2.0.'),
    inferenceCode: open(euroCard, 'Runs with Hugging Face Transformers; usage code in the model card.'),
    trainingCode: closed(euroBaseCard, 'The model cards link no training code.'),
    trainingData: closed(euroBaseCard, 'The model cards link no pre-training corpus.'),
    dataDocumentation: partial(
      euroBaseCard,
      'Data categories (web, parallel, curated sets) and the token count only.',
    ),
    paper: closed(
      euroCard,
      'We found no technical report for the 22B model (checked 2026-11-27); the card lists its architecture.',
    ),
    modelCard: open(euroCard, 'Model card with languages, architecture, results and limits.'),
    license: open(euroCard, 'Apache 2.0, an OSI-approved license.'),
    api: closed(euroCard, 'Offered for download; we found no hosted API from the makers.'),
  },
  guidePages: [G.alternatives],
  lastVerified: '2026-11-27',
  added: '2026-11-27',
  sources: [
    {
      id: 'eurollm-22b-card',
      title: 'EuroLLM-22B-2512 model card',
      publisher: 'UTTER project on Hugging Face',
      url: 'https://huggingface.co/utter-project/EuroLLM-22B-2512',
      published: '2025-12',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'eurollm-22b-instruct-card',
      title: 'EuroLLM-22B-Instruct-2512 model card',
      publisher: 'UTTER project on Hugging Face',
      url: 'https://huggingface.co/utter-project/EuroLLM-22B-Instruct-2512',
      published: '2025-12',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
