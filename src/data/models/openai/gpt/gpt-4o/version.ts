/** GPT-4o: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open, partial} from '../../../../define';
import family from '../family';

const gpt4o = ev('openai-gpt-4o-announcement', '2024-05-13');

export default defineVersion(family, {
  id: 'gpt-4o',
  name: 'GPT-4o',
  organization: 'OpenAI',
  firstRelease: '2024-05-13',
  releaseSource: 'openai-gpt-4o-announcement',
  summary: 'OpenAI\'s "omni" model for text, audio and images; ChatGPT\'s default in 2024–2025.',
  inputs: ['text', 'image', 'audio'],
  outputs: ['text', 'audio'],
  parameters: {status: 'not-disclosed', note: 'OpenAI has not disclosed a parameter count.', ...gpt4o},
  license: 'openai-terms',
  access: ['app', 'api'],
  howToGet: 'Through ChatGPT and the OpenAI API; no download.',
  openness: {
    weights: closed(gpt4o, 'Announced for ChatGPT and the API only; no weights released.'),
    inferenceCode: closed(gpt4o, 'No inference code; access is through ChatGPT and the API only.'),
    trainingCode: closed(gpt4o, 'Training code not released.'),
    trainingData: closed(gpt4o, 'Training data not released.'),
    dataDocumentation: closed(gpt4o, 'The announcement gives no details of the training data.'),
    paper: closed(gpt4o, 'No technical report on architecture or training; only an announcement.'),
    modelCard: partial(
      gpt4o,
      'A system card on risks and mitigations was published, not a card on how it was built.',
    ),
    license: closed(gpt4o, 'Proprietary terms of use.'),
    api: open(gpt4o, 'Available in the OpenAI API from announcement.'),
  },
  guidePages: [G.whatIs, G.closed, G.beyondChat],
  lastVerified: '2026-11-27',
  added: '2026-11-23',
  trackers: {mot: {file: 'GPT-4o.yml', note: 'GPT-4o.'}},
  sources: [
    {
      id: 'openai-gpt-4o-announcement',
      title: 'Hello GPT-4o: announcement',
      publisher: 'OpenAI',
      url: 'https://openai.com/index/hello-gpt-4o/',
      published: '2024-05-13',
      kind: 'primary',
      topic: 'openai',
    },
  ],
});
