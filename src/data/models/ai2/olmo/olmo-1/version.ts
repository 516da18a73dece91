/** OLMo (first release): its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open} from '../../../../define';
import family from '../family';

const olmo1 = ev('olmo-blog', '2024-02-01');
const olmoPaper = ev('olmo-paper', '2024-02');
const olmo1Card = ev('olmo-7b-card', '2024-02');
const osiAi = ev('osi-ai-hub', '2026-06');

export default defineVersion(family, {
  id: 'olmo-1',
  formerIds: ['olmo'],
  name: 'OLMo (first release)',
  organization: 'Allen Institute for AI (Ai2)',
  firstRelease: '2024-02-01',
  releaseSource: 'olmo-blog',
  summary:
    "Ai2's first fully open language models, released with training data, code, logs and hundreds of checkpoints; OSI found OLMo met its definition.",
  inputs: ['text'],
  outputs: ['text'],
  parameters: {status: 'disclosed', sizes: [{total: 1e9}, {total: 7e9}], ...olmo1},
  license: 'Apache-2.0',
  access: ['weights'],
  howToGet: 'Download from Hugging Face (allenai); newer OLMo versions replace it for most uses.',
  openness: {
    weights: open(olmo1, 'Weights and more than 500 checkpoints per base model released.'),
    inferenceCode: open(olmo1, 'Code released under Apache 2.0.'),
    trainingCode: open(olmo1, 'Training, evaluation and fine-tuning code released.'),
    trainingData: open(olmo1, 'The Dolma corpus (about 3 trillion tokens) released.'),
    dataDocumentation: open(olmoPaper, 'Dolma is documented source by source, with its processing tools.'),
    paper: open(olmoPaper, 'Paper on arXiv with data, architecture, training and evaluation.'),
    modelCard: open(olmo1Card, 'Hugging Face model card with uses, limits, data and evaluation.'),
    license: open(osiAi, 'Apache 2.0; OSI found OLMo met the Open Source AI Definition.'),
    api: closed(olmo1, 'Released for download; Ai2 named no hosted API for it.'),
  },
  guidePages: [G.openSource, G.vsWeights, G.alternatives],
  lastVerified: '2026-11-27',
  added: '2026-11-23',
  osiValidation: {osiName: 'OLMo (Ai2)', result: 'passes', source: 'osi-ai-hub'},
  trackers: {mot: {file: 'OLMo-7B.yml', note: 'OLMo 7B, the first release.'}},
  timelineLabel: 5,
  sources: [
    {
      id: 'olmo-7b-card',
      title: 'OLMo-7B model card',
      publisher: 'Allen Institute for AI on Hugging Face',
      url: 'https://huggingface.co/allenai/OLMo-7B',
      published: '2024-02',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'olmo-blog',
      title: 'OLMo: Open Language Model',
      publisher: 'Allen Institute for AI',
      url: 'https://allenai.org/blog/olmo-open-language-model-87ccfc95f580',
      published: '2024-02-01',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'olmo-paper',
      title: 'OLMo: Accelerating the Science of Language Models',
      publisher: 'Allen Institute for AI (arXiv 2402.00838)',
      url: 'https://arxiv.org/abs/2402.00838',
      published: '2024-02',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
