/**
 * gpt-4o-transcribe: OpenAI's speech-to-text model built on GPT-4o, sold only through the OpenAI API;
 * read from OpenAI's model page and the OpenAI Python SDK commit that added it (2025-03-20).
 */
import {defineVersion, ev, G, closed, hostedOnly, open} from '../../../define';
import maker from '../maker';

const modelPage = ev('openai-gpt-4o-transcribe-docs', '2026-12');

export default defineVersion(maker, {
  id: 'gpt-4o-transcribe',
  name: 'gpt-4o-transcribe',
  organization: 'OpenAI',
  firstRelease: '2025-03-20',
  releaseSource: 'openai-python-audio-model-gpt-4o-transcribe',
  summary:
    'OpenAI’s speech-to-text model built on GPT-4o, added to its API on 20 March 2025 next to gpt-4o-mini-transcribe; a hosted service only, with size, data and training undisclosed.',
  inputs: ['audio'],
  outputs: ['text'],
  parameters: {
    status: 'not-disclosed',
    note: 'OpenAI has not published its size or architecture beyond saying it uses GPT-4o.',
    ...modelPage,
  },
  license: 'openai-terms',
  access: ['api'],
  howToGet:
    'Call the OpenAI API’s audio transcriptions endpoint (or the Realtime API) with the model gpt-4o-transcribe; no download.',
  openness: {
    ...hostedOnly(modelPage, 'OpenAI'),
    dataDocumentation: closed(
      modelPage,
      'The model page says nothing about the training data beyond a June 2024 knowledge cutoff.',
    ),
    paper: closed(modelPage, 'No technical report or system card for this model in the sources we checked.'),
    modelCard: closed(
      modelPage,
      'No model card; the model page has a short description, context limits, prices and endpoints.',
    ),
    license: closed(modelPage, 'Proprietary: usable only under OpenAI’s API terms.'),
    api: open(
      modelPage,
      'Listed in the OpenAI API at $2.50 per million audio input tokens and $10 per million output tokens.',
    ),
  },
  guidePages: [G.closed],
  lastVerified: '2026-12-07',
  added: '2026-12-07',
  sources: [
    {
      id: 'openai-python-audio-model-gpt-4o-transcribe',
      title:
        'OpenAI Python SDK audio_model.py: gpt-4o-transcribe added to the transcription models (commit 2b4bc75)',
      publisher: 'OpenAI on GitHub',
      url: 'https://github.com/openai/openai-python/blob/2b4bc759b49504580cabc5e90b9cd79be4267207/src/openai/types/audio_model.py',
      published: '2025-03-20',
      kind: 'primary',
      topic: 'openai',
    },
    {
      id: 'openai-gpt-4o-transcribe-docs',
      title: 'gpt-4o-transcribe: model page in the OpenAI API docs',
      publisher: 'OpenAI',
      url: 'https://developers.openai.com/api/docs/models/gpt-4o-transcribe',
      asOf: '2026-12',
      kind: 'primary',
      topic: 'openai',
    },
  ],
});
