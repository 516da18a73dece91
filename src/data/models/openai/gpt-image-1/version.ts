/**
 * gpt-image-1: OpenAI's hosted image generation and editing model for its API, read from the
 * openai-python SDK pinned at the commit that added it (23 April 2025) and OpenAI's model page
 * (Japanese edition), which records its shutdown on 23 October 2026.
 */
import {defineVersion, ev, G, closed, open} from '../../../define';
import maker from '../maker';

const sdkImages = ev('openai-python-images-gpt-image-1', '2025-04-23');
const modelPage = ev('openai-gpt-image-1-model-page', '2026-12');

export default defineVersion(maker, {
  id: 'gpt-image-1',
  name: 'gpt-image-1',
  organization: 'OpenAI',
  firstRelease: '2025-04-23',
  releaseSource: 'openai-python-images-gpt-image-1',
  summary:
    'OpenAI’s image model for developers, generating and editing images from text and image inputs through the API; released in April 2025 and shut down on 23 October 2026.',
  inputs: ['text', 'image'],
  outputs: ['image'],
  parameters: {
    status: 'not-disclosed',
    note: 'OpenAI has not published a parameter count; its model page gives none.',
    ...modelPage,
  },
  license: 'openai-terms',
  access: ['api'],
  howToGet:
    'Was called as gpt-image-1 through the OpenAI Images API (generations and edits), priced per token; OpenAI shut it down on 23 October 2026 and points users to a newer GPT Image model. No download.',
  openness: {
    weights: closed(modelPage, 'No weights; the model was offered only as a hosted OpenAI API endpoint.'),
    inferenceCode: closed(modelPage, 'No inference code; generation ran only on OpenAI’s servers.'),
    trainingCode: closed(modelPage, 'Training code not released.'),
    trainingData: closed(modelPage, 'Training data not released.'),
    dataDocumentation: closed(
      modelPage,
      'The model page and API docs we read say nothing about the training data.',
    ),
    paper: closed(modelPage, 'No technical report on its architecture, size or training in our sources.'),
    modelCard: closed(
      modelPage,
      'No model or system card for gpt-image-1 found in our sources; the model page lists only prices, modalities and endpoints.',
    ),
    license: closed(modelPage, 'No model license; use was through OpenAI’s API under its terms.'),
    api: open(
      sdkImages,
      'Callable by developers in the Images API from 23 April 2025 until OpenAI shut it down on 23 October 2026.',
    ),
  },
  guidePages: [G.closed, G.beyondChat],
  lastVerified: '2026-12-07',
  added: '2026-12-07',
  changes: [
    {
      date: '2026-10-23',
      kind: 'availability',
      what: 'OpenAI shut down gpt-image-1; its model page marks it unavailable and recommends a newer GPT Image model.',
      source: 'openai-gpt-image-1-model-page',
    },
  ],
  sources: [
    {
      id: 'openai-python-images-gpt-image-1',
      title: 'openai-python src/openai/resources/images.py at the commit that added gpt-image-1 (6321004)',
      publisher: 'OpenAI on GitHub',
      url: 'https://github.com/openai/openai-python/blob/6321004aef37251116e7b79bcde71e404fce0300/src/openai/resources/images.py',
      asOf: '2025-04-23',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'openai-gpt-image-1-model-page',
      title: 'gpt-image-1 model page in the OpenAI API docs (Japanese edition), marked shut down',
      publisher: 'OpenAI for Developers',
      url: 'https://developers.openai.com/ja-JP/api/docs/models/gpt-image-1',
      asOf: '2026-12',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
