/** GPT-NeoX-20B: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open} from '../../../define';
import maker from '../maker';

const neoxCard = ev('gpt-neox-20b-hf', '2026-06');
const neoxPaper = ev('gpt-neox-20b-paper', '2022-04');

export default defineVersion(maker, {
  id: 'gpt-neox-20b',
  name: 'GPT-NeoX-20B',
  organization: 'EleutherAI',
  firstRelease: '2022-02',
  releaseSource: 'gpt-neox-20b-hf',
  summary: "A 20B-parameter open language model trained on the Pile with EleutherAI's GPT-NeoX library.",
  inputs: ['text'],
  outputs: ['text'],
  parameters: {status: 'disclosed', sizes: [{total: 2e10}], ...neoxCard},
  license: 'Apache-2.0',
  access: ['weights'],
  howToGet: 'Download from Hugging Face (EleutherAI/gpt-neox-20b).',
  openness: {
    weights: open(neoxCard, 'Weights released under Apache 2.0.'),
    inferenceCode: open(neoxCard, 'Runs with the Apache-2.0 GPT-NeoX library and Hugging Face Transformers.'),
    trainingCode: open(neoxCard, 'Trained with the open GPT-NeoX library.'),
    trainingData: open(neoxCard, 'Trained on the Pile, a public dataset.'),
    dataDocumentation: open(
      neoxPaper,
      'Trained on the Pile, documented component by component; the paper gives the details.',
    ),
    paper: open(neoxPaper, 'Paper on arXiv with architecture, training and evaluation.'),
    modelCard: open(neoxCard, 'Hugging Face model card with uses and limits.'),
    license: open(neoxCard, 'Apache 2.0, an OSI-approved license.'),
    api: closed(neoxCard, 'Released for download only; no hosted API from EleutherAI.'),
  },
  guidePages: [G.alternatives],
  lastVerified: '2026-11-27',
  added: '2026-11-23',
  trackers: {
    eu: {
      file: 'GPT-NeoXT.yaml',
      role: 'base',
      note: 'Their end model GPT-NeoXT-Chat-Base-20B is a fine-tune of GPT-NeoX-20B.',
    },
    mot: {file: 'GPT-NeoX-20B.yml', note: 'GPT-NeoX-20B.'},
  },
  timelineLabel: 9,
  sources: [
    {
      id: 'gpt-neox-20b-hf',
      title: 'EleutherAI/gpt-neox-20b model card',
      publisher: 'EleutherAI on Hugging Face',
      url: 'https://huggingface.co/EleutherAI/gpt-neox-20b',
      asOf: '2026-06',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'gpt-neox-20b-paper',
      title: 'GPT-NeoX-20B: An Open-Source Autoregressive Language Model',
      publisher: 'Black et al., EleutherAI (arXiv 2204.06745)',
      url: 'https://arxiv.org/abs/2204.06745',
      published: '2022-04',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
