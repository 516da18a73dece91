/** Pythia: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open} from '../../../define';
import maker from '../maker';

const pythiaPaper = ev('pythia-paper', '2023-04');
const pythiaRepo = ev('pythia-repo', '2026-11');
const pythiaCard = ev('pythia-12b-card', '2026-11');
const osiAi = ev('osi-ai-hub', '2026-06');

export default defineVersion(maker, {
  id: 'pythia',
  name: 'Pythia',
  organization: 'EleutherAI',
  firstRelease: '2023-04',
  releaseSource: 'pythia-paper',
  summary:
    'A research suite of 16 models trained on public data in the same order, with 154 checkpoints each; OSI found it met its definition.',
  inputs: ['text'],
  outputs: ['text'],
  parameters: {
    status: 'disclosed',
    sizes: [{total: 7e7}, {total: 1.2e10}],
    note: '16 models from 70M to 12B; the smallest and largest are listed.',
    ...pythiaPaper,
  },
  license: 'Apache-2.0',
  access: ['weights'],
  howToGet: 'Download from Hugging Face (EleutherAI/pythia-*), including intermediate checkpoints.',
  openness: {
    weights: open(pythiaPaper, 'All models and 154 checkpoints each released.'),
    inferenceCode: open(
      pythiaRepo,
      'Runs with Hugging Face Transformers; code in EleutherAI/pythia under Apache 2.0.',
    ),
    trainingCode: open(pythiaPaper, 'Training code released under Apache 2.0.'),
    trainingData: open(pythiaPaper, 'The Pile, with the exact order the models saw it.'),
    dataDocumentation: open(pythiaPaper, 'Data and its ordering are documented so training can be replayed.'),
    paper: open(pythiaPaper, 'Research paper describing the suite.'),
    modelCard: open(
      pythiaCard,
      'Hugging Face model card with intended uses, limitations and training details.',
    ),
    license: open(osiAi, 'Apache 2.0; OSI found Pythia met the Open Source AI Definition.'),
    api: closed(pythiaPaper, 'A research suite for download; no hosted API.'),
  },
  guidePages: [G.openSource, G.vsWeights, G.alternatives],
  lastVerified: '2026-11-27',
  added: '2026-11-23',
  osiValidation: {osiName: 'Pythia (EleutherAI)', result: 'passes', source: 'osi-ai-hub'},
  trackers: {
    eu: {
      file: 'Pythia.yaml',
      role: 'base',
      note: 'Their end model Pythia-Chat-Base-7B is a fine-tune of Pythia-6.9B.',
    },
    mot: {file: 'Pythia-12B.yml', note: 'Pythia, largest size (12B).'},
  },
  sources: [
    {
      id: 'pythia-12b-card',
      title: 'pythia-12b model card',
      publisher: 'EleutherAI on Hugging Face',
      url: 'https://huggingface.co/EleutherAI/pythia-12b',
      asOf: '2026-11',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'pythia-paper',
      title: 'Pythia: a suite for analyzing large language models across training and scaling',
      publisher: 'EleutherAI (arXiv 2304.01373)',
      url: 'https://arxiv.org/abs/2304.01373',
      published: '2023-04',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'pythia-repo',
      title: 'EleutherAI/pythia repository',
      publisher: 'EleutherAI on GitHub',
      url: 'https://github.com/EleutherAI/pythia',
      asOf: '2026-11',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
