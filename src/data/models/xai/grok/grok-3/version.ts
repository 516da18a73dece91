/**
 * Grok 3: xAI's hosted model announced in February 2025, read from a pinned mirror of xAI's news
 * listing, an archived copy of xAI's API models page (2 June 2025) and xAI's notice retiring it
 * from the API on 15 May 2026.
 */
import {defineVersion, ev, G, closed, open} from '../../../../define';
import family from '../family';

const news = ev('xai-news-feed-snapshot', '2025-02-19');
const docs = ev('xai-docs-models-archived-2025-06-02', '2025-06-02');
const retirement = ev('xai-may-15-2026-retirement', '2026-12');

export default defineVersion(family, {
  id: 'grok-3',
  name: 'Grok 3',
  organization: 'xAI',
  firstRelease: '2025-02-19',
  releaseSource: 'xai-news-feed-snapshot',
  summary:
    'xAI’s model announced on 19 February 2025 as an early preview, later offered in the xAI API as grok-3 (text in, text out) until xAI retired it from the API on 15 May 2026.',
  inputs: ['text'],
  outputs: ['text'],
  parameters: {
    status: 'not-disclosed',
    note: 'xAI has not published a parameter count for Grok 3; its API docs give none.',
    ...docs,
  },
  license: 'xai-terms',
  access: ['api'],
  howToGet:
    'Was offered through the xAI API as grok-3; xAI retired it on 15 May 2026 and recommends grok-4.3. No download.',
  openness: {
    weights: closed(docs, 'Weights not released; xAI offered the model as a hosted model only.'),
    inferenceCode: closed(docs, 'No inference code; access was through xAI’s API.'),
    trainingCode: closed(docs, 'Training code not released.'),
    trainingData: closed(docs, 'Training data not released.'),
    dataDocumentation: closed(
      docs,
      'The API docs give only a knowledge cutoff (17 November 2024); nothing on sources, mixture or size.',
    ),
    paper: closed(news, 'No technical report in our sources; xAI announced the model in a news post.'),
    modelCard: closed(
      docs,
      'No model card found; the archived API docs list context size, prices and the knowledge cutoff only.',
    ),
    license: closed(docs, 'Proprietary terms of service; nothing is licensed for download.'),
    api: open(
      retirement,
      'Listed in the xAI API as grok-3 (archived docs of June 2025) until xAI retired it on 15 May 2026.',
    ),
  },
  guidePages: [G.closed, G.alternatives],
  lastVerified: '2026-12-07',
  added: '2026-12-07',
  changes: [
    {
      date: '2026-05-15',
      kind: 'availability',
      what: 'xAI retired grok-3 from its API, recommending grok-4.3 instead.',
      source: 'xai-may-15-2026-retirement',
    },
  ],
  sources: [
    {
      id: 'xai-docs-models-archived-2025-06-02',
      title: 'Models and Pricing | xAI Docs, archived 2 June 2025',
      publisher: 'xAI (copy archived by archive.today)',
      url: 'https://archive.fo/dYUtw',
      asOf: '2025-06-02',
      kind: 'primary',
      topic: 'models',
      note: 'An archived copy of xAI’s models page at docs.x.ai/docs/models, which lists grok-3 with text input and output.',
    },
  ],
});
