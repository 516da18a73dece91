/**
 * Claude Opus 4.1: Anthropic's hosted Opus model of August 2025, read from the anthropic-sdk-python
 * repository pinned at the commit that added claude-opus-4-1-20250805 (5 August 2025), the commit
 * that deprecated it (5 June 2026) and the commit that removed it after its end of life (7 August
 * 2026), and a cached copy of the Claude Opus 4 system card that refers to its addendum.
 */
import {defineVersion, ev, G, closed, open, partial} from '../../../../define';
import family from '../family';

const sdk = ev('anthropic-python-claude-opus-4-1-model-id', '2025-08-05');
const sdkRemoval = ev('anthropic-python-claude-opus-4-1-removal', '2026-08-07');
const card = ev('claude-4-system-card-cached-copy', '2026-03-20');

export default defineVersion(family, {
  id: 'claude-opus-4-1',
  name: 'Claude Opus 4.1',
  organization: 'Anthropic',
  firstRelease: '2025-08-05',
  releaseSource: 'anthropic-python-claude-opus-4-1-model-id',
  summary:
    'Anthropic’s Opus model of August 2025 (claude-opus-4-1-20250805), documented in a system card addendum; it reached end of life in Anthropic’s API on 5 August 2026.',
  inputs: ['text'],
  outputs: ['text'],
  parameters: {
    status: 'not-disclosed',
    note: 'Anthropic has not disclosed parameter counts for Claude models; none of our sources gives one.',
    ...sdk,
  },
  license: 'anthropic-terms',
  access: ['api'],
  howToGet:
    'Was offered through Anthropic’s API as claude-opus-4-1-20250805 from 5 August 2025 until its end of life on 5 August 2026. No download.',
  openness: {
    weights: closed(sdk, 'Weights not released; the model was offered only as a hosted API model.'),
    inferenceCode: closed(sdk, 'No inference code; access was through hosted APIs only.'),
    trainingCode: closed(sdk, 'Training code not released.'),
    trainingData: closed(sdk, 'Training data not released.'),
    dataDocumentation: closed(
      card,
      'We did not read a description of Opus 4.1’s training data; we did not open its system card addendum.',
    ),
    paper: closed(card, 'No technical report on architecture, size or training; only system card documents.'),
    modelCard: partial(
      card,
      'Anthropic published a Claude Opus 4.1 system card addendum on 5 August 2025, per the Opus 4 card’s changelog; we did not read it.',
    ),
    license: closed(sdk, 'Proprietary terms of service; nothing is licensed for download.'),
    api: open(
      sdkRemoval,
      'In Anthropic’s API from 5 August 2025; the SDK commit that removed it says it reached end of life on 5 August 2026.',
    ),
  },
  guidePages: [G.closed, G.alternatives],
  lastVerified: '2026-12-07',
  added: '2026-12-07',
  changes: [
    {
      date: '2026-08-05',
      kind: 'availability',
      what: 'Retired: Anthropic’s Python SDK removed claude-opus-4-1, saying it reached end of life on 5 August 2026.',
      source: 'anthropic-python-claude-opus-4-1-removal',
    },
    {
      date: '2026-06-05',
      kind: 'availability',
      what: 'Deprecated: Anthropic’s Python SDK began warning that Claude Opus 4.1 reaches end of life on 5 August 2026.',
      source: 'anthropic-python-claude-opus-4-1-deprecation',
    },
  ],
  sources: [
    {
      id: 'anthropic-python-claude-opus-4-1-model-id',
      title:
        'anthropic-sdk-python src/anthropic/types/model.py at the commit that added claude-opus-4-1-20250805 (53cb651)',
      publisher: 'Anthropic on GitHub',
      url: 'https://github.com/anthropics/anthropic-sdk-python/blob/53cb651479ec67669c47694b74327b62465b2638/src/anthropic/types/model.py',
      asOf: '2025-08-05',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'anthropic-python-claude-opus-4-1-deprecation',
      title:
        'anthropic-sdk-python src/anthropic/resources/messages/messages.py at the commit that listed Claude Opus 4.1 as deprecated (8fa41c8)',
      publisher: 'Anthropic on GitHub',
      url: 'https://github.com/anthropics/anthropic-sdk-python/blob/8fa41c8acf6885fd8b7a0a67f705bbb9d3058672/src/anthropic/resources/messages/messages.py',
      asOf: '2026-06-05',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'anthropic-python-claude-opus-4-1-removal',
      title: 'anthropic-sdk-python commit e271587: remove retired Claude Opus 4.1 models',
      publisher: 'Anthropic on GitHub',
      url: 'https://github.com/anthropics/anthropic-sdk-python/commit/e271587546426b8466547d3074a052ebd18b7290',
      asOf: '2026-08-07',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'claude-4-system-card-cached-copy',
      title: 'System Card: Claude Opus 4 & Claude Sonnet 4 (cached copy, with changelog)',
      publisher: 'Longterm Wiki (cached copy of Anthropic’s system card)',
      url: 'https://longterm-wiki.vercel.app/resources/b89bfbc59a4b133c',
      asOf: '2026-03-20',
      kind: 'secondary',
      topic: 'models',
      note: 'A third-party cache of Anthropic’s PDF, fetched 20 March 2026; its changelog refers to the Claude Opus 4.1 System Card Addendum of 5 August 2025.',
    },
  ],
});
