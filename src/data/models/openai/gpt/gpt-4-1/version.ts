/**
 * GPT-4.1: OpenAI's API-only GPT model of April 2025, read from the openai-python SDK pinned at the
 * commit that added the GPT-4.1 model IDs (14 April 2025) and Microsoft's Azure OpenAI models page
 * pinned at a commit of April 2025, which lists its inputs, outputs and training-data cutoff.
 */
import {defineVersion, ev, G, closed, open} from '../../../../define';
import family from '../family';

const sdk = ev('openai-python-gpt-4-1-model-ids', '2025-04-14');
const azure = ev('azure-openai-models-gpt-4-1', '2025-04');

export default defineVersion(family, {
  id: 'gpt-4-1',
  name: 'GPT-4.1',
  organization: 'OpenAI',
  firstRelease: '2025-04-14',
  releaseSource: 'openai-python-gpt-4-1-model-ids',
  summary:
    'OpenAI’s GPT model released for developers on 14 April 2025, with smaller mini and nano siblings; it reads text and images and writes text, with a context of about one million tokens.',
  inputs: ['text', 'image'],
  outputs: ['text'],
  parameters: {
    status: 'not-disclosed',
    note: 'OpenAI has not disclosed a parameter count; none of the sources we read gives one.',
    ...sdk,
  },
  license: 'openai-terms',
  access: ['api'],
  howToGet:
    'Through the OpenAI API as gpt-4.1 (snapshot gpt-4.1-2025-04-14) and Microsoft’s Azure OpenAI service; no download.',
  openness: {
    weights: closed(sdk, 'Weights not released; the model was offered as a hosted API model only.'),
    inferenceCode: closed(sdk, 'No inference code; the model runs only on OpenAI and partner servers.'),
    trainingCode: closed(sdk, 'Training code not released.'),
    trainingData: closed(sdk, 'Training data not released.'),
    dataDocumentation: closed(
      azure,
      'Nothing on the training data in our sources beyond a cutoff (31 May 2024 in Azure’s table).',
    ),
    paper: closed(sdk, 'No technical report on its architecture, size or training in our sources.'),
    modelCard: closed(
      sdk,
      'We found no model or system card for GPT-4.1; the Azure model table we read lists only limits, modalities and features.',
    ),
    license: closed(sdk, 'Proprietary terms of use; nothing is licensed for download.'),
    api: open(
      sdk,
      'Callable in the OpenAI API as gpt-4.1 from 14 April 2025, the day the model IDs were added to OpenAI’s Python SDK.',
    ),
  },
  guidePages: [G.closed, G.alternatives],
  lastVerified: '2026-12-07',
  added: '2026-12-07',
  sources: [
    {
      id: 'openai-python-gpt-4-1-model-ids',
      title:
        'openai-python src/openai/types/shared/chat_model.py at the commit that added the GPT-4.1 model IDs (d4dae55)',
      publisher: 'OpenAI on GitHub',
      url: 'https://github.com/openai/openai-python/blob/d4dae5553ff3a2879b9ab79a6423661b212421f9/src/openai/types/shared/chat_model.py',
      asOf: '2025-04-14',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'azure-openai-models-gpt-4-1',
      title: 'Azure OpenAI Service models: GPT-4.1 series capabilities (models.md at commit 371d6e9)',
      publisher: 'Microsoft Learn (MicrosoftDocs/azure-ai-docs on GitHub)',
      url: 'https://github.com/MicrosoftDocs/azure-ai-docs/blob/371d6e981726a77c9fd99645f20861f33eeedf92/articles/ai-services/openai/concepts/models.md',
      asOf: '2025-04',
      kind: 'secondary',
      topic: 'models',
      note: 'Microsoft’s documentation of the Azure service that hosts the model; the file is dated 23 April 2025 in its front matter (commit date not checked).',
    },
  ],
});
