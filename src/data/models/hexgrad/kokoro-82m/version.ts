/**
 * Kokoro-82M: hexgrad's small open text-to-speech model, read from the hexgrad/kokoro inference
 * library pinned at commit dfb907a (2025-08-06) and the hexgrad/Kokoro-82M model card on Hugging Face.
 */
import {defineVersion, ev, G, closed, open, partial} from '../../../define';
import maker from '../maker';

const readme = ev('kokoro-readme', '2025-08-06');
const licenseText = ev('kokoro-license', '2025-08-06');
const card = ev('kokoro-82m-card', '2026-12');
const cardApi = ev('kokoro-82m-card', '2025-04');

export default defineVersion(maker, {
  id: 'kokoro-82m',
  name: 'Kokoro-82M',
  organization: 'hexgrad',
  firstRelease: '2024-12',
  releaseSource: 'kokoro-82m-first-upload',
  summary:
    'A small text-to-speech model (82M parameters) built on the StyleTTS 2 design, with weights and inference code under Apache 2.0.',
  inputs: ['text'],
  outputs: ['audio'],
  parameters: {
    status: 'disclosed',
    sizes: [{name: 'Kokoro-82M', total: 8.2e7}],
    note: 'The README gives 82 million parameters.',
    ...readme,
  },
  license: 'Apache-2.0',
  access: ['weights', 'api'],
  howToGet:
    'pip install kokoro (plus espeak-ng for some languages); its pipeline downloads the weights and voices from hexgrad/Kokoro-82M on Hugging Face.',
  openness: {
    weights: open(
      readme,
      'Apache-licensed weights on Hugging Face; the README’s quick start fetches them with no sign-up step.',
    ),
    inferenceCode: open(readme, 'The kokoro Python library (KPipeline), under Apache 2.0 and on PyPI.'),
    trainingCode: closed(
      readme,
      'hexgrad/kokoro is an inference library; no code to train Kokoro is published there.',
    ),
    trainingData: closed(
      card,
      'Not released: the card describes the audio as public-domain, permissively licensed or synthetic speech, but does not publish it.',
    ),
    dataDocumentation: partial(
      card,
      'The card gives the kinds of audio, a total of a few hundred hours and the CC BY sets used, but no full source list.',
    ),
    paper: closed(
      card,
      'No Kokoro paper or report; the card points to the StyleTTS 2 and ISTFTNet papers whose designs it reuses.',
    ),
    modelCard: partial(
      card,
      'The Hugging Face card gives releases, languages, data kinds and training cost, with samples and evals linked; little on limits or risks.',
    ),
    license: open(
      licenseText,
      'Apache 2.0, OSI-approved: the LICENSE covers the code and the README says the weights are Apache-licensed too.',
    ),
    api: open(
      cardApi,
      'The card cites third-party hosts serving it over API, such as Replicate and DeepInfra, as of April 2025.',
    ),
  },
  guidePages: [G.alternatives, G.beyondChat],
  lastVerified: '2026-12-07',
  added: '2026-12-07',
  sources: [
    {
      id: 'kokoro-82m-first-upload',
      title:
        'Kokoro-82M on Hugging Face: commit history showing the "Upload 10 files" commit 3767727 (v0.19)',
      publisher: 'hexgrad on Hugging Face',
      url: 'https://huggingface.co/hexgrad/Kokoro-82M/commits/3e6dd32923de606f2df31949da528a56399a77ef/istftnet.py',
      published: '2024-12',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'kokoro-82m-card',
      title: 'Kokoro-82M model card: releases, model facts, training details and attribution',
      publisher: 'hexgrad on Hugging Face',
      url: 'https://huggingface.co/hexgrad/Kokoro-82M',
      asOf: '2026-12',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'kokoro-readme',
      title: 'hexgrad/kokoro README: the inference library for Kokoro-82M',
      publisher: 'hexgrad on GitHub',
      url: 'https://github.com/hexgrad/kokoro/blob/dfb907a02bba8152ca444717ca5d78747ccb4bec/README.md',
      asOf: '2025-08-06',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'kokoro-license',
      title: 'hexgrad/kokoro LICENSE (Apache License 2.0)',
      publisher: 'hexgrad on GitHub',
      url: 'https://github.com/hexgrad/kokoro/blob/dfb907a02bba8152ca444717ca5d78747ccb4bec/LICENSE',
      asOf: '2025-08-06',
      kind: 'primary',
      topic: 'licenses',
    },
  ],
});
