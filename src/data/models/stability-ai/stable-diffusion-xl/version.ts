/**
 * SDXL 1.0 (base): Stability AI's July 2023 text-to-image model under the CreativeML Open RAIL++-M
 * license, read from the Stability-AI/generative-models repository (release commit f2fa96b,
 * 2023-07-26; pinned at 0ad7de9, 2025-05-20), the Hugging Face card and the SDXL report.
 */
import {defineVersion, ev, G, closed, open, partial} from '../../../define';
import maker from '../maker';

const releaseReadme = ev('sdxl-release-readme', '2023-07-26');
const readme = ev('sdxl-readme', '2025-05-20');
const codeLicense = ev('sdxl-code-license', '2025-05-20');
const licenseText = ev('creativeml-openrail-plus-plus-m-text', '2023-07-26');
const card = ev('sdxl-base-card', '2026-12');
const report = ev('sdxl-report', '2023-07-04');
const launch = ev('techcrunch-sdxl-1-0', '2023-07-26');

export default defineVersion(maker, {
  id: 'stable-diffusion-xl',
  name: 'Stable Diffusion XL 1.0 (SDXL base)',
  organization: 'Stability AI',
  firstRelease: '2023-07-26',
  releaseSource: 'sdxl-release-readme',
  summary:
    'Stability AI’s 2023 text-to-image latent diffusion model with a 2.6B U-Net and two text encoders, released with downloadable weights under the use-restricted CreativeML Open RAIL++-M license.',
  inputs: ['text'],
  outputs: ['image'],
  parameters: {
    status: 'disclosed',
    sizes: [{name: 'U-Net', total: 2.6e9}],
    note: 'The SDXL report gives 2.6B for the U-Net alone; the two CLIP text encoders and the autoencoder come on top. Stability told TechCrunch the base model has 3.5B in all.',
    ...report,
  },
  license: 'creativeml-openrail-plus-plus-m',
  access: ['weights', 'api', 'app'],
  howToGet:
    'Download stabilityai/stable-diffusion-xl-base-1.0 from Hugging Face and run it with Diffusers or the Stability-AI/generative-models code; an optional refiner model adds detail.',
  openness: {
    weights: partial(
      releaseReadme,
      'Base and refiner weights published on Hugging Face under CreativeML Open RAIL++-M, which carries use restrictions.',
    ),
    inferenceCode: open(
      codeLicense,
      'The generative-models repository, with SDXL inference configs and demos, is under the MIT license.',
    ),
    trainingCode: partial(
      readme,
      'The MIT repository includes a training framework with example configs (toy, ImageNet, CLIP-L text-to-image), not SDXL’s own recipe.',
    ),
    trainingData: closed(report, 'The images SDXL was trained on were not released.'),
    dataDocumentation: closed(
      report,
      'The report describes training stages and image-size statistics, not where the images came from; the card says nothing on data.',
    ),
    paper: open(
      report,
      'The SDXL report covers the U-Net changes, size and crop conditioning, multi-stage training, the refiner and comparisons with other generators.',
    ),
    modelCard: open(
      card,
      'Card with architecture, uses, out-of-scope use, limitations, a bias note and a user-preference chart; it frames use as research.',
    ),
    license: partial(
      licenseText,
      'CreativeML Open RAIL++-M allows commercial use but binds every user and derivative to a list of banned uses; not OSI-approved.',
    ),
    api: open(
      launch,
      'At launch it was offered through Stability’s API and its ClipDrop and DreamStudio apps, according to TechCrunch.',
    ),
  },
  guidePages: [G.alternatives, G.beyondChat],
  lastVerified: '2026-12-07',
  added: '2026-12-07',
  sources: [
    {
      id: 'sdxl-release-readme',
      title:
        'generative-models README at the SDXL 1.0 release commit (f2fa96b): base and refiner 1.0 under CreativeML Open RAIL++-M',
      publisher: 'Stability AI on GitHub',
      url: 'https://github.com/Stability-AI/generative-models/blob/f2fa96b7e57d41259bc9162bf7391bdd8d9d9a93/README.md',
      published: '2023-07-26',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'sdxl-readme',
      title: 'generative-models README: model news, installation, inference, weights and training sections',
      publisher: 'Stability AI on GitHub',
      url: 'https://github.com/Stability-AI/generative-models/blob/0ad7de9a5cb53fd63d6d30a4f385485e72e08597/README.md',
      asOf: '2025-05-20',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'sdxl-code-license',
      title: 'generative-models LICENSE-CODE (MIT License, for the repository’s code)',
      publisher: 'Stability AI on GitHub',
      url: 'https://github.com/Stability-AI/generative-models/blob/0ad7de9a5cb53fd63d6d30a4f385485e72e08597/LICENSE-CODE',
      asOf: '2025-05-20',
      kind: 'primary',
      topic: 'licenses',
    },
    {
      id: 'sdxl-base-card',
      title: 'SD-XL 1.0-base model card',
      publisher: 'Stability AI on Hugging Face',
      url: 'https://huggingface.co/stabilityai/stable-diffusion-xl-base-1.0',
      asOf: '2026-12',
      kind: 'primary',
      topic: 'models',
      note: 'Read as the card’s revision 1b47b10, whose date we could not see.',
    },
    {
      id: 'sdxl-report',
      title: 'SDXL: Improving Latent Diffusion Models for High-Resolution Image Synthesis',
      publisher: 'Podell et al., Stability AI (arXiv 2307.01952)',
      url: 'https://arxiv.org/abs/2307.01952',
      published: '2023-07-04',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'techcrunch-sdxl-1-0',
      title: 'Stability AI releases its latest image-generating model, Stable Diffusion XL 1.0',
      publisher: 'TechCrunch',
      url: 'https://techcrunch.com/2023/07/26/stability-ai-releases-its-latest-image-generating-model-stable-diffusion-xl-1-0/',
      published: '2023-07-26',
      kind: 'secondary',
      topic: 'models',
    },
  ],
});
