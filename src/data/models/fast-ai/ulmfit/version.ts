/** ULMFiT: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open, partial} from '../../../define';
import maker from '../maker';

const ulmfitPaper = ev('ulmfit-paper', '2018-01');
const ulmfitAcl = ev('ulmfit-acl', '2018-07');
const fastaiRepo = ev('fastai-repo', '2026-11');

export default defineVersion(maker, {
  id: 'ulmfit',
  name: 'ULMFiT',
  organization: 'fast.ai (Jeremy Howard) and Sebastian Ruder',
  firstRelease: '2018-01',
  releaseSource: 'ulmfit-paper',
  summary:
    'A transfer-learning method for text classification: pre-train a language model, fine-tune it, then fine-tune a classifier.',
  inputs: ['text'],
  outputs: ['text'],
  parameters: {
    status: 'not-listed',
    note: 'An AWD-LSTM language model; sizes not recorded here.',
    ...ulmfitPaper,
  },
  license: 'not-verified',
  access: ['weights'],
  howToGet: 'Pretrained models and code were released with the paper through the fastai library.',
  openness: {
    weights: partial(
      ulmfitAcl,
      'Pretrained language models released with the paper; no license for the weights is stated in the sources we checked.',
    ),
    inferenceCode: open(
      fastaiRepo,
      'Code to fine-tune and run the models ships in the fastai library (Apache 2.0).',
    ),
    trainingCode: open(ulmfitAcl, 'Code to pre-train and fine-tune released.'),
    trainingData: open(ulmfitPaper, 'Pre-trained on WikiText-103, a public dataset.'),
    dataDocumentation: open(
      ulmfitPaper,
      'Its only pre-training corpus is WikiText-103, a published benchmark with its own documentation.',
    ),
    paper: open(ulmfitAcl, 'Peer-reviewed ACL 2018 paper describing the method.'),
    modelCard: closed(
      ulmfitAcl,
      'The release is a paper, code and checkpoints; no model card was published.',
    ),
    api: closed(ulmfitAcl, 'Released for download only; no hosted API.'),
  },
  unrated: {
    license:
      'No source we found states the license of the pretrained weights; the fastai code itself is Apache 2.0.',
  },
  guidePages: [G.history],
  lastVerified: '2026-11-27',
  added: '2026-11-23',
  sources: [
    {
      id: 'fastai-repo',
      title: 'fastai/fastai repository',
      publisher: 'fast.ai on GitHub',
      url: 'https://github.com/fastai/fastai',
      asOf: '2026-11',
      kind: 'primary',
      topic: 'tools',
    },
    {
      id: 'ulmfit-acl',
      title: 'Universal Language Model Fine-tuning for Text Classification (ACL Anthology entry)',
      publisher: 'Howard and Ruder, ACL 2018 (ACL Anthology)',
      url: 'https://aclanthology.org/P18-1031/',
      published: '2018-07',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
