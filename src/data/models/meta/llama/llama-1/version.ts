/** LLaMA (1): its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open, partial} from '../../../../define';
import family from '../family';

const llama1Blog = ev('meta-llama1-blog', '2023-02-24');
const llama1Code = ev('llama-1-code', '2023-02');
const llama1Paper = ev('llama-1-paper', '2023-02');
const llama1Card = ev('llama-1-model-card', '2023-02');

export default defineVersion(family, {
  id: 'llama-1',
  name: 'LLaMA (1)',
  organization: 'Meta (Meta AI research)',
  firstRelease: '2023-02-24',
  releaseSource: 'meta-llama1-blog',
  summary:
    "Meta's first LLaMA models, shared case by case with researchers under a non-commercial license; the weights leaked publicly in March 2023.",
  inputs: ['text'],
  outputs: ['text'],
  parameters: {
    status: 'disclosed',
    sizes: [{total: 7e9}, {total: 1.3e10}, {total: 3.3e10}, {total: 6.5e10}],
    ...llama1Blog,
  },
  license: 'llama-1-research',
  access: ['weights'],
  howToGet: 'Was available to approved researchers on request; Llama 2 and later replaced it for most uses.',
  openness: {
    weights: partial(llama1Blog, 'Shared case by case with researchers, not published openly.'),
    inferenceCode: open(llama1Code, 'Inference code released under GPL-3.0.'),
    trainingCode: closed(llama1Blog, 'Training code not released.'),
    trainingData: closed(llama1Blog, 'Trained on public sources that Meta did not redistribute.'),
    dataDocumentation: open(
      llama1Paper,
      'The paper lists every pre-training source with its share of the mix and the filtering applied.',
    ),
    paper: open(llama1Paper, 'Paper on arXiv with data mix, architecture and training details.'),
    modelCard: open(llama1Card, 'Model card with intended uses, evaluations and bias results.'),
    license: partial(llama1Blog, 'Non-commercial research license.'),
    api: closed(llama1Blog, 'Shared as weights with approved researchers; Meta offered no API.'),
  },
  guidePages: [G.alternatives, G.vsWeights],
  lastVerified: '2026-11-27',
  added: '2026-11-23',
  sources: [
    {
      id: 'llama-1-code',
      title: 'meta-llama/llama repository, llama_v1 branch',
      publisher: 'Meta on GitHub',
      url: 'https://github.com/meta-llama/llama/tree/llama_v1',
      published: '2023-02',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'llama-1-model-card',
      title: 'LLaMA (v1) model card, llama_v1 branch',
      publisher: 'Meta on GitHub',
      url: 'https://github.com/meta-llama/llama/blob/llama_v1/MODEL_CARD.md',
      published: '2023-02',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'llama-1-paper',
      title: 'LLaMA: Open and Efficient Foundation Language Models',
      publisher: 'Touvron et al., Meta (arXiv 2302.13971)',
      url: 'https://arxiv.org/abs/2302.13971',
      published: '2023-02',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
