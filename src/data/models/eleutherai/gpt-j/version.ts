/** GPT-J-6B: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open} from '../../../define';
import maker from '../maker';

const gptjRepo = ev('gpt-j-repo', '2026-06');
const gptjCard = ev('gpt-j-6b-card', '2026-11');

export default defineVersion(maker, {
  id: 'gpt-j',
  name: 'GPT-J-6B',
  organization: 'EleutherAI (Ben Wang and Aran Komatsuzaki)',
  firstRelease: '2021-06',
  releaseSource: 'gpt-j-repo',
  summary: 'A 6B-parameter open language model trained with the mesh-transformer-jax code on the Pile.',
  inputs: ['text'],
  outputs: ['text'],
  parameters: {status: 'disclosed', sizes: [{total: 6e9}], ...gptjRepo},
  license: 'Apache-2.0',
  access: ['weights'],
  howToGet: 'Download from Hugging Face (EleutherAI/gpt-j-6b) or the mesh-transformer-jax repository.',
  openness: {
    weights: open(gptjRepo, 'Weights released under Apache 2.0.'),
    inferenceCode: open(gptjRepo, 'Inference code in mesh-transformer-jax.'),
    trainingCode: open(gptjRepo, 'The training code is the mesh-transformer-jax repository.'),
    trainingData: open(gptjRepo, 'Trained on the Pile, a public dataset.'),
    dataDocumentation: open(
      gptjRepo,
      'Trained on the Pile, whose components and processing are documented with the dataset.',
    ),
    paper: closed(gptjRepo, 'No paper; the repository and a software citation only.'),
    modelCard: open(gptjCard, 'Hugging Face model card with intended use, limitations, bias and evaluation.'),
    license: open(gptjRepo, 'Apache 2.0, an OSI-approved license.'),
    api: closed(gptjRepo, 'Released for download only; no hosted API from EleutherAI.'),
  },
  guidePages: [G.alternatives],
  lastVerified: '2026-11-27',
  added: '2026-11-23',
  trackers: {mot: {file: 'GPT-J.yml', note: 'GPT-J.'}},
  sources: [
    {
      id: 'gpt-j-6b-card',
      title: 'gpt-j-6b model card',
      publisher: 'EleutherAI on Hugging Face',
      url: 'https://huggingface.co/EleutherAI/gpt-j-6b',
      asOf: '2026-11',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'gpt-j-repo',
      title: 'kingoflolz/mesh-transformer-jax repository (GPT-J-6B)',
      publisher: 'Ben Wang on GitHub',
      url: 'https://github.com/kingoflolz/mesh-transformer-jax',
      asOf: '2026-06',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
