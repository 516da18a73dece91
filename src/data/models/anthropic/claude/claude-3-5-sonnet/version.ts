/**
 * Claude 3.5 Sonnet: Anthropic's hosted Sonnet model of June 2024, read from the anthropic-sdk-python
 * repository pinned at the commit that added claude-3-5-sonnet-20240620 (20 June 2024) and at the
 * commit that deprecated it (13 August 2025), Anthropic's vision docs and a summary of its model
 * card addendum.
 */
import {defineVersion, ev, G, closed, open, partial} from '../../../../define';
import family from '../family';

const sdk = ev('anthropic-python-claude-3-5-sonnet-model-id', '2024-06-20');
const sdkDeprecation = ev('anthropic-python-claude-3-5-sonnet-deprecation', '2025-08-13');
const addendum = ev('modelcards-claude-3-5-sonnet-addendum', '2026-03-31');

export default defineVersion(family, {
  id: 'claude-3-5-sonnet',
  name: 'Claude 3.5 Sonnet',
  organization: 'Anthropic',
  firstRelease: '2024-06-20',
  releaseSource: 'anthropic-python-claude-3-5-sonnet-model-id',
  summary:
    'Anthropic’s Sonnet model of June 2024 (claude-3-5-sonnet-20240620), documented in an addendum to the Claude 3 model card; Anthropic deprecated it in August 2025.',
  inputs: ['text', 'image'],
  outputs: ['text'],
  parameters: {
    status: 'not-disclosed',
    note: 'Anthropic has not disclosed parameter counts for Claude models; none of our sources gives one.',
    ...sdk,
  },
  license: 'anthropic-terms',
  access: ['api'],
  howToGet:
    'Was offered through Anthropic’s API as claude-3-5-sonnet-20240620; Anthropic’s Python SDK set its end of life for 22 October 2025. No download.',
  openness: {
    weights: closed(sdk, 'Weights not released; the model was offered only as a hosted API model.'),
    inferenceCode: closed(sdk, 'No inference code; access was through hosted APIs only.'),
    trainingCode: closed(sdk, 'Training code not released.'),
    trainingData: closed(sdk, 'Training data not released.'),
    dataDocumentation: closed(
      addendum,
      'We read no description of its training data; the addendum summary we read covers evaluations and safety tests.',
    ),
    paper: closed(
      addendum,
      'No technical report on architecture, size or training; Anthropic documented it in a model card addendum.',
    ),
    modelCard: partial(
      addendum,
      'An addendum to the Claude 3 model card reports evaluations and safety testing; read through a third-party summary, not the PDF.',
    ),
    license: closed(sdk, 'Proprietary terms of service; nothing is licensed for download.'),
    api: open(
      sdkDeprecation,
      'In Anthropic’s API from 20 June 2024; the SDK deprecated it on 13 August 2025 with end of life on 22 October 2025.',
    ),
  },
  guidePages: [G.closed, G.alternatives],
  lastVerified: '2026-12-07',
  added: '2026-12-07',
  changes: [
    {
      date: '2025-08-13',
      kind: 'availability',
      what: 'Deprecated: Anthropic’s Python SDK began warning that claude-3-5-sonnet-20240620 reaches end of life on 22 October 2025.',
      source: 'anthropic-python-claude-3-5-sonnet-deprecation',
    },
  ],
  sources: [
    {
      id: 'anthropic-python-claude-3-5-sonnet-model-id',
      title:
        'anthropic-sdk-python src/anthropic/types/message_create_params.py at the commit that added claude-3-5-sonnet-20240620 (609d9d6)',
      publisher: 'Anthropic on GitHub',
      url: 'https://github.com/anthropics/anthropic-sdk-python/blob/609d9d6bef22beb08cd86a3c3bae591038fe452e/src/anthropic/types/message_create_params.py',
      asOf: '2024-06-20',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'anthropic-python-claude-3-5-sonnet-deprecation',
      title:
        'anthropic-sdk-python src/anthropic/resources/messages/messages.py at the commit that deprecated the Claude 3.5 Sonnet models (c99f5cd)',
      publisher: 'Anthropic on GitHub',
      url: 'https://github.com/anthropics/anthropic-sdk-python/blob/c99f5cd42068545de6a1a6954fad4e704ac60930/src/anthropic/resources/messages/messages.py',
      asOf: '2025-08-13',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'modelcards-claude-3-5-sonnet-addendum',
      title: 'Claude 3.5 Model Card Addendum: summary and archived copy',
      publisher: 'modelcards.net',
      url: 'https://www.modelcards.net/documents/9',
      asOf: '2026-03-31',
      kind: 'secondary',
      topic: 'models',
      note: 'A third-party archive and summary of Anthropic’s addendum; we did not open Anthropic’s PDF.',
    },
  ],
});
