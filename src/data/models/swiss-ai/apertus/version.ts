/** Apertus: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, open, partial} from '../../../define';
import maker from '../maker';

const apertusCard = ev('apertus-70b-card', '2025-09-02');
const apertusGate = ev('apertus-70b-card', '2025-09');
const apertusCop = ev('apertus-code-of-practice', '2025-09-15');
const apertusPaper = ev('apertus-report', '2025-09');
const apertusSummary = ev('apertus-eu-training-summary', '2025-09-01');
const publicAi = ev('publicai-chat-repo', '2025-09');

export default defineVersion(maker, {
  id: 'apertus',
  name: 'Apertus',
  organization: 'Swiss AI Initiative (EPFL, ETH Zurich, CSCS)',
  firstRelease: '2025-09-02',
  releaseSource: 'apertus-70b-card',
  summary:
    "Switzerland's fully open multilingual model family, released with weights, data recipes, code and an EU training-data summary.",
  inputs: ['text'],
  outputs: ['text'],
  parameters: {
    status: 'disclosed',
    sizes: [
      {name: '8B', total: 8e9},
      {name: '70B', total: 7e10},
    ],
    ...apertusCard,
  },
  license: 'Apache-2.0',
  access: ['weights', 'api'],
  howToGet:
    'Download from Hugging Face (swiss-ai/Apertus-8B-2509, -70B-2509) after logging in and accepting the Apertus Acceptable Use Policy, or use the Public AI utility.',
  openness: {
    weights: partial(
      apertusGate,
      'Weights under Apache 2.0, but Hugging Face serves the files only after you log in, give name, country and affiliation, and accept the Apertus use policy: gated, so partial.',
    ),
    inferenceCode: open(apertusCard, 'Supported in Transformers and vLLM; usage code in the card.'),
    trainingCode: open(apertusPaper, 'Pre-training and post-training code published with the report.'),
    trainingData: open(
      apertusPaper,
      'Built only from public datasets; scripts to rebuild the corpus, with opt-outs applied, are published.',
    ),
    dataDocumentation: open(
      apertusSummary,
      'Detailed data description plus an EU AI Act public training-data summary.',
    ),
    paper: open(apertusPaper, 'Technical report on arXiv covering data, architecture and evaluation.'),
    modelCard: open(apertusCard, 'Model card with uses, limits and evaluation.'),
    license: open(
      apertusCop,
      'Apache 2.0, an OSI-approved license; the acceptable-use policy is a separate agreement asked for at download.',
    ),
    api: open(publicAi, 'Hosted by the nonprofit Public AI Inference Utility, which offers an API.'),
  },
  guidePages: [G.alternatives],
  lastVerified: '2026-12-07',
  added: '2026-11-27',
  changes: [
    {
      date: '2026-12-07',
      kind: 'rating',
      rating: {dimension: 'weights', from: 'open', to: 'partial'},
      what: 'Weights re-rated from open to partial: the Hugging Face repositories are gated behind the Apertus Acceptable Use Policy, though the license is Apache 2.0.',
      source: 'apertus-70b-card',
    },
  ],
  sources: [
    {
      id: 'apertus-70b-card',
      title: 'Apertus-70B-2509 model card',
      publisher: 'Swiss AI Initiative on Hugging Face',
      url: 'https://huggingface.co/swiss-ai/Apertus-70B-2509',
      published: '2025-09-02',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'apertus-code-of-practice',
      title: 'Code of Practice for the Apertus LLM (EU AI Act, PDF): distribution, license and use policy',
      publisher: 'Swiss AI Initiative (swiss-ai/apertus-legal on GitHub)',
      url: 'https://github.com/swiss-ai/apertus-legal/blob/4502e8ed21811062094baa06529abe427cbc7377/Apertus_EU_Code_of_Practice.pdf',
      published: '2025-09-02',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'apertus-eu-training-summary',
      title: 'Apertus public summary of training content (EU template, PDF)',
      publisher: 'Swiss AI Initiative on Hugging Face',
      url: 'https://huggingface.co/swiss-ai/Apertus-70B-2509/blob/main/Apertus_EU_Public_Summary.pdf',
      published: '2025-09-01',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'apertus-report',
      title: 'Apertus technical report',
      publisher: 'Apertus Team, Swiss AI Initiative (arXiv 2509.14233)',
      url: 'https://arxiv.org/abs/2509.14233',
      published: '2025-09',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'publicai-chat-repo',
      title: 'forpublicai/chat.publicai.co repository',
      publisher: 'Public AI on GitHub',
      url: 'https://github.com/forpublicai/chat.publicai.co',
      published: '2025-09',
      kind: 'primary',
      topic: 'tools',
    },
  ],
});
