/**
 * Sora 2: OpenAI's hosted video-and-audio generation model, read from its system card (30 September
 * 2025), the openai-python SDK pinned at the commit that deprecated the Videos API (13 August 2026)
 * and OpenAI's model page, which records the shutdown of 24 September 2026.
 */
import {defineVersion, ev, G, closed, open, partial} from '../../../define';
import maker from '../maker';

const systemCard = ev('sora-2-system-card', '2025-09-30');
const sdkVideos = ev('openai-python-videos-deprecated', '2026-08-13');

export default defineVersion(maker, {
  id: 'sora-2',
  name: 'Sora 2',
  organization: 'OpenAI',
  firstRelease: '2025-09-30',
  releaseSource: 'sora-2-system-card',
  summary:
    'OpenAI’s second video model, which generates clips with synchronized sound; it ran in the Sora app and the OpenAI API until OpenAI shut the Sora 2 models down on 24 September 2026.',
  inputs: ['text', 'image'],
  outputs: ['video', 'audio'],
  parameters: {
    status: 'not-disclosed',
    note: 'OpenAI has not published a parameter count; the system card gives none.',
    ...systemCard,
  },
  license: 'openai-terms',
  access: ['app', 'api'],
  howToGet:
    'Was offered on sora.com, in the Sora iOS app and through the OpenAI Videos API (sora-2, sora-2-pro); OpenAI shut the models and the API down on 24 September 2026. No download.',
  openness: {
    weights: closed(systemCard, 'Released only inside OpenAI’s Sora app, website and API; no weights.'),
    inferenceCode: closed(systemCard, 'No inference code; generation ran only on OpenAI’s servers.'),
    trainingCode: closed(systemCard, 'Training code not released.'),
    trainingData: closed(systemCard, 'The training data was not released.'),
    dataDocumentation: partial(
      systemCard,
      'Only broad kinds of data (public web, partner-provided, user- and trainer-made) and a note on filtering; no sources or sizes.',
    ),
    paper: closed(
      systemCard,
      'No technical report: the system card gives no architecture, size or training method.',
    ),
    modelCard: partial(
      systemCard,
      'A risk-focused system card: mitigations, red teaming and safety-filter scores, little on capabilities or limits.',
    ),
    license: closed(
      systemCard,
      'No model license; use was through OpenAI’s products under its terms and usage policies.',
    ),
    api: open(
      sdkVideos,
      'Callable by developers as sora-2 and sora-2-pro in the Videos API; the SDK marks it for permanent shutdown on 24 September 2026.',
    ),
  },
  guidePages: [G.closed, G.beyondChat],
  lastVerified: '2026-12-07',
  added: '2026-12-07',
  changes: [
    {
      date: '2026-09-24',
      kind: 'availability',
      what: 'OpenAI shut down the Sora 2 models and the Videos API; its model page names no direct replacement API.',
      source: 'openai-sora-2-model-page',
    },
  ],
  sources: [
    {
      id: 'sora-2-system-card',
      title: 'Sora 2 System Card',
      publisher: 'OpenAI (Deployment Safety Hub)',
      url: 'https://deploymentsafety.openai.com/sora-2',
      published: '2025-09-30',
      kind: 'primary',
      topic: 'models',
      note: 'Read from a saved copy of the page’s text; OpenAI also posts the card at openai.com/index/sora-2-system-card/.',
    },
    {
      id: 'openai-python-videos-deprecated',
      title:
        'openai-python src/openai/resources/videos.py at the commit that deprecated the Sora video APIs (721cb1c)',
      publisher: 'OpenAI on GitHub',
      url: 'https://github.com/openai/openai-python/blob/721cb1cd1cacb71237db4403d80a01403af61248/src/openai/resources/videos.py',
      asOf: '2026-08-13',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'openai-sora-2-model-page',
      title: 'sora-2 model page in the OpenAI API docs (German edition), marked shut down',
      publisher: 'OpenAI for Developers',
      url: 'https://developers.openai.com/de-DE/api/docs/models/sora-2',
      asOf: '2026-12',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
