/** Stable Diffusion 1.x (incl. 1.5): its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, open, partial} from '../../../define';
import maker from '../maker';

const sdLaunch = ev('actuia-stable-diffusion', '2022-08');
const sdCard = ev('stable-diffusion-v1-4-card', '2026-11');
const ldmPaper = ev('latent-diffusion-paper', '2021-12');

export default defineVersion(maker, {
  id: 'stable-diffusion-1-5',
  name: 'Stable Diffusion 1.x (incl. 1.5)',
  organization: 'Stability AI with CompVis (LMU Munich) and Runway',
  firstRelease: '2022-08-22',
  releaseSource: 'actuia-stable-diffusion',
  summary:
    'A text-to-image diffusion model whose weights were published under a use-restricted OpenRAIL license.',
  inputs: ['text'],
  outputs: ['image'],
  parameters: {
    status: 'disclosed',
    sizes: [{name: 'U-Net', total: 8.6e8}],
    note: 'About 860M in the U-Net, plus a text encoder and an autoencoder.',
    ...sdLaunch,
  },
  license: 'creativeml-openrail-m',
  access: ['weights'],
  howToGet: 'Weights are distributed on Hugging Face under CreativeML OpenRAIL-M.',
  openness: {
    weights: partial(
      sdLaunch,
      'Weights released publicly, but under the use-restricted CreativeML OpenRAIL-M license.',
    ),
    inferenceCode: partial(
      sdLaunch,
      'Code released with the weights, according to launch reports; we did not check its license.',
    ),
    trainingCode: open(sdLaunch, 'Training code released, according to launch reports.'),
    trainingData: partial(
      sdLaunch,
      'Trained on LAION-5B subsets, a public index of image URLs rather than the images.',
    ),
    dataDocumentation: partial(
      sdCard,
      'The card names the LAION subsets and filters used, not a full datasheet.',
    ),
    paper: open(ldmPaper, 'The latent diffusion paper describes architecture, training and evaluation.'),
    modelCard: open(sdCard, 'Model card with uses, misuse, limitations, bias and training details.'),
    license: partial(
      sdLaunch,
      'CreativeML OpenRAIL-M carries use restrictions, so it is not OSI open source.',
    ),
  },
  unrated: {
    api: 'Hosted APIs served Stable Diffusion, but we found no source that names the 1.x models today.',
  },
  guidePages: [G.vsWeights, G.alternatives, G.beyondChat],
  lastVerified: '2026-11-27',
  added: '2026-11-23',
  sources: [
    {
      id: 'actuia-stable-diffusion',
      title: 'Stability AI announces the public release of its text-to-image model Stable Diffusion',
      publisher: 'ActuIA',
      url: 'https://www.actuia.com/english/stability-ai-announces-the-public-release-of-its-open-source-text-to-image-model-stable-diffusion/',
      published: '2022-08',
      kind: 'secondary',
      topic: 'licenses',
    },
    {
      id: 'latent-diffusion-paper',
      title: 'High-Resolution Image Synthesis with Latent Diffusion Models',
      publisher: 'Rombach et al. (arXiv 2112.10752)',
      url: 'https://arxiv.org/abs/2112.10752',
      published: '2021-12',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'stable-diffusion-v1-4-card',
      title: 'stable-diffusion-v1-4 model card',
      publisher: 'CompVis on Hugging Face',
      url: 'https://huggingface.co/CompVis/stable-diffusion-v1-4',
      asOf: '2026-11',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
