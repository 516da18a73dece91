/**
 * LTX-Video: Lightricks' real-time video diffusion transformer (v0.9 to v0.9.8, 2B and 13B), read
 * from the Lightricks/LTX-Video repository pinned at commit 5260738 (2025-10-25) and its history.
 */
import {defineVersion, ev, G, open, partial, closed} from '../../../define';
import maker from '../maker';

const readme = ev('ltx-video-readme', '2025-10-25');
const codeLicense = ev('ltx-video-code-license', '2025-10-25');
const trainer = ev('ltx-video-trainer-readme', '2025-10-26');
const report = ev('ltx-video-report', '2024-12-30');
const owlReadme = ev('ltx-video-owl-readme-commit', '2025-04-23');

export default defineVersion(maker, {
  id: 'ltx-video',
  name: 'LTX-Video',
  organization: 'Lightricks',
  firstRelease: '2024-11',
  releaseSource: 'ltx-video-first-commit',
  summary:
    'Lightricks’ real-time video diffusion transformer (2B and 13B checkpoints, v0.9 to v0.9.8) for text-, image- and video-conditioned clips, with Apache-2.0 code and custom-licensed weights.',
  inputs: ['text', 'image', 'video'],
  outputs: ['video'],
  parameters: {
    status: 'disclosed',
    sizes: [
      {name: 'ltxv-2b (v0.9 to v0.9.8)', total: 2e9},
      {name: 'ltxv-13b (v0.9.7, v0.9.8)', total: 13e9},
    ],
    note: 'Sizes as the checkpoint names give them; the README gives no exact counts and does not say what they include.',
    ...readme,
  },
  license: 'ltxv-open-weights',
  access: ['weights', 'api', 'app'],
  howToGet:
    'Download a checkpoint from Hugging Face (Lightricks/LTX-Video) and run the repository’s inference.py, ComfyUI-LTXVideo or Diffusers; fal.ai, Replicate and the LTX Studio web app host it.',
  openness: {
    weights: partial(
      owlReadme,
      'Checkpoints are on Hugging Face under Lightricks’ own licenses, from v0.9.6 the LTXV Open Weights License; none is OSI-approved.',
    ),
    inferenceCode: open(
      codeLicense,
      'Inference pipeline, VAE and transformer code under Apache 2.0 since November 2024, separate from the weights’ license.',
    ),
    trainingCode: partial(
      trainer,
      'The separate LTX-Video-Trainer repository does LoRA and full fine-tuning (13B support added May 2025); no pre-training code was published.',
    ),
    trainingData: closed(readme, 'Trained on a large video dataset that was not released.'),
    dataDocumentation: partial(
      report,
      'The report has a data-preparation section (filtering, captions), which we saw only in outline; the README names no sources.',
    ),
    paper: open(
      report,
      'Technical report on the joint Video-VAE and transformer design, text- and image-to-video training and generation speed.',
    ),
    modelCard: partial(
      readme,
      'The README lists checkpoints, usage and prompt and parameter guides, but no evaluations, limitations or risks.',
    ),
    license: partial(
      owlReadme,
      'Custom Lightricks licenses: RAIL-M for research at launch, OpenRAIL-M from v0.9.5, the LTXV Open Weights License from v0.9.6.',
    ),
    api: open(readme, 'The README points to hosted LTX-Video endpoints on fal.ai and Replicate.'),
  },
  guidePages: [G.alternatives, G.beyondChat],
  lastVerified: '2026-12-07',
  added: '2026-12-07',
  changes: [
    {
      date: '2025-04-15',
      kind: 'terms',
      what: 'From v0.9.6 the weights came under the LTXV Open Weights License, which the README introduced as a license for commercial use.',
      source: 'ltx-video-owl-readme-commit',
    },
    {
      date: '2025-03-05',
      kind: 'terms',
      what: 'v0.9.5 came under an OpenRAIL-M license that the README says allows commercial use.',
      source: 'ltx-video-readme',
    },
    {
      date: '2024-11-24',
      kind: 'terms',
      what: 'The repository’s code moved from the RAIL-M license to Apache 2.0; the weights kept their own license.',
      source: 'ltx-video-code-license-commit',
    },
    {
      date: '2024-11-22',
      kind: 'terms',
      what: 'v0.9 weights released under a Lightricks RAIL-M license limited to academic and research purposes, with use restrictions.',
      source: 'ltx-video-first-license',
    },
  ],
  sources: [
    {
      id: 'ltx-video-first-commit',
      title: 'LTX-Video: initial commit (5a592aa)',
      publisher: 'Lightricks on GitHub',
      url: 'https://github.com/Lightricks/LTX-Video/commit/5a592aa5b16cf7581dd73b59461ef65634d542f6',
      published: '2024-11-22',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'ltx-video-readme',
      title: 'LTX-Video README: news and release notes, models, quick start, training and citation',
      publisher: 'Lightricks on GitHub',
      url: 'https://github.com/Lightricks/LTX-Video/blob/5260738e171955b66c0827f9af7e84d68fd1d919/README.md',
      asOf: '2025-10-25',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'ltx-video-code-license',
      title: 'LTX-Video LICENSE (Apache License 2.0, for the repository’s code)',
      publisher: 'Lightricks on GitHub',
      url: 'https://github.com/Lightricks/LTX-Video/blob/5260738e171955b66c0827f9af7e84d68fd1d919/LICENSE',
      asOf: '2025-10-25',
      kind: 'primary',
      topic: 'licenses',
    },
    {
      id: 'ltx-video-first-license',
      title: 'LTX-Video LICENSE at the first commit: the LTX Video 0.9 RAIL-M License of 22 November 2024',
      publisher: 'Lightricks on GitHub',
      url: 'https://github.com/Lightricks/LTX-Video/blob/5a592aa5b16cf7581dd73b59461ef65634d542f6/LICENSE',
      published: '2024-11-22',
      kind: 'primary',
      topic: 'licenses',
    },
    {
      id: 'ltx-video-code-license-commit',
      title: 'LTX-Video: “Change license of code (not the weights) to Apache” (commit cfbb059)',
      publisher: 'Lightricks on GitHub',
      url: 'https://github.com/Lightricks/LTX-Video/commit/cfbb059629b9971b97a23fd876288130ec68d3fd',
      published: '2024-11-24',
      kind: 'primary',
      topic: 'licenses',
    },
    {
      id: 'ltx-video-owl-readme-commit',
      title: 'LTX-Video: “Readme: Update license” (commit c820621), linking the v0.9.6 Open Weights license',
      publisher: 'Lightricks on GitHub',
      url: 'https://github.com/Lightricks/LTX-Video/commit/c8206214c6ad66bf97494290a7e194597f5ea0ae',
      published: '2025-04-23',
      kind: 'primary',
      topic: 'licenses',
    },
    {
      id: 'ltx-video-trainer-readme',
      title: 'LTX-Video-Trainer README: LoRA, full fine-tuning and IC-LoRA training',
      publisher: 'Lightricks on GitHub',
      url: 'https://github.com/Lightricks/LTX-Video-Trainer/blob/31b12733f51cb16b244d23f6552609f369aed883/README.md',
      asOf: '2025-10-26',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'ltx-video-report',
      title: 'LTX-Video: Realtime Video Latent Diffusion (v1)',
      publisher: 'HaCohen et al., Lightricks (arXiv 2501.00103)',
      url: 'https://arxiv.org/html/2501.00103v1',
      published: '2024-12-30',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
