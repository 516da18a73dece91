/** Mixtral 8x7B: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open, partial} from '../../../../define';
import family from '../family';

const mixtralPaper = ev('mixtral-paper', '2024-01');
const osiAi = ev('osi-ai-hub', '2026-06');

export default defineVersion(family, {
  id: 'mixtral-8x7b',
  name: 'Mixtral 8x7B',
  organization: 'Mistral AI',
  firstRelease: '2023-12-11',
  releaseSource: 'mixtral-paper',
  summary:
    'A sparse mixture-of-experts model that sends each token to 2 of 8 experts per layer; OSI found it fell short of its definition.',
  inputs: ['text'],
  outputs: ['text'],
  parameters: {status: 'disclosed', sizes: [{total: 4.67e10, active: 1.29e10}], ...mixtralPaper},
  license: 'Apache-2.0',
  access: ['weights'],
  howToGet: 'Download from Hugging Face (mistralai) or run it with Ollama, llama.cpp or vLLM.',
  openness: {
    weights: open(mixtralPaper, 'Weights released under Apache 2.0.'),
    inferenceCode: open(
      mixtralPaper,
      'Reference inference code released under Apache 2.0; vLLM support was contributed at launch.',
    ),
    trainingCode: closed(osiAi, 'Training code not released; one reason OSI found it fell short.'),
    trainingData: closed(mixtralPaper, 'Training data not released.'),
    dataDocumentation: closed(
      mixtralPaper,
      'The paper says only that it was pre-trained on multilingual web data.',
    ),
    paper: partial(mixtralPaper, 'A report on architecture and results, without data details.'),
    modelCard: partial(
      mixtralPaper,
      'Only a short Hugging Face card with usage notes; evaluation is in the paper.',
    ),
    license: open(mixtralPaper, 'Apache 2.0, an OSI-approved license.'),
    api: closed(mixtralPaper, 'Released for download; the paper names no hosted API.'),
  },
  guidePages: [G.alternatives, G.vsWeights],
  lastVerified: '2026-11-27',
  added: '2026-11-23',
  osiValidation: {
    osiName: 'Mixtral (Mistral AI)',
    result: 'fails',
    source: 'osi-ai-hub',
    note: 'OSI wrote "Mixtral" without a size; we show it on our Mixtral 8x7B record.',
  },
  trackers: {mot: {file: 'Mixtral-8x7B-v0.1.yml', note: 'Mixtral 8x7B v0.1.'}},
  sources: [
    {
      id: 'mixtral-paper',
      title: 'Mixtral of Experts',
      publisher: 'Mistral AI (arXiv 2401.04088)',
      url: 'https://arxiv.org/abs/2401.04088',
      published: '2024-01',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
