/** GPT-3: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open, partial} from '../../../../define';
import family from '../family';

const gpt3Paper = ev('gpt-3-paper', '2020-05-28');
const gpt3Card = ev('openai-gpt-3-model-card', '2020-09');
const openaiApi = ev('openai-api-announcement', '2020-06-11');

export default defineVersion(family, {
  id: 'gpt-3',
  name: 'GPT-3',
  organization: 'OpenAI',
  firstRelease: '2020-05',
  releaseSource: 'gpt-3-paper',
  summary:
    'A 175B-parameter language model that OpenAI offered only through its API; the weights were never released.',
  inputs: ['text'],
  outputs: ['text'],
  parameters: {
    status: 'disclosed',
    sizes: [{total: 1.75e11}],
    note: 'Largest model in the paper.',
    ...gpt3Paper,
  },
  license: 'openai-terms',
  access: ['api'],
  howToGet: 'Was offered through the OpenAI API only; no download.',
  openness: {
    weights: closed(gpt3Paper, 'The paper describes the model; the weights were not released.'),
    inferenceCode: closed(gpt3Paper, 'No code to run the model; it was offered only through the API.'),
    trainingCode: closed(gpt3Paper, 'Training code not released.'),
    trainingData: closed(gpt3Paper, 'The training mix is described but not released.'),
    dataDocumentation: partial(gpt3Paper, 'The paper lists the datasets and their weights in the mix.'),
    paper: open(gpt3Paper, 'A detailed research paper with architecture and sizes.'),
    modelCard: open(gpt3Card, 'A model card on GitHub covers intended uses, limitations and training data.'),
    license: closed(gpt3Paper, "Available only under OpenAI's API terms."),
    api: partial(
      openaiApi,
      'Offered only through the OpenAI API, which opened in June 2020 as a private beta with a waitlist.',
    ),
  },
  guidePages: [G.history, G.whyNot],
  lastVerified: '2026-11-27',
  added: '2026-11-23',
  trackers: {mot: {file: 'GPT-3.yml', note: 'GPT-3.'}},
  sources: [
    {
      id: 'gpt-3-paper',
      title: 'Language Models are Few-Shot Learners (the GPT-3 paper)',
      publisher: 'Brown et al., OpenAI (arXiv 2005.14165)',
      url: 'https://arxiv.org/abs/2005.14165',
      published: '2020-05-28',
      kind: 'primary',
      topic: 'openai',
    },
    {
      id: 'openai-api-announcement',
      title: 'OpenAI API: the 2020 announcement',
      publisher: 'OpenAI',
      url: 'https://openai.com/index/openai-api/',
      published: '2020-06-11',
      kind: 'primary',
      topic: 'openai',
    },
    {
      id: 'openai-gpt-3-model-card',
      title: 'GPT-3 model card (openai/gpt-3 repository)',
      publisher: 'OpenAI on GitHub',
      url: 'https://github.com/openai/gpt-3/blob/master/model-card.md',
      asOf: '2020-09',
      kind: 'primary',
      topic: 'openai',
    },
  ],
});
