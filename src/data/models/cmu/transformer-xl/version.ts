/** Transformer-XL: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open, partial} from '../../../define';
import maker from '../maker';

const txlPaper = ev('transformer-xl-paper', '2019-01');
const txlRepo = ev('transformer-xl-repo', '2026-06');
const txlLicense = ev('transformer-xl-license', '2019-01-11');

export default defineVersion(maker, {
  id: 'transformer-xl',
  name: 'Transformer-XL',
  organization: 'Carnegie Mellon University and Google Brain',
  firstRelease: '2019-01',
  releaseSource: 'transformer-xl-paper',
  summary: 'A research language model that reuses earlier segments to look beyond a fixed-length context.',
  inputs: ['text'],
  outputs: ['text'],
  parameters: {status: 'not-listed', note: 'Research-scale models; sizes not recorded here.', ...txlPaper},
  license: 'Apache-2.0',
  access: ['weights'],
  howToGet:
    'Code (PyTorch and TensorFlow) and pretrained TensorFlow models are linked from the kimiyoung/transformer-xl repository.',
  openness: {
    weights: partial(
      txlRepo,
      'The download script fetches pretrained TensorFlow checkpoints from a CMU server with no sign-up, but neither the README nor the Apache 2.0 file says that license covers them.',
    ),
    inferenceCode: open(
      txlLicense,
      'PyTorch and TensorFlow code under the Apache 2.0 license in the repository.',
    ),
    trainingCode: open(txlLicense, 'Training scripts under the Apache 2.0 license in the repository.'),
    trainingData: open(txlRepo, 'Trained on public benchmarks the repository fetches with a script.'),
    dataDocumentation: open(
      txlPaper,
      'Trained on named public benchmarks (WikiText-103, enwik8, text8, One Billion Word, Penn Treebank).',
    ),
    paper: open(txlPaper, 'Paper describing the method and results.'),
    modelCard: closed(txlRepo, 'The repository has code and instructions but no model card.'),
    license: open(txlLicense, 'The repository has carried an Apache 2.0 LICENSE file since January 2019.'),
    api: closed(txlRepo, 'Released for download only; no hosted API.'),
  },
  guidePages: [G.history],
  lastVerified: '2026-12-07',
  added: '2026-11-23',
  changes: [
    {
      date: '2026-12-07',
      kind: 'correction',
      what: 'License corrected from "no license file" to Apache 2.0: a LICENSE file was added to the repository on 11 January 2019.',
      source: 'transformer-xl-license',
    },
    {
      date: '2026-12-07',
      kind: 'rating',
      rating: {dimension: 'license', from: 'partial', to: 'open'},
      what: 'License re-rated from partial to open: the repository is under Apache 2.0, an OSI-approved license.',
      source: 'transformer-xl-license',
    },
    {
      date: '2026-12-07',
      kind: 'rating',
      rating: {dimension: 'inferenceCode', from: 'partial', to: 'open'},
      what: 'Inference code re-rated from partial to open: the PyTorch and TensorFlow code is under Apache 2.0.',
      source: 'transformer-xl-license',
    },
    {
      date: '2026-12-07',
      kind: 'rating',
      rating: {dimension: 'trainingCode', from: 'partial', to: 'open'},
      what: 'Training code re-rated from partial to open: the training scripts are under Apache 2.0.',
      source: 'transformer-xl-license',
    },
  ],
  sources: [
    {
      id: 'transformer-xl-license',
      title: 'Transformer-XL LICENSE (Apache License 2.0), as added on 2019-01-11',
      publisher: 'kimiyoung/transformer-xl on GitHub',
      url: 'https://github.com/kimiyoung/transformer-xl/blob/70e41b70da63c43832222a3a32fdb03c8d823488/LICENSE',
      published: '2019-01-11',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'transformer-xl-paper',
      title: 'Transformer-XL: Attentive Language Models Beyond a Fixed-Length Context',
      publisher: 'Dai et al., CMU and Google Brain (arXiv 1901.02860)',
      url: 'https://arxiv.org/abs/1901.02860',
      published: '2019-01',
      kind: 'primary',
      topic: 'research',
    },
  ],
});
