/** GPT-5.5: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open, partial} from '../../../../define';
import family from '../family';

const gpt55 = ev('openai-gpt-5-5-announcement', '2026-04-23');

export default defineVersion(family, {
  id: 'gpt-5-5',
  name: 'GPT-5.5',
  organization: 'OpenAI',
  firstRelease: '2026-04-23',
  releaseSource: 'openai-gpt-5-5-announcement',
  summary:
    "The newest GPT-5.x model in our sources (April 2026); GPT-5.5 Instant became ChatGPT's default on 5 May 2026, according to reports.",
  inputs: ['text', 'image'],
  outputs: ['text'],
  parameters: {status: 'not-disclosed', note: 'OpenAI has not disclosed parameter counts.', ...gpt55},
  license: 'openai-terms',
  access: ['app', 'api'],
  howToGet: 'Through ChatGPT and the OpenAI API; no download.',
  openness: {
    weights: closed(gpt55, 'Released in ChatGPT and the API; no weights.'),
    inferenceCode: closed(gpt55, 'No inference code; access is through ChatGPT and the API only.'),
    trainingCode: closed(gpt55, 'Training code not released.'),
    trainingData: closed(gpt55, 'Training data not released.'),
    dataDocumentation: closed(gpt55, 'No description of the training data.'),
    paper: closed(gpt55, 'No technical report on architecture or training.'),
    modelCard: partial(
      gpt55,
      'A system card on safety evaluations (23 April 2026), not on how it was built.',
    ),
    license: closed(gpt55, 'Proprietary terms of use.'),
    api: open(gpt55, 'Listed in the OpenAI API.'),
  },
  guidePages: [G.whatIs, G.closed, G.costs],
  lastVerified: '2026-11-27',
  added: '2026-11-23',
  timelineLabel: 7,
  sources: [
    {
      id: 'openai-gpt-5-5-announcement',
      title: 'Introducing GPT-5.5',
      publisher: 'OpenAI',
      url: 'https://openai.com/index/introducing-gpt-5-5/',
      published: '2026-04-23',
      kind: 'primary',
      topic: 'openai',
    },
  ],
});
