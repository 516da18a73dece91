/** ChatGPT: its record, ratings with evidence, and the sources only it cites. */
import {defineProduct, ev, G, open, partial} from '../../../define';
import maker, {openAiHostedProfile} from '../maker';
import gpt55 from '../gpt/gpt-5-5/version';

const gpt4Report = ev('gpt4-technical-report', '2023-03-15');
const chatgptApi = ev('openai-chatgpt-whisper-apis', '2023-03-01');

export default defineProduct(maker, {
  id: 'chatgpt',
  name: 'ChatGPT',
  organization: 'OpenAI',
  firstRelease: '2022-11-30',
  releaseSource: 'openai-chatgpt-launch',
  summary:
    "OpenAI's chat product, launched as a research preview and since run on a changing line-up of closed models (GPT-5.x by 2026).",
  inputs: ['text', 'image', 'audio'],
  outputs: ['text', 'image', 'audio'],
  parameters: {
    status: 'not-disclosed',
    note: 'OpenAI has never disclosed parameter counts for the models behind ChatGPT; any figure is speculation.',
    ...gpt4Report,
  },
  license: 'openai-terms',
  access: ['app', 'api'],
  howToGet:
    'Use the ChatGPT apps (web, mobile, desktop); developers use the same model family through the OpenAI API.',
  openness: {
    ...openAiHostedProfile(
      open(chatgptApi, 'The models behind ChatGPT are sold through the OpenAI API (from 1 March 2023).'),
    ),
    paper: partial(
      gpt4Report,
      'Technical reports and system cards exist but omit architecture, size and data.',
    ),
    modelCard: partial(
      gpt4Report,
      'System cards describe risks and mitigations, not how the model was built.',
    ),
  },
  guidePages: [G.answer, G.whatIs, G.whyNot, G.closed],
  lastVerified: '2026-11-23',
  added: '2026-11-23',
  timelineLabel: 1,
  runs: [gpt55],
  sources: [],
});
