/** GPT-Neo: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open} from '../../../define';
import maker from '../maker';

const gptNeoRepo = ev('gpt-neo-repo', '2026-06');
const gptNeoCard = ev('gpt-neo-2-7b-card', '2026-11');

export default defineVersion(maker, {
  id: 'gpt-neo',
  name: 'GPT-Neo',
  organization: 'EleutherAI',
  firstRelease: '2021-03-21',
  releaseSource: 'gpt-neo-repo',
  summary: "EleutherAI's first open replication of a GPT-3-style model, trained on the public Pile dataset.",
  inputs: ['text'],
  outputs: ['text'],
  parameters: {status: 'disclosed', sizes: [{total: 1.25e8}, {total: 1.3e9}, {total: 2.7e9}], ...gptNeoRepo},
  license: 'MIT',
  access: ['weights'],
  howToGet: 'Download from Hugging Face (EleutherAI) or the links in the EleutherAI/gpt-neo repository.',
  openness: {
    weights: open(gptNeoRepo, '1.3B and 2.7B weights posted on 21 March 2021.'),
    inferenceCode: open(gptNeoRepo, 'Code to run the models is in the repository.'),
    trainingCode: open(gptNeoRepo, 'Training code released.'),
    trainingData: open(gptNeoRepo, 'Trained on the Pile, a public 825 GiB dataset.'),
    dataDocumentation: open(
      gptNeoRepo,
      'Trained on the Pile, whose components and processing are documented with the dataset.',
    ),
    paper: closed(gptNeoRepo, 'No paper; the repository and a software citation only.'),
    modelCard: open(
      gptNeoCard,
      'Hugging Face model card with intended use, limitations, bias and evaluation.',
    ),
    license: open(gptNeoRepo, 'MIT on the Hugging Face model cards.'),
    api: closed(gptNeoRepo, 'Released for download only; no hosted API from EleutherAI.'),
  },
  guidePages: [G.alternatives, G.history],
  lastVerified: '2026-11-27',
  added: '2026-11-23',
  trackers: {mot: {file: 'GPT-Neo.yml', note: 'GPT-Neo.'}},
  sources: [
    {
      id: 'gpt-neo-2-7b-card',
      title: 'gpt-neo-2.7B model card',
      publisher: 'EleutherAI on Hugging Face',
      url: 'https://huggingface.co/EleutherAI/gpt-neo-2.7B',
      asOf: '2026-11',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'gpt-neo-repo',
      title: 'EleutherAI/gpt-neo repository',
      publisher: 'EleutherAI on GitHub',
      url: 'https://github.com/EleutherAI/gpt-neo',
      asOf: '2026-06',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
