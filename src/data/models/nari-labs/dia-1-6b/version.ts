/**
 * Dia-1.6B: Nari Labs' open text-to-dialogue speech model, read from the nari-labs/dia repository
 * pinned at commit 876125e (2025-11-19).
 */
import {defineVersion, ev, G, closed, open, partial} from '../../../define';
import maker from '../maker';

const readme = ev('dia-1-6b-readme', '2025-11-19');
const licenseText = ev('dia-1-6b-license', '2025-11-19');
const deepinfra = ev('deepinfra-dia-1-6b', '2026-12');

export default defineVersion(maker, {
  id: 'dia-1-6b',
  name: 'Dia-1.6B',
  organization: 'Nari Labs',
  firstRelease: '2025-04-22',
  releaseSource: 'dia-1-6b-first-commit',
  summary:
    'Nari Labs’ open English text-to-speech model that voices two-speaker dialogue from a tagged script, with nonverbal sounds and voice cloning, under Apache 2.0.',
  inputs: ['text', 'audio'],
  outputs: ['audio'],
  parameters: {
    status: 'disclosed',
    sizes: [{total: 1.6e9}],
    note: '1.6B as the README states; it decodes audio with the Descript Audio Codec, downloaded separately.',
    ...readme,
  },
  license: 'Apache-2.0',
  access: ['weights', 'api'],
  howToGet:
    'Load nari-labs/Dia-1.6B-0626 (or the first checkpoint, nari-labs/Dia-1.6B) from Hugging Face with the repository’s package, Gradio app or CLI, or with Transformers.',
  openness: {
    weights: open(
      readme,
      'Checkpoints on Hugging Face under Apache 2.0; the README loads them with no access request.',
    ),
    inferenceCode: open(
      readme,
      'Apache-2.0 inference code: a Python package, Gradio app, CLI and Docker files, plus a Transformers port.',
    ),
    trainingCode: closed(
      readme,
      'The repository holds inference code only; no training scripts were published.',
    ),
    trainingData: closed(readme, 'The speech data it was trained on was not released.'),
    dataDocumentation: closed(
      readme,
      'The README says nothing about the training data beyond thanking a helper for data filtering.',
    ),
    paper: closed(
      readme,
      'No paper or technical report; the README only names the work that inspired it (SoundStorm, Parakeet, DAC).',
    ),
    modelCard: partial(
      readme,
      'The README gives usage guidelines, English-only support, speed and memory, and banned uses, but no evaluation.',
    ),
    license: open(
      licenseText,
      'Apache 2.0 (copyright 2025 Nari Labs); the README’s list of forbidden uses is not part of the license text.',
    ),
    api: open(
      deepinfra,
      'DeepInfra, a third-party host, serves nari-labs/Dia-1.6B through its inference API; Nari Labs runs only a demo Space.',
    ),
  },
  guidePages: [G.alternatives, G.beyondChat],
  lastVerified: '2026-12-07',
  added: '2026-12-07',
  sources: [
    {
      id: 'dia-1-6b-first-commit',
      title: 'Dia: initial commit of the code, linking the nari-labs/Dia-1.6B weights (commit 51e5405)',
      publisher: 'Nari Labs on GitHub',
      url: 'https://github.com/nari-labs/dia/commit/51e5405949cd9fc5e9713fce22d77c34a833db5e',
      published: '2025-04-22',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'dia-1-6b-readme',
      title: 'Dia README: model overview, usage guidelines, hardware, license and disclaimer',
      publisher: 'Nari Labs on GitHub',
      url: 'https://github.com/nari-labs/dia/blob/876125e461a03b157ec905b0fe8b57a0f8b9e7a0/README.md',
      asOf: '2025-11-19',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'dia-1-6b-license',
      title: 'Dia LICENSE (Apache License 2.0)',
      publisher: 'Nari Labs on GitHub',
      url: 'https://github.com/nari-labs/dia/blob/876125e461a03b157ec905b0fe8b57a0f8b9e7a0/LICENSE',
      asOf: '2025-11-19',
      kind: 'primary',
      topic: 'licenses',
    },
    {
      id: 'deepinfra-dia-1-6b',
      title: 'nari-labs/Dia-1.6B on DeepInfra: hosted inference API',
      publisher: 'DeepInfra',
      url: 'https://deepinfra.ai/nari-labs/Dia-1.6B/api',
      asOf: '2026-12',
      kind: 'primary',
      topic: 'economics',
    },
  ],
});
