/** Falcon-180B: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open, partial} from '../../../../define';
import family from '../family';

const falcon180b = ev('falcon-180b-card', '2023-09');
const refinedWeb = ev('falcon-refinedweb-dataset', '2026-11');
const falconPaper = ev('falcon-paper', '2023-11');

export default defineVersion(family, {
  id: 'falcon-180b',
  name: 'Falcon-180B',
  organization: 'Technology Innovation Institute (Abu Dhabi)',
  firstRelease: '2023-09',
  releaseSource: 'falcon-180b-card',
  summary:
    "TII's 180B model, released under a custom TII license with an acceptable-use policy rather than Apache 2.0.",
  inputs: ['text'],
  outputs: ['text'],
  parameters: {status: 'disclosed', sizes: [{total: 1.8e11}], ...falcon180b},
  license: 'tii-falcon-180b',
  access: ['weights'],
  howToGet: 'Download from Hugging Face (tiiuae/falcon-180B) after accepting the license.',
  openness: {
    weights: partial(
      falcon180b,
      'Downloadable only after accepting the TII license, which adds an acceptable-use policy.',
    ),
    inferenceCode: open(
      falcon180b,
      'The model card shows how to run it with Hugging Face Transformers (Apache 2.0).',
    ),
    trainingCode: closed(falcon180b, 'Training code not released.'),
    trainingData: partial(refinedWeb, 'A 600B-token extract of RefinedWeb is public; the full mix is not.'),
    dataDocumentation: partial(
      falcon180b,
      'The card lists the mix by share (mostly RefinedWeb, plus curated corpora), not every source.',
    ),
    paper: open(falconPaper, 'The Falcon series paper covers architecture, data pipeline and training.'),
    modelCard: open(falcon180b, 'Hugging Face model card.'),
    license: partial(falcon180b, 'Custom TII license with an acceptable-use policy; not OSI-approved.'),
    api: closed(falcon180b, 'Released for download; the release names no hosted API.'),
  },
  guidePages: [G.alternatives, G.vsWeights],
  lastVerified: '2026-11-27',
  added: '2026-11-23',
  trackers: {mot: {file: 'Falcon-180B.yml', note: 'Falcon-180B.'}},
  sources: [
    {
      id: 'falcon-180b-card',
      title: 'Falcon-180B model card',
      publisher: 'Technology Innovation Institute on Hugging Face',
      url: 'https://huggingface.co/tiiuae/falcon-180B',
      published: '2023-09',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
