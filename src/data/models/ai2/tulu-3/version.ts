/** Tülu 3: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open, partial} from '../../../define';
import maker from '../maker';

const tulu3Card = ev('tulu-3-70b-card', '2024-11');
const openInstruct = ev('open-instruct-repo', '2024-11');
const tulu3Blog = ev('tulu-3-blog', '2024-11-21');
const tulu3Paper = ev('tulu-3-paper', '2024-11');

export default defineVersion(maker, {
  id: 'tulu-3',
  name: 'Tülu 3',
  organization: 'Allen Institute for AI (Ai2)',
  firstRelease: '2024-11-21',
  releaseSource: 'tulu-3-blog',
  summary:
    "Ai2's post-training recipe applied to Llama 3.1, released with all of its fine-tuning data, code and evaluations.",
  inputs: ['text'],
  outputs: ['text'],
  parameters: {
    status: 'disclosed',
    sizes: [
      {name: '8B', total: 8e9},
      {name: '70B', total: 7e10},
    ],
    note: 'A 405B version followed in January 2025.',
    ...tulu3Card,
  },
  license: 'llama-3-1-community',
  access: ['weights'],
  howToGet:
    'Download from Hugging Face (allenai/Llama-3.1-Tulu-3-8B or -70B) and accept the Llama 3.1 license terms.',
  openness: {
    weights: partial(
      tulu3Card,
      'Downloadable, but under the Llama 3.1 license inherited from the base model.',
    ),
    inferenceCode: open(
      openInstruct,
      'Runs in standard open runtimes; evaluation and inference code published.',
    ),
    trainingCode: partial(
      openInstruct,
      'Post-training code (open-instruct) is released; the Llama 3.1 pre-training code is not.',
    ),
    trainingData: partial(
      tulu3Blog,
      "All fine-tuning and preference data released; the base model's pre-training data is not.",
    ),
    dataDocumentation: partial(
      tulu3Paper,
      'Post-training mixes documented in detail; pre-training data only as Meta describes it.',
    ),
    paper: open(tulu3Paper, 'Detailed technical report on arXiv covering data, recipe and evaluation.'),
    modelCard: open(tulu3Card, 'Hugging Face model card with intended use, limits and results.'),
    license: partial(tulu3Card, 'Llama 3.1 Community License: custom terms with an acceptable use policy.'),
    api: closed(tulu3Blog, 'The release is for self-hosting; no hosted API is offered with it.'),
  },
  guidePages: [G.alternatives],
  lastVerified: '2026-11-27',
  added: '2026-11-27',
  sources: [
    {
      id: 'open-instruct-repo',
      title: 'allenai/open-instruct repository',
      publisher: 'Allen Institute for AI on GitHub',
      url: 'https://github.com/allenai/open-instruct',
      published: '2024-11',
      kind: 'primary',
      topic: 'tools',
    },
    {
      id: 'tulu-3-70b-card',
      title: 'Llama-3.1-Tulu-3-70B model card',
      publisher: 'Allen Institute for AI on Hugging Face',
      url: 'https://huggingface.co/allenai/Llama-3.1-Tulu-3-70B',
      published: '2024-11',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'tulu-3-blog',
      title: 'Tülu 3: announcement',
      publisher: 'Allen Institute for AI',
      url: 'https://allenai.org/blog/tulu-3',
      published: '2024-11-21',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'tulu-3-paper',
      title: 'Tülu 3: Pushing Frontiers in Open Language Model Post-Training',
      publisher: 'Allen Institute for AI (arXiv 2411.15124)',
      url: 'https://arxiv.org/abs/2411.15124',
      published: '2024-11',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
