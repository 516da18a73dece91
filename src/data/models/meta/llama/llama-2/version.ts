/** Llama 2: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open, partial} from '../../../../define';
import family from '../family';

const llama2Card = ev('llama-2-model-card', '2023-07-18');
const llama2License = ev('llama-2-license', '2023-07-18');
const llama2Paper = ev('llama-2-paper', '2023-07');
const osiLlama2 = ev('osi-llama2-not-open-source', '2023-07');

export default defineVersion(family, {
  id: 'llama-2',
  name: 'Llama 2',
  organization: 'Meta',
  firstRelease: '2023-07-18',
  releaseSource: 'llama-2-model-card',
  summary:
    'The first Llama generation licensed for commercial use, under a custom license OSI says is not open source.',
  inputs: ['text'],
  outputs: ['text'],
  parameters: {status: 'disclosed', sizes: [{total: 7e9}, {total: 1.3e10}, {total: 7e10}], ...llama2Card},
  license: 'llama-2-community',
  access: ['weights'],
  howToGet: 'Request access from Meta or Hugging Face (meta-llama) and accept the license.',
  openness: {
    weights: partial(
      llama2Card,
      'Downloadable only after requesting access and accepting a custom license with use restrictions.',
    ),
    inferenceCode: partial(
      llama2License,
      "Meta's inference code counts as Llama Materials under the custom license (it names inference-enabling code).",
    ),
    trainingCode: closed(llama2Card, 'Training code not released.'),
    trainingData: closed(llama2Card, 'Pretrained on 2 trillion tokens that were not released.'),
    dataDocumentation: partial(
      llama2Card,
      'Token count and "no Meta user data" are stated; sources are not listed.',
    ),
    paper: open(llama2Paper, 'Paper on arXiv with architecture, pre-training and fine-tuning method.'),
    modelCard: open(llama2Card, 'Model card in the meta-llama/llama repository.'),
    license: partial(
      osiLlama2,
      'Custom license with a usage policy and a 700M-user clause; OSI says it is not open source.',
    ),
    api: closed(llama2Card, 'Meta runs no API for it, and we have no current source for a public host.'),
  },
  guidePages: [G.vsWeights, G.alternatives],
  lastVerified: '2026-11-27',
  added: '2026-11-23',
  changes: [
    {
      date: '2026-11-27',
      kind: 'rating',
      rating: {dimension: 'weights', from: 'open', to: 'partial'},
      what: 'Weights re-rated from open to partial under the written rubric: the download is gated behind a custom license.',
      source: 'llama-2-license',
    },
  ],
  osiValidation: {osiName: 'Llama 2 (Meta)', result: 'fails', source: 'osi-ai-hub'},
  trackers: {
    eu: {file: 'llama-2-chat.yaml', role: 'end', note: 'Llama 2 70B and 70B-Chat.'},
    mot: {file: 'Llama-2-70B.yml', note: 'Llama 2, largest size (70B).'},
  },
  timelineLabel: 4,
  sources: [
    {
      id: 'llama-2-model-card',
      title: 'Llama 2 model card (meta-llama/llama repository)',
      publisher: 'Meta on GitHub',
      url: 'https://github.com/meta-llama/llama/blob/main/MODEL_CARD.md',
      published: '2023-07-18',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'llama-2-paper',
      title: 'Llama 2: Open Foundation and Fine-Tuned Chat Models',
      publisher: 'Touvron et al., Meta (arXiv 2307.09288)',
      url: 'https://arxiv.org/abs/2307.09288',
      published: '2023-07',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'osi-llama2-not-open-source',
      title: "Meta's LLaMa 2 license is not Open Source",
      publisher: 'Open Source Initiative',
      url: 'https://opensource.org/blog/metas-llama-2-license-is-not-open-source',
      published: '2023-07',
      kind: 'primary',
      topic: 'licenses',
    },
  ],
});
