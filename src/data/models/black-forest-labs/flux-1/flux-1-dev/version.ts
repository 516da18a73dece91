/**
 * FLUX.1 [dev]: Black Forest Labs' guidance-distilled text-to-image model under a non-commercial
 * license, read from the black-forest-labs/flux repository (first commit 1f71c43, 2024-08-01;
 * pinned at 802fb47, 2025-07-31).
 */
import {defineVersion, ev, G, closed, open, partial} from '../../../../define';
import family from '../family';

const firstReadme = ev('flux-1-first-readme', '2024-08-01');
const readme = ev('flux-1-readme', '2025-07-31');
const codeLicense = ev('flux-1-code-license', '2025-07-31');
const card = ev('flux-1-dev-card', '2025-07-31');
const licenseText = ev('flux-1-dev-license-text', '2025-07-31');

export default defineVersion(family, {
  id: 'flux-1-dev',
  name: 'FLUX.1 [dev]',
  organization: 'Black Forest Labs',
  firstRelease: '2024-08-01',
  releaseSource: 'flux-1-first-readme',
  summary:
    'Black Forest Labs’ guidance-distilled 12B text-to-image model, with downloadable weights under a non-commercial license.',
  inputs: ['text'],
  outputs: ['image'],
  parameters: {
    status: 'disclosed',
    sizes: [{name: 'rectified flow transformer', total: 12e9}],
    note: '12 billion as the model card states it; the card does not say whether that includes the text encoders and the autoencoder.',
    ...card,
  },
  license: 'flux-1-dev-non-commercial',
  access: ['weights', 'api'],
  howToGet:
    'Log in to Hugging Face, download black-forest-labs/FLUX.1-dev and run it with the black-forest-labs/flux code, Diffusers or ComfyUI; commercial use needs a separate license from BFL.',
  openness: {
    weights: partial(
      firstReadme,
      'Weights on Hugging Face under the FLUX.1 [dev] Non-Commercial License; the first README required a login to download them.',
    ),
    inferenceCode: open(
      codeLicense,
      'The reference sampling code and demos in black-forest-labs/flux are under Apache 2.0, separate from the weights’ license.',
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
      'A short card: features, usage, limitations and out-of-scope uses; it names guidance distillation but gives no evaluation results.',
    ),
    license: partial(
      licenseText,
      'Non-commercial use only, with bans on military, surveillance and biometric uses; outputs may be used commercially.',
    ),
    api: open(card, 'The card points to hosted [dev] endpoints on fal.ai and Replicate.'),
  },
  guidePages: [G.alternatives, G.beyondChat],
  lastVerified: '2026-12-07',
  added: '2026-12-07',
  sources: [
    {
      id: 'flux-1-dev-card',
      title: 'FLUX.1 [dev] model card (model_cards/FLUX.1-dev.md)',
      publisher: 'Black Forest Labs on GitHub',
      url: 'https://github.com/black-forest-labs/flux/blob/802fb4713906133fcbd0d8dc5351620ca4773036/model_cards/FLUX.1-dev.md',
      asOf: '2025-07-31',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
