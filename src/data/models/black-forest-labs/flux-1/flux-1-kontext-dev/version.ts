/**
 * FLUX.1 Kontext [dev]: Black Forest Labs' open-weight image-editing model (text plus image in,
 * image out) under the FLUX.1 [dev] Non-Commercial License, read from the black-forest-labs/flux
 * repository (Kontext release commit 57ce405, 2025-06-26; pinned at 802fb47, 2025-07-31) and the
 * FLUX.1 Kontext technical report.
 */
import {defineVersion, ev, G, closed, open, partial} from '../../../../define';
import family from '../family';

const card = ev('flux-1-kontext-dev-card', '2025-07-31');
const readme = ev('flux-1-readme', '2025-07-31');
const codeLicense = ev('flux-1-code-license', '2025-07-31');
const licenseText = ev('flux-1-dev-license-text', '2025-07-31');
const report = ev('flux-1-kontext-report', '2025-06-17');

export default defineVersion(family, {
  id: 'flux-1-kontext-dev',
  name: 'FLUX.1 Kontext [dev]',
  organization: 'Black Forest Labs',
  firstRelease: '2025-06-26',
  releaseSource: 'flux-1-kontext-release-commit',
  summary:
    'Black Forest Labs’ 12B open-weight image editor: it changes an input image following a text instruction, with downloadable weights under the non-commercial FLUX.1 [dev] license.',
  inputs: ['text', 'image'],
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
    'Download black-forest-labs/FLUX.1-Kontext-dev from Hugging Face and run it with the black-forest-labs/flux code (python -m flux kontext), Diffusers or ComfyUI; commercial use needs a paid license from BFL.',
  openness: {
    weights: partial(
      card,
      'Weights released on Hugging Face under the FLUX.1 [dev] Non-Commercial License, which bans commercial and production use.',
    ),
    inferenceCode: open(
      codeLicense,
      'The reference sampling code and Kontext CLI in black-forest-labs/flux are under Apache 2.0, separate from the weights’ license.',
    ),
    trainingCode: closed(
      readme,
      'The repository holds minimal inference code only; no training or distillation code was published.',
    ),
    trainingData: closed(card, 'The training data was not released.'),
    dataDocumentation: closed(
      card,
      'The card only says the data was filtered for NSFW content and known CSAM; it names no sources, sizes or mixture.',
    ),
    paper: open(
      report,
      'The FLUX.1 Kontext report covers the sequence-concatenation design, flow-matching training, distillation and the KontextBench evaluation.',
    ),
    modelCard: partial(
      card,
      'A short card: features, usage, API list and a detailed risk section (filtering, third-party abuse testing); no limitations or quality results.',
    ),
    license: partial(
      licenseText,
      'FLUX.1 [dev] Non-Commercial License, which names Kontext [dev]: non-commercial use only, with use bans; outputs may be used commercially.',
    ),
    api: open(
      card,
      'The card lists hosted [dev] endpoints on Replicate and Together AI, beside BFL’s own API for the Kontext family.',
    ),
  },
  guidePages: [G.alternatives, G.beyondChat],
  lastVerified: '2026-12-07',
  added: '2026-12-07',
  sources: [
    {
      id: 'flux-1-kontext-release-commit',
      title:
        'black-forest-labs/flux commit 57ce405 (“Kontext release”): Kontext [dev] model card, docs and CLI',
      publisher: 'Black Forest Labs on GitHub',
      url: 'https://github.com/black-forest-labs/flux/commit/57ce4051906a986d39c3ec51571b32c239c7d165',
      published: '2025-06-26',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'flux-1-kontext-dev-card',
      title: 'FLUX.1 Kontext [dev] model card (model_cards/FLUX.1-kontext-dev.md)',
      publisher: 'Black Forest Labs on GitHub',
      url: 'https://github.com/black-forest-labs/flux/blob/802fb4713906133fcbd0d8dc5351620ca4773036/model_cards/FLUX.1-kontext-dev.md',
      asOf: '2025-07-31',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'flux-1-kontext-report',
      title: 'FLUX.1 Kontext: Flow Matching for In-Context Image Generation and Editing in Latent Space',
      publisher: 'Black Forest Labs (arXiv 2506.15742)',
      url: 'https://arxiv.org/abs/2506.15742',
      published: '2025-06-17',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
