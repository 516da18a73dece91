/**
 * Grok 4: xAI's hosted reasoning model of July 2025, read from a pinned mirror of xAI's news
 * listing, xAI's API models page in its Grok 4 launch version, a third-party safety tracker on its
 * model card and xAI's notice retiring grok-4-0709 from the API on 15 May 2026.
 */
import {defineVersion, ev, G, closed, open, partial} from '../../../../define';
import family from '../family';

const news = ev('xai-news-feed-snapshot', '2025-07-09');
const docs = ev('xai-docs-models-grok-4-launch', '2025-07');
const cardReport = ev('aisafetyclaims-xai-grok-4', '2025-08-20');
const retirement = ev('xai-may-15-2026-retirement', '2026-12');

export default defineVersion(family, {
  id: 'grok-4',
  name: 'Grok 4',
  organization: 'xAI',
  firstRelease: '2025-07-09',
  releaseSource: 'xai-news-feed-snapshot',
  summary:
    'xAI’s reasoning model released on 9 July 2025 to SuperGrok and Premium+ subscribers and in the xAI API as grok-4-0709, which xAI retired from the API on 15 May 2026.',
  inputs: ['text'],
  outputs: ['text'],
  parameters: {
    status: 'not-disclosed',
    note: 'xAI has not published a parameter count for Grok 4; its API docs give none.',
    ...docs,
  },
  license: 'xai-terms',
  access: ['app', 'api'],
  howToGet:
    'Offered to SuperGrok and Premium+ subscribers and through the xAI API as grok-4-0709 from 9 July 2025; xAI retired grok-4-0709 from the API on 15 May 2026. No download.',
  openness: {
    weights: closed(docs, 'Weights not released; xAI offered the model only as a hosted model.'),
    inferenceCode: closed(docs, 'No inference code; access was through xAI’s apps and API.'),
    trainingCode: closed(docs, 'Training code not released.'),
    trainingData: closed(docs, 'Training data not released.'),
    dataDocumentation: closed(docs, 'Nothing on the training data in the sources we read.'),
    paper: closed(news, 'No technical report in our sources; xAI announced the model in a news post.'),
    modelCard: partial(
      cardReport,
      'A Grok 4 model card on safety evaluations came out on 20 August 2025, six weeks after launch, per a third-party tracker; we did not read it.',
    ),
    license: closed(docs, 'Proprietary terms of service; nothing is licensed for download.'),
    api: open(
      retirement,
      'In the xAI API as grok-4-0709 from 9 July 2025 until xAI retired that model on 15 May 2026.',
    ),
  },
  guidePages: [G.closed, G.alternatives],
  lastVerified: '2026-12-07',
  added: '2026-12-07',
  changes: [
    {
      date: '2026-05-15',
      kind: 'availability',
      what: 'xAI retired grok-4-0709 from its API, recommending grok-4.3 instead.',
      source: 'xai-may-15-2026-retirement',
    },
  ],
  sources: [
    {
      id: 'xai-docs-models-grok-4-launch',
      title: 'Models and Pricing | xAI Docs (version announcing Grok 4 on the API)',
      publisher: 'xAI (API documentation)',
      url: 'https://docs.x.ai/docs/models?cluster=us-east-1',
      asOf: '2025-07',
      kind: 'primary',
      topic: 'models',
      note: 'Read in the version with the “Grok 4 now available” notice, which lists grok-4-0709 with a 256,000-token context and text as its current modality; the page has changed since.',
    },
    {
      id: 'aisafetyclaims-xai-grok-4',
      title: 'xAI: eval and safeguard planning (Grok 4)',
      publisher: 'AI Safety Claims (third-party tracker)',
      url: 'https://aisafetyclaims.org/companies/xai',
      asOf: '2026-12',
      kind: 'secondary',
      topic: 'models',
      note: 'Read in the version that dates xAI’s Grok 4 model card to 20 August 2025.',
    },
  ],
});
