/** GPT-5.2: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open, partial} from '../../../../define';
import family from '../family';

const gpt52 = ev('openai-gpt-5-2-announcement', '2025-12-11');

export default defineVersion(family, {
  id: 'gpt-5-2',
  name: 'GPT-5.2',
  organization: 'OpenAI',
  firstRelease: '2025-12',
  releaseSource: 'openai-gpt-5-2-announcement',
  summary:
    'A GPT-5.x release of December 2025 (API snapshot gpt-5.2-2025-12-11), according to reports; GPT-5.4 and GPT-5.5 followed in 2026.',
  inputs: ['text', 'image'],
  outputs: ['text'],
  parameters: {status: 'not-disclosed', note: 'OpenAI has not disclosed parameter counts.', ...gpt52},
  license: 'openai-terms',
  access: ['app', 'api'],
  howToGet: 'Through ChatGPT and the OpenAI API; no download.',
  openness: {
    weights: closed(gpt52, 'Released in ChatGPT and the API; no weights.'),
    inferenceCode: closed(gpt52, 'No inference code; access is through ChatGPT and the API only.'),
    trainingCode: closed(gpt52, 'Training code not released.'),
    trainingData: closed(gpt52, 'Training data not released.'),
    dataDocumentation: closed(gpt52, 'No description of the training data.'),
    paper: closed(gpt52, 'No technical report on architecture or training.'),
    modelCard: partial(gpt52, 'A system card on safety evaluations, not on how it was built.'),
    license: closed(gpt52, 'Proprietary terms of use.'),
    api: open(gpt52, 'Listed in the OpenAI API with per-token prices.'),
  },
  guidePages: [G.closed, G.costs],
  lastVerified: '2026-11-27',
  added: '2026-11-23',
  sources: [
    {
      id: 'openai-gpt-5-2-announcement',
      title: 'Introducing GPT-5.2',
      publisher: 'OpenAI',
      url: 'https://openai.com/index/introducing-gpt-5-2/',
      published: '2025-12-11',
      kind: 'primary',
      topic: 'openai',
    },
  ],
});
