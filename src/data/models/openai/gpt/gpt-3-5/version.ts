/** GPT-3.5: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open, partial} from '../../../../define';
import family from '../family';

const chatgptLaunch = ev('openai-chatgpt-launch', '2022-11-30');
const chatgptApi = ev('openai-chatgpt-whisper-apis', '2023-03-01');

export default defineVersion(family, {
  id: 'gpt-3-5',
  name: 'GPT-3.5',
  organization: 'OpenAI',
  firstRelease: '2022-11-30',
  releaseSource: 'openai-chatgpt-launch',
  summary:
    'The GPT-3.5-series model, fine-tuned with human feedback, that powered ChatGPT at launch; sold in the API as gpt-3.5-turbo from 1 March 2023.',
  inputs: ['text'],
  outputs: ['text'],
  parameters: {
    status: 'not-disclosed',
    note: 'OpenAI has not disclosed a parameter count.',
    ...chatgptLaunch,
  },
  license: 'openai-terms',
  access: ['app', 'api'],
  howToGet: 'Was offered in ChatGPT and through the OpenAI API as gpt-3.5-turbo; no download.',
  openness: {
    weights: closed(chatgptApi, 'Offered only through ChatGPT and the API; no weights.'),
    inferenceCode: closed(
      chatgptApi,
      'No code to run the model; access is through ChatGPT and the API only.',
    ),
    trainingCode: closed(
      chatgptLaunch,
      'Training code not released; the launch post outlines the method only.',
    ),
    trainingData: closed(chatgptLaunch, 'Training data not released.'),
    dataDocumentation: partial(
      chatgptLaunch,
      'The launch post outlines how fine-tuning dialogues and rankings were collected; nothing on pre-training data.',
    ),
    paper: partial(
      chatgptLaunch,
      'No paper; the launch post outlines the RLHF method and points to InstructGPT.',
    ),
    modelCard: closed(
      chatgptLaunch,
      'No model card or system card; the launch post lists known limitations.',
    ),
    license: closed(chatgptApi, "Available only under OpenAI's terms."),
    api: open(chatgptApi, 'gpt-3.5-turbo opened in the API on 1 March 2023 at $0.002 per 1,000 tokens.'),
  },
  guidePages: [G.whatIs, G.history],
  lastVerified: '2026-11-27',
  added: '2026-11-23',
  trackers: {mot: {file: 'GPT-3.5.yml', note: 'GPT-3.5.'}},
  sources: [],
});
