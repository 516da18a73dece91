/** CLIP: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open, partial} from '../../../define';
import maker from '../maker';

const clipPaper = ev('clip-paper', '2021-02');
const clipRepo = ev('openai-clip-repo', '2026-06');

export default defineVersion(maker, {
  id: 'clip',
  name: 'CLIP',
  organization: 'OpenAI',
  firstRelease: '2021-01',
  releaseSource: 'openai-clip-repo',
  summary:
    'An image-and-text model that learns to match pictures with captions; code and weights are MIT-licensed.',
  inputs: ['text', 'image'],
  outputs: ['embedding'],
  parameters: {
    status: 'not-listed',
    note: 'Several image encoders (ResNet and ViT variants); sizes not recorded here.',
    ...clipPaper,
  },
  license: 'MIT',
  access: ['weights'],
  howToGet: 'Install the package from the openai/CLIP repository; it downloads the weights.',
  openness: {
    weights: open(clipRepo, 'Weights released under MIT.'),
    inferenceCode: open(clipRepo, 'Code to load and run the models.'),
    trainingCode: closed(clipRepo, 'The repository ships inference code, not the training pipeline.'),
    trainingData: closed(clipPaper, 'The image-text training set was not released.'),
    dataDocumentation: partial(
      clipPaper,
      'The paper describes how 400 million image-text pairs were gathered from the web, not the sources.',
    ),
    paper: open(clipPaper, 'Research paper describing the method.'),
    modelCard: open(clipRepo, 'The repository includes a model card.'),
    license: open(clipRepo, 'MIT, an OSI-approved license.'),
    api: closed(clipRepo, 'Released for download only; no hosted API.'),
  },
  guidePages: [G.history, G.gptOss, G.beyondChat],
  lastVerified: '2026-11-27',
  added: '2026-11-23',
  sources: [
    {
      id: 'clip-paper',
      title: 'Learning Transferable Visual Models From Natural Language Supervision (the CLIP paper)',
      publisher: 'Radford et al., OpenAI (arXiv 2103.00020)',
      url: 'https://arxiv.org/abs/2103.00020',
      published: '2021-02',
      kind: 'primary',
      topic: 'openai',
    },
    {
      id: 'openai-clip-repo',
      title: 'openai/CLIP repository',
      publisher: 'OpenAI on GitHub',
      url: 'https://github.com/openai/CLIP',
      asOf: '2026-06',
      kind: 'primary',
      topic: 'openai',
    },
  ],
});
