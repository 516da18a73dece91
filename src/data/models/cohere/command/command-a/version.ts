/** Command A: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open, partial} from '../../../../define';
import family from '../family';

const commandACard = ev('command-a-card', '2025-03');
const commandAPaper = ev('command-a-report', '2025-04');
const commandADocs = ev('cohere-command-a-docs', '2025-03');

export default defineVersion(family, {
  id: 'command-a',
  name: 'Command A',
  organization: 'Cohere',
  firstRelease: '2025-03',
  releaseSource: 'command-a-card',
  summary:
    "Cohere's 111B enterprise model for agents, tools and retrieval; weights for research use only, commercial use through Cohere.",
  inputs: ['text', 'code'],
  outputs: ['text', 'code'],
  parameters: {status: 'disclosed', sizes: [{total: 1.11e11}], ...commandACard},
  license: 'CC-BY-NC-4.0',
  access: ['weights', 'api'],
  howToGet:
    "Use it through Cohere's API; research weights are on Hugging Face (CohereLabs/c4ai-command-a-03-2025) after accepting the terms.",
  openness: {
    weights: partial(commandACard, 'Downloadable after agreeing to terms; non-commercial use only.'),
    inferenceCode: open(
      commandACard,
      'Supported in Hugging Face Transformers; usage code in the model card.',
    ),
    trainingCode: closed(commandAPaper, 'Training code not released.'),
    trainingData: closed(commandAPaper, 'Training data not released.'),
    dataDocumentation: partial(commandAPaper, 'The report describes data sources and mixes in broad terms.'),
    paper: open(commandAPaper, 'Technical report on arXiv with architecture, training and evaluation.'),
    modelCard: open(commandACard, 'Hugging Face model card with uses, languages and evaluation.'),
    license: partial(commandACard, 'CC-BY-NC 4.0 plus an acceptable use policy: no commercial use.'),
    api: open(commandADocs, "Available in Cohere's API and its cloud partners."),
  },
  guidePages: [G.alternatives, G.closed],
  lastVerified: '2026-11-27',
  added: '2026-11-27',
  sources: [
    {
      id: 'cohere-command-a-docs',
      title: "Command A in Cohere's documentation",
      publisher: 'Cohere docs',
      url: 'https://docs.cohere.com/docs/command-a',
      published: '2025-03',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'command-a-card',
      title: 'c4ai-command-a-03-2025 model card',
      publisher: 'Cohere Labs on Hugging Face',
      url: 'https://huggingface.co/CohereLabs/c4ai-command-a-03-2025',
      published: '2025-03',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'command-a-report',
      title: 'Command A: An Enterprise-Ready Large Language Model',
      publisher: 'Cohere (arXiv 2504.00698)',
      url: 'https://arxiv.org/abs/2504.00698',
      published: '2025-04',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
