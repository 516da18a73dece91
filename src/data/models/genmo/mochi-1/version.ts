/**
 * Mochi 1: Genmo's open text-to-video model (released as "Mochi 1 preview"), read from the
 * genmoai/mochi repository pinned at commit 0c86aeb (2025-11-13).
 */
import {defineVersion, ev, G, closed, open, partial} from '../../../define';
import maker from '../maker';

const readme = ev('mochi-1-readme', '2025-11-13');
const licenseText = ev('mochi-1-license', '2025-11-13');
const fineTuner = ev('mochi-1-fine-tuner', '2025-11-13');
const replicate = ev('replicate-genmoai-mochi-1', '2026-12');

export default defineVersion(maker, {
  id: 'mochi-1',
  name: 'Mochi 1',
  organization: 'Genmo',
  firstRelease: '2024-10-22',
  releaseSource: 'mochi-1-first-commit',
  summary:
    'Genmo’s open text-to-video model: a 10B asymmetric diffusion transformer with its own video VAE, released as a 480p research preview under Apache 2.0.',
  inputs: ['text'],
  outputs: ['video'],
  parameters: {
    status: 'disclosed',
    sizes: [{name: 'AsymmDiT', total: 10e9}],
    note: 'The 10B is the diffusion transformer; the README lists the 362M video VAE separately and encodes prompts with a T5-XXL model.',
    ...readme,
  },
  license: 'Apache-2.0',
  access: ['weights', 'api', 'app'],
  howToGet:
    'Download the weights from Hugging Face (genmo/mochi-1-preview) with the repository’s download script and run its Gradio UI or CLI; Genmo also has a web playground.',
  openness: {
    weights: open(readme, 'The diffusion model and VAE weights download without a gate under Apache 2.0.'),
    inferenceCode: open(
      readme,
      'Apache-2.0 inference code: a Python pipeline, Gradio UI, CLI and a context-parallel multi-GPU harness.',
    ),
    trainingCode: partial(
      fineTuner,
      'Only a LoRA fine-tuning script for one GPU; the code that pretrained the model was not released.',
    ),
    trainingData: closed(
      readme,
      'The training videos were not released; the README mentions the data only for its biases.',
    ),
    dataDocumentation: closed(
      readme,
      'No description of the training data’s sources, size or filtering in the README.',
    ),
    paper: closed(
      readme,
      'No paper or technical report; the README’s architecture tables and a citation of the GitHub repository stand in.',
    ),
    modelCard: partial(
      readme,
      'The README covers architecture, hardware, safety and limitations, but gives no evaluation results.',
    ),
    license: open(licenseText, 'Apache 2.0 (copyright 2024 Genmo), an OSI-approved license.'),
    api: open(
      replicate,
      'A public genmoai/mochi-1 model on Replicate can be called per run; the README itself names only Genmo’s playground.',
    ),
  },
  guidePages: [G.alternatives, G.beyondChat],
  lastVerified: '2026-12-07',
  added: '2026-12-07',
  trackers: {eu: {file: 'Mochi.yaml', role: 'end', note: 'Mochi 1 preview.'}},
  sources: [
    {
      id: 'mochi-1-first-commit',
      title: 'Mochi 1: initial commit of the inference code (commit 9414124)',
      publisher: 'Genmo on GitHub',
      url: 'https://github.com/genmoai/mochi/commit/94141242c165659066e90b5495520155c38520fe',
      published: '2024-10-22',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'mochi-1-readme',
      title: 'Mochi 1 README: overview, weights, architecture, hardware, safety and limitations',
      publisher: 'Genmo on GitHub',
      url: 'https://github.com/genmoai/mochi/blob/0c86aebf386e6622deadfb47ff1996878cefc0ac/README.md',
      asOf: '2025-11-13',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'mochi-1-license',
      title: 'Mochi 1 LICENSE (Apache License 2.0)',
      publisher: 'Genmo on GitHub',
      url: 'https://github.com/genmoai/mochi/blob/0c86aebf386e6622deadfb47ff1996878cefc0ac/LICENSE',
      asOf: '2025-11-13',
      kind: 'primary',
      topic: 'licenses',
    },
    {
      id: 'mochi-1-fine-tuner',
      title: 'Mochi 1 LoRA fine-tuner README',
      publisher: 'Genmo on GitHub',
      url: 'https://github.com/genmoai/mochi/blob/0c86aebf386e6622deadfb47ff1996878cefc0ac/demos/fine_tuner/README.md',
      asOf: '2025-11-13',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'replicate-genmoai-mochi-1',
      title: 'genmoai/mochi-1 on Replicate: hosted runs and price per run',
      publisher: 'Replicate',
      url: 'https://replicate.com/genmoai/mochi-1',
      asOf: '2026-12',
      kind: 'primary',
      topic: 'economics',
    },
  ],
});
