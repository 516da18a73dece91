/** Llama 4 Maverick: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open, partial} from '../../../../define';
import family from '../family';

const llama4Card = ev('llama4-model-card', '2025-04-05');
const llama4License = ev('llama4-license', '2025-04-05');
const llama4Policy = ev('llama4-use-policy', '2025-04-05');
const bedrock = ev('bedrock-models-supported', '2026');

export default defineVersion(family, {
  id: 'llama-4-maverick',
  name: 'Llama 4 Maverick',
  organization: 'Meta',
  firstRelease: '2025-04-05',
  releaseSource: 'llama4-model-card',
  summary: 'A natively multimodal mixture-of-experts model (400B total, 17B active) with a 1M-token context.',
  inputs: ['text', 'image'],
  outputs: ['text'],
  parameters: {
    status: 'disclosed',
    sizes: [{name: 'Maverick', total: 4e11, active: 1.7e10}],
    note: 'Its sibling Scout has 109B total and 17B active; the same license and EU restriction apply to it.',
    ...llama4Card,
  },
  license: 'llama-4-community',
  access: ['weights'],
  howToGet: 'Request access on Hugging Face (meta-llama) or from Meta and accept the license.',
  openness: {
    weights: partial(
      llama4Card,
      'Downloadable only after accepting a custom license that excludes EU-based licensees for this multimodal model.',
    ),
    inferenceCode: partial(
      llama4License,
      "Meta's inference code counts as Llama Materials under the custom license (it names inference-enabling code).",
    ),
    trainingCode: closed(llama4Card, 'Training code not released.'),
    trainingData: closed(
      llama4Card,
      'About 22T tokens, including public Instagram and Facebook posts; not released.',
    ),
    dataDocumentation: partial(llama4Card, 'Token counts and broad sources are stated, not the datasets.'),
    paper: closed(llama4Card, 'No technical report; a model card and a blog post only.'),
    modelCard: open(llama4Card, 'Model card in meta-llama/llama-models.'),
    license: partial(
      llama4Policy,
      'Llama 4 Community License: its usage policy withholds the rights for multimodal Llama 4 models from EU-based individuals and companies (end users exempt), plus the 700M-user clause.',
    ),
    api: open(bedrock, 'Hosted by cloud providers, for example Amazon Bedrock.'),
  },
  guidePages: [G.alternatives, G.vsWeights],
  lastVerified: '2026-11-27',
  added: '2026-11-23',
  changes: [
    {
      date: '2026-11-27',
      kind: 'correction',
      what: 'Added the EU clause: the use policy withholds the license rights for multimodal Llama 4 models from EU-domiciled people and companies.',
      source: 'llama4-use-policy',
    },
    {
      date: '2026-11-27',
      kind: 'rating',
      rating: {dimension: 'weights', from: 'open', to: 'partial'},
      what: 'Weights re-rated from open to partial under the written rubric: the download is gated behind a custom license.',
      source: 'llama4-license',
    },
  ],
  trackers: {eu: {file: 'llama-4.yaml', role: 'end', note: 'Llama 4 Maverick 17B-128E.'}},
  timelineLabel: 11,
  sources: [
    {
      id: 'llama4-model-card',
      title: 'Llama 4 model card',
      publisher: 'Meta on GitHub',
      url: 'https://github.com/meta-llama/llama-models/blob/main/models/llama4/MODEL_CARD.md',
      published: '2025-04-05',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
