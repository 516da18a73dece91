/**
 * OpenAI o3: OpenAI's hosted reasoning model released with o4-mini, read from the openai-python SDK
 * pinned at the commit that added its model IDs (16 April 2025), the o3 and o4-mini system card
 * and OpenAI's help article on API access to its reasoning models.
 */
import {defineVersion, ev, G, closed, open, partial} from '../../../../define';
import family from '../family';

const card = ev('openai-o3-o4-mini-system-card', '2025-04-16');
const apiAccess = ev('openai-help-api-access-reasoning-models', '2026-12');

export default defineVersion(family, {
  id: 'o3',
  name: 'OpenAI o3',
  organization: 'OpenAI',
  firstRelease: '2025-04-16',
  releaseSource: 'openai-python-o3-model-ids',
  summary:
    'OpenAI’s o-series reasoning model, released on 16 April 2025 together with o4-mini, trained with reinforcement learning to reason and to use tools such as search, Python and image analysis.',
  inputs: ['text', 'image'],
  outputs: ['text'],
  parameters: {
    status: 'not-disclosed',
    note: 'OpenAI has not disclosed parameter counts; the system card gives none.',
    ...card,
  },
  license: 'openai-terms',
  access: ['app', 'api'],
  howToGet:
    'Released in ChatGPT and in the OpenAI API as o3 (snapshot o3-2025-04-16); no download. We did not confirm its current availability from an OpenAI page.',
  openness: {
    weights: closed(card, 'Weights not released; OpenAI offered the model only in ChatGPT and its API.'),
    inferenceCode: closed(card, 'No inference code; the model runs only on OpenAI’s servers.'),
    trainingCode: closed(card, 'Training code not released.'),
    trainingData: closed(card, 'Training data not released.'),
    dataDocumentation: partial(
      card,
      'The card names broad kinds of data (public web, partner-licensed, user and trainer data) and filtering; no sources or sizes.',
    ),
    paper: closed(
      card,
      'No technical report: the card says it was trained with large-scale RL on chains of thought, but gives no architecture or size.',
    ),
    modelCard: partial(
      card,
      'A joint o3 and o4-mini system card on safety and Preparedness evaluations, not a card on how the model was built.',
    ),
    license: closed(card, 'Proprietary terms of use; nothing is licensed for download.'),
    api: open(
      apiAccess,
      'In the OpenAI API since 16 April 2025; the help article we read limits it to usage tiers 4–5 or to verified organisations.',
    ),
  },
  guidePages: [G.closed, G.alternatives],
  lastVerified: '2026-12-07',
  added: '2026-12-07',
  sources: [
    {
      id: 'openai-python-o3-model-ids',
      title:
        'openai-python src/openai/types/shared/chat_model.py at the commit that added the o3 and o4-mini model IDs (4bacbd5)',
      publisher: 'OpenAI on GitHub',
      url: 'https://github.com/openai/openai-python/blob/4bacbd5503137e266c127dc643ebae496cb4f158/src/openai/types/shared/chat_model.py',
      asOf: '2025-04-16',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'openai-o3-o4-mini-system-card',
      title: 'OpenAI o3 and o4-mini System Card',
      publisher: 'OpenAI',
      url: 'https://openai.com/index/o3-o4-mini-system-card/',
      published: '2025-04-16',
      kind: 'primary',
      topic: 'models',
      note: 'Read the page’s introduction; its data section (§2, Model Data and Training) was read in a cached copy of the card’s PDF.',
    },
    {
      id: 'openai-help-api-access-reasoning-models',
      title: 'API access to o1, o3, and o4 models',
      publisher: 'OpenAI Help Center',
      url: 'https://help.openai.com/en/articles/10362446-api-access-to-o1-o3-and-o4-models',
      asOf: '2026-12',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
