/**
 * CogVideoX: the open video-generation models of Zhipu AI and Tsinghua University (2B, 5B and
 * 5B-I2V), read from the THUDM/CogVideo repository pinned at commit e519ece (2025-05-14).
 */
import {defineVersion, ev, G, open, partial, closed} from '../../../define';
import maker from '../maker';

const readme = ev('cogvideox-readme', '2025-05-14');
const finetune = ev('cogvideox-finetune-readme', '2025-05-14');
const licenseText = ev('cogvideox-model-license', '2025-05-14');
const paper = ev('cogvideox-paper', '2025-01-22');
const fal = ev('fal-cogvideox-5b', '2026-12');

export default defineVersion(maker, {
  id: 'cogvideox',
  name: 'CogVideoX',
  organization: 'Zhipu AI and Tsinghua University (THUDM)',
  firstRelease: '2024-08-06',
  releaseSource: 'cogvideox-readme',
  summary:
    'Zhipu AI and Tsinghua’s diffusion-transformer video models: CogVideoX-2B under Apache 2.0, and CogVideoX-5B (text- and image-to-video) under the CogVideoX License.',
  inputs: ['text', 'image', 'video'],
  outputs: ['video'],
  parameters: {
    status: 'disclosed',
    sizes: [
      {name: 'CogVideoX-2B', total: 2e9},
      {name: 'CogVideoX-5B, CogVideoX-5B-I2V', total: 5e9},
    ],
    note: 'Sizes as the model names give them; the README gives no exact counts. The later CogVideoX1.5-5B models are not counted here.',
    ...readme,
  },
  license: 'cogvideox-license',
  access: ['weights', 'api'],
  howToGet:
    'Download THUDM/CogVideoX-2b or CogVideoX-5b (now under zai-org) from Hugging Face or ModelScope and run it with Diffusers or the repository’s SAT code; fal.ai hosts CogVideoX-5B.',
  openness: {
    weights: partial(
      readme,
      'All weights download, but only the 2B is Apache 2.0; the 5B models need a registration for commercial use and have a visit cap.',
    ),
    inferenceCode: open(
      readme,
      'Diffusers and SAT inference code, demos and quantization scripts in the repository under Apache 2.0.',
    ),
    trainingCode: partial(
      finetune,
      'Diffusers and SAT training scripts, documented for LoRA and full fine-tuning; no pre-training recipe or data pipeline was published.',
    ),
    trainingData: closed(
      readme,
      'The training videos were not released; only the CogVLM2-Caption model used to label them was.',
    ),
    dataDocumentation: partial(
      paper,
      'The paper describes its video preprocessing and captioning pipeline, not a list of sources.',
    ),
    paper: open(
      paper,
      'ICLR 2025 paper (arXiv 2408.06072) on the 3D VAE, expert transformer, progressive training and evaluations.',
    ),
    modelCard: partial(
      readme,
      'The README tabulates resolution, frames, precision, memory and speed per model, but gives no evaluations, limitations or risks.',
    ),
    license: partial(
      licenseText,
      'Rated on the stricter 5B license: research use free, commercial use after registration up to 1M visits a month. The 2B is Apache 2.0.',
    ),
    api: open(fal, 'fal.ai offers CogVideoX-5B as a hosted text-to-video API.'),
  },
  guidePages: [G.alternatives, G.beyondChat],
  lastVerified: '2026-12-07',
  added: '2026-12-07',
  changes: [
    {
      date: '2024-08-27',
      kind: 'terms',
      what: 'CogVideoX-2B moved from the CogVideoX License to Apache 2.0, as CogVideoX-5B came out under the CogVideoX License.',
      source: 'cogvideox-license-change-commit',
    },
  ],
  sources: [
    {
      id: 'cogvideox-readme',
      title: 'CogVideo README: project updates, model table, quick start and model license sections',
      publisher: 'Zhipu AI and Tsinghua University (THUDM) on GitHub',
      url: 'https://github.com/THUDM/CogVideo/blob/e519eced782c08db81f45e5eb40baa45958087ae/README.md',
      asOf: '2025-05-14',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'cogvideox-finetune-readme',
      title: 'CogVideoX Diffusers fine-tuning guide (finetune/README.md): LoRA and SFT',
      publisher: 'Zhipu AI and Tsinghua University (THUDM) on GitHub',
      url: 'https://github.com/THUDM/CogVideo/blob/e519eced782c08db81f45e5eb40baa45958087ae/finetune/README.md',
      asOf: '2025-05-14',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'cogvideox-license-change-commit',
      title:
        'CogVideo: “update the release draft readme” (commit 6d7f6e8), moving CogVideoX-2B to Apache 2.0',
      publisher: 'Zhipu AI and Tsinghua University (THUDM) on GitHub',
      url: 'https://github.com/THUDM/CogVideo/commit/6d7f6e860196381b5dbd5653e156671390cc3a68',
      published: '2024-08-27',
      kind: 'primary',
      topic: 'licenses',
    },
    {
      id: 'cogvideox-paper',
      title:
        'CogVideoX: Text-to-Video Diffusion Models with An Expert Transformer (ICLR 2025; arXiv 2408.06072)',
      publisher: 'Yang et al., Tsinghua University and Zhipu AI (OpenReview)',
      url: 'https://openreview.net/forum?id=LQzN6TRFg9',
      published: '2025-01-22',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'fal-cogvideox-5b',
      title: 'CogVideoX-5B text-to-video on fal.ai (API page)',
      publisher: 'fal.ai',
      url: 'https://fal.ai/models/fal-ai/cogvideox-5b/api',
      asOf: '2026-12',
      kind: 'primary',
      topic: 'economics',
    },
  ],
});
