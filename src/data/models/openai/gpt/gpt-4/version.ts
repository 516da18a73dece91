/** GPT-4: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, open, partial} from '../../../../define';
import family from '../family';
import {openAiHostedProfile} from '../../maker';

const gpt4Report = ev('gpt4-technical-report', '2023-03-15');
const gpt4Launch = ev('openai-gpt-4-announcement', '2023-03-14');

export default defineVersion(family, {
  id: 'gpt-4',
  name: 'GPT-4',
  organization: 'OpenAI',
  firstRelease: '2023-03-14',
  releaseSource: 'openai-gpt-4-announcement',
  summary:
    "OpenAI's 2023 flagship model; its technical report withheld architecture, size, compute, data and training method.",
  inputs: ['text', 'image'],
  outputs: ['text'],
  parameters: {
    status: 'not-disclosed',
    note: 'The technical report gives no model size. Circulating figures are speculation.',
    ...gpt4Report,
  },
  license: 'openai-terms',
  access: ['app', 'api'],
  howToGet: 'Was offered in ChatGPT and through the OpenAI API; no download.',
  openness: {
    ...openAiHostedProfile(
      open(gpt4Launch, 'Offered through the OpenAI API from launch (waitlist at first).'),
    ),
    paper: partial(gpt4Report, 'A technical report with results, but no architecture, size or data details.'),
    modelCard: partial(gpt4Report, 'A system card on risks and mitigations is included in the report.'),
  },
  guidePages: [G.whyNot, G.history, G.closed],
  lastVerified: '2026-11-23',
  added: '2026-11-23',
  trackers: {mot: {file: 'GPT-4.yml', note: 'GPT-4.'}},
  timelineLabel: 12,
  sources: [
    {
      id: 'openai-gpt-4-announcement',
      title: "GPT-4: OpenAI's research announcement",
      publisher: 'OpenAI',
      url: 'https://openai.com/index/gpt-4-research/',
      published: '2023-03-14',
      kind: 'primary',
      topic: 'openai',
    },
  ],
});
