/** GPT-2: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open, partial} from '../../../../define';
import family from '../family';

const gpt2Repo = ev('openai-gpt-2-repo', '2026-06');
const gpt2Paper = ev('gpt-2-paper', '2019-02');
const gpt2Card = ev('openai-gpt-2-model-card', '2026-06');

export default defineVersion(family, {
  id: 'gpt-2',
  name: 'GPT-2',
  organization: 'OpenAI',
  firstRelease: '2019-02',
  releaseSource: 'openai-gpt-2-repo',
  summary:
    "OpenAI's last open-weight language model before gpt-oss, released in stages and completed with the 1.5B model on 5 November 2019.",
  inputs: ['text'],
  outputs: ['text'],
  parameters: {
    status: 'disclosed',
    sizes: [{total: 1.24e8}, {total: 3.55e8}, {total: 7.74e8}, {total: 1.5e9}],
    note: 'Early posts said 117M and 345M; OpenAI corrected these to 124M and 355M.',
    ...gpt2Repo,
  },
  license: 'gpt-2-modified-mit',
  access: ['weights'],
  howToGet: 'Download the weights with the scripts in the archived openai/gpt-2 repository.',
  openness: {
    weights: open(gpt2Repo, 'All four sizes can be downloaded.'),
    inferenceCode: open(gpt2Repo, 'Sampling code is in the repository.'),
    trainingCode: closed(gpt2Repo, 'No training code; the repository is a starting point for experiments.'),
    trainingData: closed(
      gpt2Repo,
      'The WebText corpus was not released; only a dataset of model outputs was.',
    ),
    dataDocumentation: partial(
      gpt2Paper,
      'The paper explains how WebText was built (outbound Reddit links, about 8 million documents, 40 GB); no source list.',
    ),
    paper: open(
      gpt2Paper,
      'Paper with architecture, the four model sizes, the WebText dataset and evaluations.',
    ),
    modelCard: open(gpt2Card, 'The repository includes a model card with intended uses and limitations.'),
    license: partial(
      gpt2Repo,
      'Modified MIT: MIT-style rights with added wording, so not an OSI-listed license text.',
    ),
    api: closed(gpt2Repo, 'Released for download only; OpenAI offered no GPT-2 API.'),
  },
  guidePages: [G.history, G.gptOss],
  lastVerified: '2026-11-27',
  added: '2026-11-23',
  trackers: {mot: {file: 'GPT-2.yml', note: 'GPT-2.'}},
  timelineLabel: 2,
  sources: [
    {
      id: 'gpt-2-paper',
      title: 'Language Models are Unsupervised Multitask Learners (the GPT-2 paper, PDF)',
      publisher: 'Radford et al., OpenAI',
      url: 'https://cdn.openai.com/better-language-models/language_models_are_unsupervised_multitask_learners.pdf',
      published: '2019-02',
      kind: 'primary',
      topic: 'openai',
    },
    {
      id: 'openai-gpt-2-model-card',
      title: 'GPT-2 model card',
      publisher: 'OpenAI on GitHub',
      url: 'https://github.com/openai/gpt-2/blob/master/model_card.md',
      published: '2019-11',
      kind: 'primary',
      topic: 'openai',
    },
    {
      id: 'openai-gpt-2-repo',
      title: 'openai/gpt-2 repository (archived)',
      publisher: 'OpenAI on GitHub',
      url: 'https://github.com/openai/gpt-2',
      asOf: '2026-06',
      kind: 'primary',
      topic: 'openai',
    },
  ],
});
