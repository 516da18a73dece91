/**
 * FLUX.1 [schnell]: Black Forest Labs' few-step text-to-image model under Apache 2.0, read from the
 * black-forest-labs/flux repository (first commit 1f71c43, 2024-08-01; pinned at 802fb47, 2025-07-31).
 */
import {defineVersion, ev, G, closed, open, partial} from '../../../../define';
import family from '../family';

const firstReadme = ev('flux-1-first-readme', '2024-08-01');
const readme = ev('flux-1-readme', '2025-07-31');
const codeLicense = ev('flux-1-code-license', '2025-07-31');
const card = ev('flux-1-schnell-card', '2025-07-31');
const weightsLicense = ev('flux-1-schnell-license', '2025-07-31');

export default defineVersion(family, {
  id: 'flux-1-schnell',
  name: 'FLUX.1 [schnell]',
  organization: 'Black Forest Labs',
  firstRelease: '2024-08-01',
  releaseSource: 'flux-1-first-readme',
  summary:
    'Black Forest Labs’ fast text-to-image model: a 12B rectified flow transformer distilled to sample in 1 to 4 steps, with weights under Apache 2.0.',
  inputs: ['text'],
  outputs: ['image'],
  parameters: {
    status: 'disclosed',
    sizes: [{name: 'rectified flow transformer', total: 12e9}],
    note: '12 billion as the model card states it; the card does not say whether that includes the text encoders and the autoencoder.',
    ...card,
  },
  license: 'Apache-2.0',
  access: ['weights', 'api'],
  howToGet:
    'Download black-forest-labs/FLUX.1-schnell from Hugging Face and run it with the black-forest-labs/flux code, Diffusers or ComfyUI; fal.ai and Replicate host it.',
  openness: {
    weights: open(
      firstReadme,
      'The checkpoint and autoencoder download from Hugging Face under Apache 2.0; the first README asked for a login only for [dev].',
    ),
    inferenceCode: open(
      codeLicense,
      'Reference sampling code, CLI and demos in black-forest-labs/flux, under Apache 2.0.',
    ),
    trainingCode: closed(
      readme,
      'The repository holds minimal inference code only; no training or distillation code was published.',
    ),
    trainingData: closed(card, 'The training data was not released; the card does not describe it.'),
    dataDocumentation: closed(
      card,
      'Neither the card nor the README says what data the model was trained on.',
    ),
    paper: closed(
      readme,
      'No report on this model: the README cites the repository itself and a 2025 paper on the later Kontext model.',
    ),
    modelCard: partial(
      card,
      'A short card: features, usage, limitations and out-of-scope uses; it names the distillation method but gives no evaluation results.',
    ),
    license: open(
      weightsLicense,
      'Apache 2.0 for the weights; the card’s list of out-of-scope uses is not part of the license text.',
    ),
    api: open(
      card,
      'The card points to hosted endpoints on fal.ai and Replicate; it lists BFL’s own API for [pro] only.',
    ),
  },
  guidePages: [G.alternatives, G.beyondChat],
  lastVerified: '2026-12-07',
  added: '2026-12-07',
  sources: [
    {
      id: 'flux-1-schnell-card',
      title: 'FLUX.1 [schnell] model card (model_cards/FLUX.1-schnell.md)',
      publisher: 'Black Forest Labs on GitHub',
      url: 'https://github.com/black-forest-labs/flux/blob/802fb4713906133fcbd0d8dc5351620ca4773036/model_cards/FLUX.1-schnell.md',
      asOf: '2025-07-31',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'flux-1-schnell-license',
      title: 'FLUX.1 [schnell] weights license (model_licenses/LICENSE-FLUX1-schnell, Apache License 2.0)',
      publisher: 'Black Forest Labs on GitHub',
      url: 'https://github.com/black-forest-labs/flux/blob/802fb4713906133fcbd0d8dc5351620ca4773036/model_licenses/LICENSE-FLUX1-schnell',
      asOf: '2025-07-31',
      kind: 'primary',
      topic: 'licenses',
    },
  ],
});
