/**
 * Wan2.1: Alibaba's open video-generation models (text-to-video, image-to-video, editing), read
 * from the Wan-Video/Wan2.1 repository pinned at commit 9737cba (2026-03-05).
 */
import {defineVersion, ev, G, closed, open, partial} from '../../../define';
import maker from '../maker';

const readme = ev('wan-2-1-readme', '2026-03-05');
const licenseText = ev('wan-2-1-license', '2026-03-05');
const report = ev('wan-2-1-report', '2025-03');
const modelStudio = ev('alibaba-model-studio-wan-t2v', '2025-05-22');

export default defineVersion(maker, {
  id: 'wan-2-1',
  name: 'Wan2.1',
  organization: 'Alibaba (Tongyi Wan team)',
  firstRelease: '2025-02-25',
  releaseSource: 'wan-2-1-first-commit',
  summary:
    'Alibaba’s open video models: diffusion transformers that turn text or an image into short clips, at 1.3B and 14B parameters, under Apache 2.0.',
  inputs: ['text', 'image'],
  outputs: ['video'],
  parameters: {
    status: 'disclosed',
    sizes: [
      {name: 'T2V-1.3B, VACE-1.3B', total: 1.3e9},
      {name: 'T2V, I2V, FLF2V and VACE 14B', total: 14e9},
    ],
    note: 'Sizes as the README names them; it does not say whether they count the text encoder and the VAE.',
    ...readme,
  },
  license: 'Apache-2.0',
  access: ['weights', 'api'],
  howToGet:
    'Download a checkpoint (for example Wan-AI/Wan2.1-T2V-14B) from Hugging Face or ModelScope and run it with the repository’s generate.py, Diffusers or ComfyUI.',
  openness: {
    weights: open(
      readme,
      'Text-to-video, image-to-video and editing checkpoints at 1.3B and 14B download under Apache 2.0.',
    ),
    inferenceCode: open(
      readme,
      'Apache-2.0 inference code: generate.py, Gradio demos and multi-GPU scripts.',
    ),
    trainingCode: closed(
      readme,
      'The repository holds inference code only; no training scripts were published.',
    ),
    trainingData: closed(report, 'The large image and video corpus it was trained on was not released.'),
    dataDocumentation: partial(
      readme,
      'Describes a four-step cleaning of the image and video data (basic, visual and motion quality), not its sources.',
    ),
    paper: open(
      report,
      'Technical report on arXiv: the video VAE, the diffusion transformer at both sizes, training and evaluation.',
    ),
    modelCard: partial(
      readme,
      'The README is the card: tasks, usage, human evaluations and GPU costs, but little on limitations or risks.',
    ),
    license: open(
      licenseText,
      'Apache 2.0 for code and weights; the README asks for lawful, harmless use but adds no license terms.',
    ),
    api: open(
      modelStudio,
      'Alibaba Cloud Model Studio sold hosted wan2.1 text-to-video models by the second; it does not say they are the released checkpoints.',
    ),
  },
  guidePages: [G.alternatives, G.beyondChat],
  lastVerified: '2026-12-07',
  added: '2026-12-07',
  sources: [
    {
      id: 'wan-2-1-first-commit',
      title: 'Wan2.1: first upload of the code and model links (commit 65386b2)',
      publisher: 'Wan team (Alibaba) on GitHub',
      url: 'https://github.com/Wan-Video/Wan2.1/commit/65386b2e03c490796eede31b0325a6a595cc684e',
      published: '2025-02-25',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'wan-2-1-readme',
      title: 'Wan2.1 README: release notes, model downloads, architecture, data and license sections',
      publisher: 'Wan team (Alibaba) on GitHub',
      url: 'https://github.com/Wan-Video/Wan2.1/blob/9737cba9c1c3c4d04b33fcad41c111989865d315/README.md',
      asOf: '2026-03-05',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'wan-2-1-license',
      title: 'Wan2.1 LICENSE.txt (Apache License 2.0)',
      publisher: 'Wan team (Alibaba) on GitHub',
      url: 'https://github.com/Wan-Video/Wan2.1/blob/9737cba9c1c3c4d04b33fcad41c111989865d315/LICENSE.txt',
      asOf: '2026-03-05',
      kind: 'primary',
      topic: 'licenses',
    },
    {
      id: 'wan-2-1-report',
      title: 'Wan: Open and Advanced Large-Scale Video Generative Models',
      publisher: 'Team Wan, Alibaba (arXiv 2503.20314)',
      url: 'https://arxiv.org/abs/2503.20314',
      published: '2025-03',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'alibaba-model-studio-wan-t2v',
      title: 'Wan text-to-video API reference (wan2.1-t2v-turbo and -plus, prices per second)',
      publisher: 'Alibaba Cloud Model Studio',
      url: 'https://www.alibabacloud.com/help/en/model-studio/text-to-video-api-reference',
      asOf: '2025-05-22',
      kind: 'primary',
      topic: 'economics',
      note: 'The page now documents later Wan versions; the wan2.1 models were listed on the version last updated 22 May 2025.',
    },
  ],
});
