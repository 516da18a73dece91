/**
 * Stable Diffusion 3.5 Large: Stability AI's October 2024 MMDiT text-to-image model under the
 * Stability AI Community License, read from the Stability-AI/sd3.5 reference repository (release
 * commit 19bf11c, 2024-10-22; pinned at fbf8f48, 2024-11-26), the Hugging Face card and the SD3 paper.
 */
import {defineVersion, ev, G, closed, open, partial} from '../../../define';
import maker from '../maker';

const readme = ev('sd35-readme', '2024-11-26');
const codeLicense = ev('sd35-code-license', '2024-11-26');
const licenseText = ev('stability-ai-community-license-text', '2024-07-05');
const card = ev('sd35-large-card', '2026-12');
const sd3Paper = ev('sd3-paper', '2024-03-05');

export default defineVersion(maker, {
  id: 'stable-diffusion-3-5-large',
  name: 'Stable Diffusion 3.5 Large',
  organization: 'Stability AI',
  firstRelease: '2024-10-22',
  releaseSource: 'sd35-first-readme',
  summary:
    'Stability AI’s 2024 text-to-image model, a multimodal diffusion transformer with three text encoders, downloadable under the Stability AI Community License (free below US$1M annual revenue).',
  inputs: ['text'],
  outputs: ['image'],
  parameters: {
    status: 'not-listed',
    note: 'The model card gives no parameter count; secondary sites cite 8.1B from Stability’s launch post, which we did not open.',
    ...card,
  },
  license: 'stability-ai-community',
  access: ['weights', 'api'],
  howToGet:
    'Accept the license on Hugging Face (name, email, country, affiliation), download stabilityai/stable-diffusion-3.5-large and run it with ComfyUI, Diffusers or the sd3.5 reference code; also served by Stability AI’s API.',
  openness: {
    weights: partial(
      card,
      'Weights on Hugging Face behind a form and license click-through; the Community License caps free commercial use at US$1M revenue.',
    ),
    inferenceCode: open(
      codeLicense,
      'The sd3.5 reference inference code (MM-DiT, VAE, text encoders, ControlNets) is under MIT, which it switched to on 24 October 2024.',
    ),
    trainingCode: closed(readme, 'The sd3.5 repository is inference-only; no training code was published.'),
    trainingData: closed(card, 'The training images were not released.'),
    dataDocumentation: closed(
      card,
      'One sentence: a wide variety of data, including synthetic and filtered publicly available data; no sources, sizes or mixture.',
    ),
    paper: partial(
      sd3Paper,
      'No SD3.5 report; the card points to the March 2024 SD3 paper on the MMDiT architecture and rectified-flow training.',
    ),
    modelCard: partial(
      card,
      'Card with architecture notes, intended and out-of-scope uses, and safety testing and risks; no limitations list, and it leaves evaluation to a blog.',
    ),
    license: partial(
      licenseText,
      'Stability AI Community License: free for research and for commercial use below US$1M annual revenue, with a use policy; not OSI-approved.',
    ),
    api: open(card, 'The card lists hosted endpoints on Stability AI’s API, Replicate and Deepinfra.'),
  },
  guidePages: [G.alternatives, G.beyondChat],
  lastVerified: '2026-12-07',
  added: '2026-12-07',
  trackers: {eu: {file: 'stable-diffusion.yaml', role: 'end', note: 'Stable Diffusion 3.5 Large.'}},
  sources: [
    {
      id: 'sd35-first-readme',
      title:
        'sd3.5 README at commit 19bf11c (“SD3.5 Large, SD3.5 Large Turbo”): download links and license note',
      publisher: 'Stability AI on GitHub',
      url: 'https://github.com/Stability-AI/sd3.5/blob/19bf11c4e1e37324c5aa5a61f010d4127848a09c/README.md',
      published: '2024-10-22',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'sd35-readme',
      title: 'sd3.5 README: inference-only reference code, updates log, downloads and file guide',
      publisher: 'Stability AI on GitHub',
      url: 'https://github.com/Stability-AI/sd3.5/blob/fbf8f483f992d8d6ad4eaaeb23b1dc5f523c3b3a/README.md',
      asOf: '2024-11-26',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'sd35-code-license',
      title: 'sd3.5 LICENSE-CODE (MIT License, for the repository’s code)',
      publisher: 'Stability AI on GitHub',
      url: 'https://github.com/Stability-AI/sd3.5/blob/fbf8f483f992d8d6ad4eaaeb23b1dc5f523c3b3a/LICENSE-CODE',
      asOf: '2024-11-26',
      kind: 'primary',
      topic: 'licenses',
    },
    {
      id: 'sd35-large-card',
      title: 'Stable Diffusion 3.5 Large model card',
      publisher: 'Stability AI on Hugging Face',
      url: 'https://huggingface.co/stabilityai/stable-diffusion-3.5-large',
      asOf: '2026-12',
      kind: 'primary',
      topic: 'models',
      note: 'Read from a saved copy of the page; its revision and date were not shown.',
    },
    {
      id: 'sd3-paper',
      title: 'Scaling Rectified Flow Transformers for High-Resolution Image Synthesis (the SD3 paper)',
      publisher: 'Esser et al., Stability AI (arXiv 2403.03206)',
      url: 'https://arxiv.org/abs/2403.03206',
      published: '2024-03-05',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
