/** GPT-5: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open, partial} from '../../../../define';
import family from '../family';

const gpt5 = ev('openai-gpt-5-announcement', '2025-08-07');
const gpt5Card = ev('openai-gpt-5-system-card', '2025-08');

export default defineVersion(family, {
  id: 'gpt-5',
  name: 'GPT-5',
  organization: 'OpenAI',
  firstRelease: '2025-08-07',
  releaseSource: 'openai-gpt-5-announcement',
  summary:
    'The model family that replaced GPT-4o as ChatGPT\'s default: a fast model, a "thinking" model and a router.',
  inputs: ['text', 'image'],
  outputs: ['text'],
  parameters: {status: 'not-disclosed', note: 'OpenAI has not disclosed parameter counts.', ...gpt5},
  license: 'openai-terms',
  access: ['app', 'api'],
  howToGet: 'Through ChatGPT and the OpenAI API; no download.',
  openness: {
    weights: closed(gpt5, 'Released in ChatGPT and the API; no weights.'),
    inferenceCode: closed(gpt5, 'No inference code; access is through ChatGPT and the API only.'),
    trainingCode: closed(gpt5, 'Training code not released.'),
    trainingData: closed(gpt5, 'Training data not released.'),
    dataDocumentation: partial(
      gpt5Card,
      'Our rule: a description of data kinds is partial, none is closed. The system card names public web, partner, user and trainer data and its filtering; no sources or sizes.',
    ),
    paper: closed(gpt5, 'No technical report on architecture or training.'),
    modelCard: partial(
      gpt5,
      'A system card on safety evaluations was published, not a card on how it was built.',
    ),
    license: closed(gpt5, 'Proprietary terms of use.'),
    api: open(gpt5, 'Available in the OpenAI API from launch.'),
  },
  guidePages: [G.whatIs, G.answer, G.closed],
  lastVerified: '2026-12-07',
  added: '2026-11-23',
  changes: [
    {
      date: '2026-12-07',
      kind: 'rating',
      rating: {dimension: 'dataDocumentation', from: 'closed', to: 'partial'},
      what: 'Data documentation re-rated from closed to partial: the GPT-5 system card describes the kinds of training data, which counts as partial for closed models, as for o3 and the Gemini app.',
      source: 'openai-gpt-5-system-card',
    },
  ],
  sources: [
    {
      id: 'openai-gpt-5-system-card',
      title: 'GPT-5 System Card',
      publisher: 'OpenAI',
      url: 'https://openai.com/index/gpt-5-system-card/',
      published: '2025-08-07',
      kind: 'primary',
      topic: 'models',
      note: 'Its data section (§2, Model Data and Training) was read in a transcription of the card’s PDF (version dated 13 August 2025); the openai.com page itself was not reachable for this check.',
    },
    {
      id: 'openai-gpt-5-announcement',
      title: 'Introducing GPT-5',
      publisher: 'OpenAI',
      url: 'https://openai.com/index/introducing-gpt-5/',
      published: '2025-08-07',
      kind: 'primary',
      topic: 'openai',
    },
  ],
});
