/**
 * Llama 3.2 Vision (11B and 90B): Meta's first Llama models that take images, read from the
 * vision model card, the license and the use policy in meta-llama/llama-models, pinned at commits.
 */
import {defineVersion, ev, G, closed, open, partial} from '../../../../define';
import family from '../family';

const card = ev('llama-3-2-vision-card', '2024-09-30');
const readme = ev('llama-3-2-models-readme', '2024-09-25');
const licenseText = ev('llama-3-2-license', '2024-09-25');
const usePolicy = ev('llama-3-2-use-policy', '2024-09-25');
const oci = ev('oci-llama-3-2-90b-vision', '2026-12');

export default defineVersion(family, {
  id: 'llama-3-2-vision',
  name: 'Llama 3.2 Vision (11B, 90B)',
  organization: 'Meta',
  firstRelease: '2024-09-25',
  releaseSource: 'llama-3-2-vision-card',
  summary:
    'Meta’s image-reasoning Llama models (11B and 90B): an image adapter on a Llama 3.1 text model, text and images in, text out, under a license that excludes EU-based licensees.',
  inputs: ['text', 'image'],
  outputs: ['text'],
  parameters: {
    status: 'disclosed',
    sizes: [
      {name: '11B Vision', total: 1.06e10},
      {name: '90B Vision', total: 8.88e10},
    ],
    note: 'Exact counts from the card’s table (10.6B and 88.8B); each size has a pretrained and an instruction-tuned checkpoint.',
    ...card,
  },
  license: 'llama-3-2-community',
  access: ['weights', 'api'],
  howToGet:
    'Accept the Llama 3.2 license on llama.com or Hugging Face (meta-llama/Llama-3.2-11B-Vision-Instruct, Llama-3.2-90B-Vision-Instruct); the use policy gives EU-based individuals and companies no license to these models.',
  openness: {
    weights: partial(
      readme,
      'Download only after accepting a custom license; its use policy withholds the rights for these multimodal models from EU-based licensees.',
    ),
    inferenceCode: partial(
      licenseText,
      'Meta’s inference code counts as Llama Materials under the custom license, which names inference-enabling code.',
    ),
    trainingCode: closed(card, 'Trained with Meta’s custom libraries; no training code was released.'),
    trainingData: closed(
      card,
      '6B image–text pairs for pretraining, public vision instruction sets and 3M+ synthetic examples; none released.',
    ),
    dataDocumentation: partial(
      card,
      'Pair counts, instruction-data types and a December 2023 cutoff only; no list of sources.',
    ),
    paper: partial(
      card,
      'No Llama 3.2 report: the card describes the cross-attention image adapter and points to the Llama 3 paper for safety methods.',
    ),
    modelCard: open(
      card,
      'Vision card with intended and out-of-scope uses, image and text benchmarks, training compute and safety notes.',
    ),
    license: partial(
      usePolicy,
      'Llama 3.2 Community License: the use policy withholds the rights for these multimodal models from EU-domiciled people and EU-based companies.',
    ),
    api: open(
      oci,
      'Oracle’s OCI Generative AI lists the 90B Vision model for on-demand API calls; hosted offerings change over time.',
    ),
  },
  guidePages: [G.alternatives],
  lastVerified: '2026-12-07',
  added: '2026-12-07',
  sources: [
    {
      id: 'llama-3-2-vision-card',
      title: 'Llama 3.2-Vision model card (models/llama3_2/MODEL_CARD_VISION.md, commit e2e67cd)',
      publisher: 'Meta on GitHub',
      url: 'https://github.com/meta-llama/llama-models/blob/e2e67cd8b0feca839666b7082dcc1c4fc0ae11e2/models/llama3_2/MODEL_CARD_VISION.md',
      published: '2024-09-30',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'oci-llama-3-2-90b-vision',
      title: 'Meta Llama 3.2 90B Vision in OCI Generative AI',
      publisher: 'Oracle Cloud Infrastructure documentation',
      url: 'https://docs.oracle.com/en-us/iaas/Content/generative-ai/meta-llama-3-2-90b.htm',
      asOf: '2026-12',
      kind: 'primary',
      topic: 'economics',
    },
  ],
});
