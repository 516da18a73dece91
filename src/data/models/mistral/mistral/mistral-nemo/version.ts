/**
 * Mistral NeMo (12B): the model Mistral AI trained with NVIDIA, July 2024, under Apache 2.0. Rated
 * from the Mistral-Nemo-Instruct-2407 Hugging Face card, Mistral's model page, the mistral-inference
 * README pinned at commit 2557e12 (2026-02-26) and OpenRouter's API page.
 */
import {defineVersion, ev, G, closed, open, partial} from '../../../../define';
import family from '../family';

const card = ev('mistral-nemo-instruct-2407-card', '2026-12');
const modelPage = ev('mistral-docs-nemo-12b', '2026-12');
const inference = ev('mistral-inference-readme-2557e12', '2026-02-26');
const openrouter = ev('openrouter-mistral-nemo', '2026-12');

export default defineVersion(family, {
  id: 'mistral-nemo',
  name: 'Mistral NeMo',
  organization: 'Mistral AI with NVIDIA',
  firstRelease: '2024-07-18',
  releaseSource: 'mistral-docs-nemo-12b',
  summary:
    'A 12B multilingual text model that Mistral AI trained with NVIDIA, with a 128k-token context, released as base and instruct checkpoints under Apache 2.0.',
  inputs: ['text'],
  outputs: ['text'],
  parameters: {
    status: 'disclosed',
    sizes: [{total: 1.2e10}],
    note: 'Mistral gives 12B parameters for the base, instruct and FP8 instruct weights.',
    ...modelPage,
  },
  license: 'Apache-2.0',
  access: ['weights', 'api'],
  howToGet:
    'Download mistralai/Mistral-Nemo-Instruct-2407 (or Base-2407) from Hugging Face, or the tarballs linked in the mistral-inference README; runs with mistral-inference, Transformers or NVIDIA NeMo.',
  openness: {
    weights: open(
      inference,
      'Base and instruct weights under Apache 2.0, also as direct tarball downloads from Mistral’s CDN.',
    ),
    inferenceCode: open(
      inference,
      'Mistral’s Apache-2.0 mistral-inference runs the 12B model on a single GPU, per the README’s example.',
    ),
    trainingCode: closed(card, 'No training code released in the sources we read.'),
    trainingData: closed(card, 'Training data not released.'),
    dataDocumentation: closed(
      card,
      'The card says only that a large share of the data was multilingual and code; no sources or sizes.',
    ),
    paper: closed(card, 'No technical report; the card points to a release blog post.'),
    modelCard: partial(
      card,
      'Key features, architecture figures, benchmark tables, usage code and a short limitations note (no moderation); little on data.',
    ),
    license: open(card, 'Apache 2.0, an OSI-approved license.'),
    api: open(
      openrouter,
      'OpenRouter lists it at per-token prices; Mistral’s docs say its own open-mistral-nemo endpoint was retired on 31 July 2026.',
    ),
  },
  guidePages: [G.alternatives],
  lastVerified: '2026-12-07',
  added: '2026-12-07',
  trackers: {eu: {file: 'mistral-nemo.yaml', role: 'end', note: 'Mistral NeMo 12B Instruct.'}},
  sources: [
    {
      id: 'mistral-nemo-instruct-2407-card',
      title: 'Mistral-Nemo-Instruct-2407 model card',
      publisher: 'Mistral AI on Hugging Face',
      url: 'https://huggingface.co/mistralai/Mistral-Nemo-Instruct-2407',
      asOf: '2026-12',
      kind: 'primary',
      topic: 'models',
      note: 'Read through a stored copy of the README on the main branch.',
    },
    {
      id: 'mistral-docs-nemo-12b',
      title: 'Mistral Nemo 12B (model page: release date, API names, weights, deprecation)',
      publisher: 'Mistral AI docs',
      url: 'https://docs.mistral.ai/models/mistral-nemo-12b-24-07',
      asOf: '2026-12',
      kind: 'primary',
      topic: 'models',
      note: 'Gives the 18 July 2024 release, 12B Apache-2.0 weights, and the API’s deprecation on 22 May 2026 and retirement on 31 July 2026.',
    },
    {
      id: 'openrouter-mistral-nemo',
      title: 'Mistral: Mistral Nemo (mistralai/mistral-nemo) API page',
      publisher: 'OpenRouter',
      url: 'https://openrouter.ai/mistralai/mistral-nemo/api',
      asOf: '2026-12',
      kind: 'primary',
      topic: 'economics',
    },
  ],
});
