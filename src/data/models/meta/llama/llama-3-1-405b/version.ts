/** Llama 3.1 405B: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open, partial} from '../../../../define';
import family from '../family';

const llama31Card = ev('llama-3-1-model-card', '2024-07-23');
const llama31License = ev('llama3-1-license', '2024-07-23');
const llama3Paper = ev('llama-3-herd-paper', '2024-07');
const bedrock = ev('bedrock-models-supported', '2026');

export default defineVersion(family, {
  id: 'llama-3-1-405b',
  name: 'Llama 3.1 405B',
  organization: 'Meta',
  firstRelease: '2024-07-23',
  releaseSource: 'llama-3-1-model-card',
  summary:
    'The largest Llama 3.1 model, released with 8B and 70B siblings under the Llama 3.1 Community License.',
  inputs: ['text'],
  outputs: ['text'],
  parameters: {status: 'disclosed', sizes: [{total: 8e9}, {total: 7e10}, {total: 4.05e11}], ...llama31Card},
  license: 'llama-3-1-community',
  access: ['weights'],
  howToGet:
    'Request access on Hugging Face (meta-llama) or from Meta and accept the license; many clouds host it.',
  openness: {
    weights: partial(
      llama31Card,
      'Downloadable only after requesting access and accepting a custom license with use restrictions.',
    ),
    inferenceCode: partial(
      llama31License,
      "Meta's inference code counts as Llama Materials under the custom license (it names inference-enabling code).",
    ),
    trainingCode: closed(llama31Card, 'Training code not released.'),
    trainingData: closed(llama31Card, 'Training data not released.'),
    dataDocumentation: partial(
      llama3Paper,
      'The paper describes data cleaning and the mix by domain, not the datasets.',
    ),
    paper: open(llama3Paper, 'The Llama 3 herd paper covers architecture, training and evaluation of 3.1.'),
    modelCard: open(llama31Card, 'Model card in meta-llama/llama-models.'),
    license: partial(
      llama31License,
      'Llama 3.1 Community License: usage policy, "Llama" naming rule (outputs may train other models) and a 700M-user clause.',
    ),
    api: open(bedrock, 'Hosted by cloud providers, for example Amazon Bedrock.'),
  },
  guidePages: [G.alternatives, G.vsWeights],
  lastVerified: '2026-11-27',
  added: '2026-11-23',
  changes: [
    {
      date: '2026-11-27',
      kind: 'rating',
      rating: {dimension: 'weights', from: 'open', to: 'partial'},
      what: 'Weights re-rated from open to partial under the written rubric: the download is gated behind a custom license.',
      source: 'llama3-1-license',
    },
  ],
  trackers: {eu: {file: 'llama-3.1.yaml', role: 'end', note: 'Llama 3.1 405B and 405B-Instruct.'}},
  sources: [
    {
      id: 'llama-3-1-model-card',
      title: 'Llama 3.1 model card (meta-llama/llama-models)',
      publisher: 'Meta on GitHub',
      url: 'https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/MODEL_CARD.md',
      published: '2024-07-23',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
