/** Whisper: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open, partial} from '../../../define';
import maker from '../maker';

const whisperCard = ev('whisper-model-card', '2026-06');
const whisperRepo = ev('openai-whisper-repo', '2026-06');
const whisperPaper = ev('whisper-paper', '2022-12');
const chatgptApi = ev('openai-chatgpt-whisper-apis', '2023-03-01');

export default defineVersion(maker, {
  id: 'whisper',
  name: 'Whisper',
  organization: 'OpenAI',
  firstRelease: '2022-09',
  releaseSource: 'openai-whisper-repo',
  summary: 'A speech-recognition and translation model whose code and weights OpenAI released under MIT.',
  inputs: ['audio'],
  outputs: ['text'],
  parameters: {
    status: 'disclosed',
    sizes: [
      {name: 'tiny', total: 3.9e7},
      {name: 'large', total: 1.55e9},
    ],
    note: 'Sizes from 39M to 1,550M. The later turbo model is 798M on the model card but 809M in the README.',
    ...whisperCard,
  },
  license: 'MIT',
  access: ['weights', 'api'],
  howToGet:
    'Install the openai-whisper package; it downloads the weights. OpenAI also sells hosted transcription.',
  openness: {
    weights: open(whisperRepo, 'All sizes released under MIT.'),
    inferenceCode: open(whisperRepo, 'Code to run transcription and translation.'),
    trainingCode: closed(whisperRepo, 'The repository has inference code only.'),
    trainingData: closed(whisperCard, '680,000 hours of audio collected from the internet, not released.'),
    dataDocumentation: partial(
      whisperCard,
      'The model card gives the amount and language mix of the data, not its sources.',
    ),
    paper: open(whisperPaper, 'Research paper describing data, model and evaluation.'),
    modelCard: open(whisperCard, 'Model card with uses, limits and evaluation.'),
    license: open(whisperRepo, 'MIT, an OSI-approved license.'),
    api: open(chatgptApi, 'OpenAI offers a hosted Whisper API (from 1 March 2023).'),
  },
  guidePages: [G.history, G.gptOss],
  lastVerified: '2026-12-07',
  added: '2026-11-23',
  changes: [
    {
      date: '2026-12-07',
      kind: 'correction',
      what: 'Turbo size corrected: the model card gives 798M, the README 809M; the note said 809M citing the card.',
      source: 'whisper-model-card',
    },
  ],
  trackers: {
    eu: {file: 'Whisper.yaml', role: 'end', note: 'Whisper family, rated on large-v3 and large-v3-turbo.'},
  },
  sources: [
    {
      id: 'openai-whisper-repo',
      title: 'openai/whisper repository and model card',
      publisher: 'OpenAI on GitHub',
      url: 'https://github.com/openai/whisper',
      asOf: '2026-06',
      kind: 'primary',
      topic: 'openai',
    },
    {
      id: 'whisper-model-card',
      title: 'Whisper model card',
      publisher: 'OpenAI on GitHub',
      url: 'https://github.com/openai/whisper/blob/main/model-card.md',
      asOf: '2026-06',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'whisper-paper',
      title: 'Robust Speech Recognition via Large-Scale Weak Supervision (the Whisper paper)',
      publisher: 'Radford et al., OpenAI (arXiv 2212.04356)',
      url: 'https://arxiv.org/abs/2212.04356',
      published: '2022-12',
      kind: 'primary',
      topic: 'openai',
    },
  ],
});
