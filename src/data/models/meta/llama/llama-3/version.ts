/** Llama 3: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open, partial} from '../../../../define';
import family from '../family';

const llama3Repo = ev('llama-3-repo', '2024-04-18');
const llama3License = ev('llama3-license', '2024-04-18');
const llama3Paper = ev('llama-3-herd-paper', '2024-07');
const bedrock = ev('bedrock-models-supported', '2026');

export default defineVersion(family, {
  id: 'llama-3',
  name: 'Llama 3',
  organization: 'Meta',
  firstRelease: '2024-04-18',
  releaseSource: 'llama-3-repo',
  summary: "Meta's 8B and 70B models of April 2024, under the Meta Llama 3 Community License.",
  inputs: ['text'],
  outputs: ['text'],
  parameters: {status: 'disclosed', sizes: [{total: 8e9}, {total: 7e10}], ...llama3Repo},
  license: 'llama-3-community',
  access: ['weights'],
  howToGet: 'Request access on Hugging Face (meta-llama) or from Meta and accept the license.',
  openness: {
    weights: partial(
      llama3Repo,
      'Downloadable only after requesting access and accepting a custom license with use restrictions.',
    ),
    inferenceCode: partial(
      llama3License,
      "Meta's inference code counts as Llama Materials under the custom license (it names inference-enabling code).",
    ),
    trainingCode: closed(llama3Repo, 'Training code not released.'),
    trainingData: closed(llama3Repo, 'Training data not released.'),
    dataDocumentation: partial(
      llama3Repo,
      'Token count (15T+), cut-off and "publicly available sources" only.',
    ),
    paper: open(
      llama3Paper,
      'The Llama 3 herd paper (July 2024) covers architecture and training of the family.',
    ),
    modelCard: open(llama3Repo, 'Model card with intended use, benchmarks and safety notes.'),
    license: partial(
      llama3License,
      'Custom license: usage policy, naming rules, output-use limits and a 700M-user clause.',
    ),
    api: open(bedrock, 'Hosted by cloud providers, for example Amazon Bedrock (meta.llama3-70b-instruct).'),
  },
  guidePages: [G.alternatives, G.vsWeights],
  lastVerified: '2026-11-27',
  added: '2026-11-23',
  changes: [
    {
      date: '2026-11-27',
      kind: 'rating',
      rating: {dimension: 'weights', from: 'open', to: 'partial'},
      what: 'Weights re-rated from open to partial under the written rubric: the download is gated behind a custom license.',
      source: 'llama3-license',
    },
  ],
  trackers: {
    eu: {file: 'llama-3-instruct.yaml', role: 'end', note: 'Meta Llama 3 70B and 70B-Instruct.'},
    mot: {file: 'Llama-3-70B.yml', note: 'Llama 3, largest size (70B).'},
  },
  sources: [
    {
      id: 'llama-3-repo',
      title: 'meta-llama/llama3 repository',
      publisher: 'Meta on GitHub',
      url: 'https://github.com/meta-llama/llama3',
      published: '2024-04-18',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
