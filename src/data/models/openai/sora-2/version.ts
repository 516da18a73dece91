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
    'OpenAI’s second video model, which generates clips with synchronized sound; it ran in the Sora app until 26 April 2026 and in the OpenAI API until OpenAI shut the Sora 2 models down on 24 September 2026.',
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
    'Was offered on sora.com and in the Sora iOS app (discontinued on 26 April 2026) and through the OpenAI Videos API (sora-2, sora-2-pro), which OpenAI shut down on 24 September 2026. No download.',
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
    {
      date: '2026-04-26',
      kind: 'availability',
      what: 'OpenAI discontinued the Sora website and app; the Sora API kept running until 24 September 2026.',
      source: 'ota-openai-sora-discontinuation',
    },
  ],
  sources: [
    {
      id: 'ota-openai-sora-discontinuation',
      title:
        'OpenAI help article "What to know about the Sora discontinuation", as recorded by Open Terms Archive',
      publisher: 'Open Terms Archive (genai-eu-versions), recording OpenAI',
      url: 'https://github.com/OpenTermsArchive/genai-eu-versions/blob/7f24930ddd55f964fc4add035dcb751d129b404e/ChatGPT/Acceptable%20Use%20Policy.md',
      asOf: '2026-05-26',
      kind: 'primary',
      topic: 'models',
      note: 'Open Terms Archive files this help article after OpenAI’s usage policies in the same record (data under ODC-BY 1.0).',
    },
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
