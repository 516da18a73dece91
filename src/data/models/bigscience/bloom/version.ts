/** BLOOM: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open, partial} from '../../../define';
import maker from '../maker';

const bloomBlog = ev('bloom-blog', '2022-07-12');
const bloomCard = ev('bloom-model-card', '2022-07');
const bloomPaper = ev('bloom-paper', '2022-11');

export default defineVersion(maker, {
  id: 'bloom',
  name: 'BLOOM',
  organization: 'BigScience (Hugging Face-led, 1,000+ researchers)',
  firstRelease: '2022-07-12',
  releaseSource: 'bloom-blog',
  summary:
    'A 176B-parameter multilingual model (46 natural and 13 programming languages) built by a public research workshop.',
  inputs: ['text', 'code'],
  outputs: ['text', 'code'],
  parameters: {
    status: 'disclosed',
    sizes: [{total: 5.6e8}, {total: 1.76e11}],
    note: 'A family from 560M to 176B; the smallest and largest are listed.',
    ...bloomBlog,
  },
  license: 'bigscience-rail-1.0',
  access: ['weights'],
  howToGet: 'Download from Hugging Face (bigscience/bloom) after accepting the RAIL license.',
  openness: {
    weights: partial(
      bloomCard,
      'All sizes downloadable, but under the use-restricted BigScience RAIL license.',
    ),
    inferenceCode: open(bloomCard, 'Runs with Hugging Face Transformers (Apache 2.0); the card shows how.'),
    trainingCode: open(bloomBlog, 'Training code released.'),
    trainingData: partial(bloomBlog, 'The ROOTS corpus is documented and partly released.'),
    dataDocumentation: open(bloomBlog, 'Data sources and processing are documented.'),
    paper: open(bloomPaper, 'Paper on arXiv with data, architecture, training and evaluation.'),
    modelCard: open(bloomCard, 'Detailed model card (v1.0).'),
    license: partial(bloomCard, 'BigScience RAIL v1.0 adds use restrictions, so it is not OSI open source.'),
    api: closed(bloomCard, 'Released for download; no hosted API from BigScience.'),
  },
  guidePages: [G.vsWeights, G.alternatives],
  lastVerified: '2026-11-27',
  added: '2026-11-23',
  osiValidation: {osiName: 'BLOOM (BigScience)', result: 'license-changes-needed', source: 'osi-ai-hub'},
  trackers: {
    eu: {file: 'bloomz.yaml', role: 'base', note: 'Their end model BLOOMZ is a fine-tune of BLOOM.'},
    mot: {file: 'BLOOM.yml', note: 'BLOOM.'},
  },
  sources: [
    {
      id: 'bloom-blog',
      title: "Introducing the world's largest open multilingual language model: BLOOM",
      publisher: 'BigScience / Hugging Face',
      url: 'https://huggingface.co/blog/bloom',
      published: '2022-07-12',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'bloom-model-card',
      title: 'bigscience/bloom model card',
      publisher: 'BigScience on Hugging Face',
      url: 'https://huggingface.co/bigscience/bloom',
      published: '2022',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'bloom-paper',
      title: 'BLOOM: A 176B-Parameter Open-Access Multilingual Language Model',
      publisher: 'BigScience Workshop (arXiv 2211.05100)',
      url: 'https://arxiv.org/abs/2211.05100',
      published: '2022-11',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
