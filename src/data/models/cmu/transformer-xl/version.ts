/** Transformer-XL: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open, partial} from '../../../define';
import maker from '../maker';

const txlPaper = ev('transformer-xl-paper', '2019-01');
const txlRepo = ev('transformer-xl-repo', '2026-06');

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
  license: 'no-license-file',
  access: ['weights'],
  howToGet:
    'Code (PyTorch and TensorFlow) and pretrained TensorFlow models are linked from the kimiyoung/transformer-xl repository.',
  openness: {
    weights: partial(
      txlRepo,
      'Pretrained TensorFlow models can be downloaded, but no license grants reuse rights.',
    ),
    inferenceCode: partial(txlRepo, 'PyTorch and TensorFlow code released without a license file.'),
    trainingCode: partial(txlRepo, 'Training scripts released without a license file.'),
    trainingData: open(txlRepo, 'Trained on public benchmarks the repository fetches with a script.'),
    dataDocumentation: open(
      txlPaper,
      'Trained on named public benchmarks (WikiText-103, enwik8, text8, One Billion Word, Penn Treebank).',
    ),
    paper: open(txlPaper, 'Paper describing the method and results.'),
    modelCard: closed(txlRepo, 'The repository has code and instructions but no model card.'),
    license: partial(txlRepo, 'The repository has no license file, so reuse rights are not stated.'),
    api: closed(txlRepo, 'Released for download only; no hosted API.'),
  },
  guidePages: [G.history],
  lastVerified: '2026-11-27',
  added: '2026-11-23',
  sources: [
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
