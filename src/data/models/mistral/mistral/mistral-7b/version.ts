/** Mistral 7B: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open, partial} from '../../../../define';
import family from '../family';

const mistralPaper = ev('mistral-7b-paper', '2023-10');

export default defineVersion(family, {
  id: 'mistral-7b',
  name: 'Mistral 7B',
  organization: 'Mistral AI',
  firstRelease: '2023-09',
  releaseSource: 'mistral-7b-paper',
  summary: "Mistral AI's first model: 7.3B parameters under Apache 2.0.",
  inputs: ['text'],
  outputs: ['text'],
  parameters: {status: 'disclosed', sizes: [{total: 7.3e9}], ...mistralPaper},
  license: 'Apache-2.0',
  access: ['weights'],
  howToGet: 'Download from Hugging Face (mistralai) or run it with Ollama or llama.cpp.',
  openness: {
    weights: open(mistralPaper, 'Weights released under Apache 2.0.'),
    inferenceCode: open(mistralPaper, 'Reference inference code released under Apache 2.0 with the paper.'),
    trainingCode: closed(mistralPaper, 'Training code not released.'),
    trainingData: closed(mistralPaper, 'Training data neither released nor described.'),
    dataDocumentation: closed(mistralPaper, 'The paper says nothing about the training data.'),
    paper: partial(mistralPaper, 'A short report on architecture and results, without data details.'),
    modelCard: partial(
      mistralPaper,
      'Only a short Hugging Face card with usage notes and limitations; no evaluation details beyond the paper.',
    ),
    license: open(mistralPaper, 'Apache 2.0, an OSI-approved license.'),
    api: closed(mistralPaper, 'Released for download; the paper names no hosted API.'),
  },
  guidePages: [G.alternatives],
  lastVerified: '2026-11-27',
  added: '2026-11-23',
  trackers: {mot: {file: 'Mistral-7B-v0.1.yml', note: 'Mistral 7B v0.1, the first release.'}},
  timelineLabel: 13,
  sources: [
    {
      id: 'mistral-7b-paper',
      title: 'Mistral 7B',
      publisher: 'Mistral AI (arXiv 2310.06825)',
      url: 'https://arxiv.org/abs/2310.06825',
      published: '2023-10',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
