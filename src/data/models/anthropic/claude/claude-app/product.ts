/** The Claude app (claude.ai and Anthropic's apps and API): the product that runs Anthropic's closed Claude versions. */
import {defineProduct, ev, G, closed, open, partial} from '../../../../define';
import family from '../family';
import claudeOpus55 from '../claude-opus-5-5/version';

const claude = ev('anthropic-introducing-claude', '2023-03-14');
const claude3Card = ev('claude-3-model-card', '2024-03');

export default defineProduct(family, {
  id: 'claude-app',
  formerIds: ['claude'],
  name: 'Claude app',
  organization: 'Anthropic',
  firstRelease: '2023-03-14',
  releaseSource: 'anthropic-introducing-claude',
  summary:
    "Anthropic's assistant, offered as apps, an API and through cloud partners, running its closed Claude models (Haiku, Sonnet, Opus).",
  inputs: ['text', 'image'],
  outputs: ['text'],
  parameters: {status: 'not-disclosed', note: 'Anthropic has not published parameter counts.', ...claude},
  license: 'anthropic-terms',
  access: ['app', 'api'],
  howToGet: 'Use claude.ai, the Anthropic API, Amazon Bedrock or Google Vertex AI.',
  openness: {
    weights: closed(claude, 'Offered as a hosted assistant and API; no weights released.'),
    inferenceCode: closed(claude, 'No inference code; access is through apps and the API only.'),
    trainingCode: closed(claude, 'Training code not released.'),
    trainingData: closed(claude, 'Training data not released.'),
    dataDocumentation: partial(
      claude3Card,
      'The Claude 3 model card names broad data types (public web, third-party, labelling-service and internal data), not sources.',
    ),
    paper: partial(
      claude3Card,
      'The Claude 3 model card reports evaluations and safety tests but no architecture or size.',
    ),
    modelCard: open(
      claude3Card,
      'Model card with intended uses, limitations, evaluations and safety results.',
    ),
    license: closed(claude, 'Proprietary terms of service.'),
    api: open(claude, "Available through Anthropic's API since launch."),
  },
  guidePages: [G.closed, G.choose],
  lastVerified: '2026-11-27',
  added: '2026-11-23',
  runs: [claudeOpus55],
  sources: [
    {
      id: 'anthropic-introducing-claude',
      title: 'Introducing Claude',
      publisher: 'Anthropic',
      url: 'https://www.anthropic.com/news/introducing-claude',
      published: '2023-03-14',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'claude-3-model-card',
      title: 'The Claude 3 Model Family: model card',
      publisher: 'Anthropic',
      url: 'https://www.anthropic.com/claude-3-model-card',
      published: '2024-03',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
