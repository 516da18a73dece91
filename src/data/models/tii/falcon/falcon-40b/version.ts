/** Falcon-40B: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open, partial} from '../../../../define';
import family from '../family';

const falcon40b = ev('falcon-40b-card', '2023-05-31');
const refinedWeb = ev('falcon-refinedweb-dataset', '2026-11');
const falconPaper = ev('falcon-paper', '2023-11');

export default defineVersion(family, {
  id: 'falcon-40b',
  name: 'Falcon-40B',
  organization: 'Technology Innovation Institute (Abu Dhabi)',
  firstRelease: '2023-05',
  releaseSource: 'falcon-40b-card',
  summary: "TII's 40B model (with a 7B sibling), moved to Apache 2.0 on 31 May 2023 with royalties waived.",
  inputs: ['text'],
  outputs: ['text'],
  parameters: {status: 'disclosed', sizes: [{total: 7e9}, {total: 4e10}], ...falcon40b},
  license: 'Apache-2.0',
  access: ['weights'],
  howToGet: 'Download from Hugging Face (tiiuae/falcon-40b).',
  openness: {
    weights: open(falcon40b, 'Weights released; Apache 2.0 since 31 May 2023.'),
    inferenceCode: open(
      falcon40b,
      'The model card shows how to run it with Hugging Face Transformers (Apache 2.0).',
    ),
    trainingCode: closed(falcon40b, 'Training code not released.'),
    trainingData: partial(refinedWeb, 'A 600B-token extract of RefinedWeb is public; the full mix is not.'),
    dataDocumentation: partial(
      falcon40b,
      'The card lists the mix by share (mostly RefinedWeb, plus books, conversations, code, technical text), not every source.',
    ),
    paper: open(falconPaper, 'The Falcon series paper covers architecture, data pipeline and training.'),
    modelCard: open(falcon40b, 'Hugging Face model card.'),
    license: open(falcon40b, 'Apache 2.0, an OSI-approved license.'),
    api: closed(falcon40b, 'Released for download; the release names no hosted API.'),
  },
  guidePages: [G.alternatives, G.vsWeights],
  lastVerified: '2026-11-27',
  added: '2026-11-23',
  trackers: {mot: {file: 'Falcon-40B.yml', note: 'Falcon-40B.'}},
  sources: [
    {
      id: 'falcon-40b-card',
      title: 'Falcon-40B model card',
      publisher: 'Technology Innovation Institute on Hugging Face',
      url: 'https://huggingface.co/tiiuae/falcon-40b',
      published: '2023-05-31',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
