/**
 * Wan2.2: Alibaba's second open generation of Wan video models (a mixture-of-experts pair for
 * text- and image-to-video, a 5B hybrid, speech-to-video and character animation), read from the
 * Wan-Video/Wan2.2 repository pinned at commit 42bf4cf (2026-03-17).
 */
import {defineVersion, ev, G, closed, open, partial} from '../../../define';
import maker from '../maker';

const readme = ev('wan-2-2-readme', '2026-03-17');
const licenseText = ev('wan-2-2-license', '2026-03-17');

export default defineVersion(maker, {
  id: 'wan-2-2',
  name: 'Wan2.2',
  organization: 'Alibaba (Tongyi Wan team)',
  firstRelease: '2025-07-28',
  releaseSource: 'wan-2-2-first-commit',
  summary:
    'Alibaba’s follow-up to Wan2.1: open video diffusion models, including a two-expert 27B mixture-of-experts and a 5B text-and-image-to-video model, under Apache 2.0.',
  inputs: ['text', 'image', 'audio'],
  outputs: ['video'],
  parameters: {
    status: 'disclosed',
    sizes: [
      {name: 'T2V-A14B, I2V-A14B (two experts)', total: 27e9, active: 14e9},
      {name: 'TI2V-5B', total: 5e9},
      {name: 'S2V-14B, Animate-14B', total: 14e9},
    ],
    note: 'The README gives 27B total and 14B active per denoising step for the A14B pair; the other sizes are from the model names only.',
    ...readme,
  },
  license: 'Apache-2.0',
  access: ['weights'],
  howToGet:
    'Download a checkpoint (for example Wan-AI/Wan2.2-TI2V-5B) from Hugging Face or ModelScope and run it with the repository’s generate.py, Diffusers or ComfyUI.',
  openness: {
    weights: open(
      readme,
      'Text-to-video, image-to-video, 5B hybrid, speech-to-video and animation checkpoints download under Apache 2.0.',
    ),
    inferenceCode: open(
      readme,
      'Apache-2.0 inference code for every released task: generate.py with single- and multi-GPU options.',
    ),
    trainingCode: closed(
      readme,
      'The repository holds inference code only; the README points to third-party projects for fine-tuning.',
    ),
    trainingData: closed(
      readme,
      'The enlarged image and video training set is described but none of it was released.',
    ),
    dataDocumentation: partial(
      readme,
      'Only growth over Wan2.1 (about 66% more images, 83% more videos) and aesthetic labelling; no sources or totals.',
    ),
    paper: partial(
      readme,
      'No Wan2.2 report for the main models: the README cites the Wan2.1 paper and sketches the expert design itself.',
    ),
    modelCard: partial(
      readme,
      'The README is the card: tasks, usage, GPU costs and an in-house benchmark, but nothing on limitations or risks.',
    ),
    license: open(
      licenseText,
      'Apache 2.0 for code and weights; the README asks for lawful, harmless use but adds no license terms.',
    ),
    api: closed(
      readme,
      'No hosted API for these checkpoints in the sources we checked; the README points only to the wan.video site and demos.',
    ),
  },
  guidePages: [G.alternatives, G.beyondChat],
  lastVerified: '2026-12-07',
  added: '2026-12-07',
  trackers: {eu: {file: 'Wan.yaml', role: 'end', note: 'Rated on Wan2.2-T2V-A14B.'}},
  sources: [
    {
      id: 'wan-2-2-first-commit',
      title: 'Wan2.2: first upload of the code and model links (commit fa96d09)',
      publisher: 'Wan team (Alibaba) on GitHub',
      url: 'https://github.com/Wan-Video/Wan2.2/commit/fa96d0963f1aef3b0f9dd312296d54b13e2da538',
      published: '2025-07-28',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'wan-2-2-readme',
      title: 'Wan2.2 README: release notes, model downloads, architecture and license sections',
      publisher: 'Wan team (Alibaba) on GitHub',
      url: 'https://github.com/Wan-Video/Wan2.2/blob/42bf4cfaa384bc21833865abc2f9e6c0e67233dc/README.md',
      asOf: '2026-03-17',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'wan-2-2-license',
      title: 'Wan2.2 LICENSE.txt (Apache License 2.0)',
      publisher: 'Wan team (Alibaba) on GitHub',
      url: 'https://github.com/Wan-Video/Wan2.2/blob/42bf4cfaa384bc21833865abc2f9e6c0e67233dc/LICENSE.txt',
      asOf: '2026-03-17',
      kind: 'primary',
      topic: 'licenses',
    },
  ],
});
