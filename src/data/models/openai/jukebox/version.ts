/** Jukebox: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open, partial} from '../../../define';
import maker from '../maker';

const jukebox = ev('openai-jukebox-license', '2020');
const jukeboxRepo = ev('openai-jukebox-repo', '2026-11');
const jukeboxPaper = ev('jukebox-paper', '2020-04');

export default defineVersion(maker, {
  id: 'jukebox',
  name: 'Jukebox',
  organization: 'OpenAI',
  firstRelease: '2020',
  releaseSource: 'openai-jukebox-license',
  summary:
    'A music-generation model released with code and weights under a noncommercial license: proof that not every OpenAI release is open source.',
  inputs: ['text', 'audio'],
  outputs: ['audio'],
  parameters: {status: 'not-listed', note: 'Sizes not recorded here.', ...jukebox},
  license: 'jukebox-noncommercial',
  access: ['weights'],
  howToGet: 'Code and weights are linked from the openai/jukebox repository; commercial use is not allowed.',
  openness: {
    weights: partial(jukebox, 'Weights released, but only for noncommercial use.'),
    inferenceCode: partial(jukebox, 'Code released under the same noncommercial license.'),
    trainingCode: partial(
      jukeboxRepo,
      'Code to train the VQ-VAE and priors is included, under the same noncommercial license.',
    ),
    trainingData: closed(
      jukeboxPaper,
      'Trained on about 1.2 million songs collected from the web; not released.',
    ),
    dataDocumentation: partial(
      jukeboxPaper,
      'The paper gives the size of the song collection and how lyrics and metadata were paired, not the sources.',
    ),
    paper: open(jukeboxPaper, 'Paper on arXiv with architecture, training and results.'),
    license: partial(jukebox, 'Noncommercial Use License: no commercial use of the software or its outputs.'),
    api: closed(jukeboxRepo, 'Released for download only; no hosted API.'),
  },
  unrated: {
    modelCard: 'We found no model card for Jukebox and no source that says whether one was published.',
  },
  guidePages: [G.history, G.beyondChat],
  lastVerified: '2026-11-27',
  added: '2026-11-23',
  sources: [
    {
      id: 'jukebox-paper',
      title: 'Jukebox: A Generative Model for Music',
      publisher: 'Dhariwal et al., OpenAI (arXiv 2005.00341)',
      url: 'https://arxiv.org/abs/2005.00341',
      published: '2020-04',
      kind: 'primary',
      topic: 'openai',
    },
    {
      id: 'openai-jukebox-repo',
      title: 'openai/jukebox repository',
      publisher: 'OpenAI on GitHub',
      url: 'https://github.com/openai/jukebox',
      asOf: '2026-11',
      kind: 'primary',
      topic: 'openai',
    },
  ],
});
