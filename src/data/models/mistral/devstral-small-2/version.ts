/** Devstral Small 2: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open} from '../../../define';
import maker from '../maker';

const devstralCard = ev('devstral-small-2-card', '2025-12');
const devstralReport = ev('groundy-devstral-2', '2026-04');
const devstralGateway = ev('vercel-devstral-small-2', '2026-11');

export default defineVersion(maker, {
  id: 'devstral-small-2',
  name: 'Devstral Small 2',
  organization: 'Mistral AI',
  firstRelease: '2025-12-09',
  releaseSource: 'groundy-devstral-2',
  summary:
    "The 24B member of Mistral's Devstral 2 coding family, under Apache 2.0; the 123B Devstral 2 uses a modified MIT license with a revenue cap (reported).",
  inputs: ['text', 'code', 'image'],
  outputs: ['text', 'code'],
  parameters: {
    status: 'disclosed',
    sizes: [{total: 2.4e10}],
    note: 'Dense model; the larger Devstral 2 has 123B parameters (reported).',
    ...devstralCard,
  },
  license: 'Apache-2.0',
  access: ['weights', 'api'],
  howToGet:
    "Download from Hugging Face (mistralai/Devstral-Small-2-24B-Instruct-2512) or use Mistral's API; small enough for one large GPU.",
  openness: {
    weights: open(devstralCard, 'Downloadable without a gate under Apache 2.0, per the model card.'),
    inferenceCode: open(devstralCard, 'Runs in open engines such as vLLM; usage in the model card.'),
    trainingCode: closed(devstralCard, 'Training code not released.'),
    trainingData: closed(devstralCard, 'Training data not released.'),
    dataDocumentation: closed(devstralCard, 'No description of the training data.'),
    paper: closed(devstralReport, 'No technical report; an announcement and benchmarks only.'),
    modelCard: open(devstralCard, 'Hugging Face model card with usage, tools and benchmarks.'),
    license: open(devstralCard, 'Apache 2.0, an OSI-approved license, per the model card.'),
    api: open(devstralGateway, 'Offered by API hosts (for example Vercel AI Gateway, served by Mistral).'),
  },
  guidePages: [G.alternatives],
  lastVerified: '2026-11-27',
  added: '2026-11-27',
  sources: [
    {
      id: 'devstral-small-2-card',
      title: 'Devstral-Small-2-24B-Instruct-2512 model card',
      publisher: 'Mistral AI on Hugging Face',
      url: 'https://huggingface.co/mistralai/Devstral-Small-2-24B-Instruct-2512',
      published: '2025-12',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'groundy-devstral-2',
      title: "Article on Mistral's Devstral 2 coding models",
      publisher: 'Groundy',
      url: 'https://groundy.com/articles/devstral-2-from-mistral-a-fully-open-source-coding-agent-model-you-can-run-on-a/',
      asOf: '2026-04',
      kind: 'secondary',
      topic: 'models',
    },
    {
      id: 'vercel-devstral-small-2',
      title: 'Devstral Small 2 on Vercel AI Gateway',
      publisher: 'Vercel AI Gateway',
      url: 'https://vercel.com/ai-gateway/models/devstral-small-2',
      asOf: '2026-11',
      kind: 'secondary',
      topic: 'economics',
    },
  ],
});
