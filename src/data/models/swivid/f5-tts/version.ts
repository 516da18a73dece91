/**
 * F5-TTS: a flow-matching text-to-speech model that clones a voice from a short reference clip,
 * read from the SWivid/F5-TTS repository pinned at commit 2ae2c9b (2026-05-18), its Hugging Face
 * checkpoints and the paper.
 */
import {defineVersion, ev, G, closed, open, partial} from '../../../define';
import maker from '../maker';

const readme = ev('f5-tts-readme', '2026-05-18');
const codeLicense = ev('f5-tts-license', '2026-05-18');
const trainReadme = ev('f5-tts-train-readme', '2026-05-18');
const emiliaPrep = ev('f5-tts-prepare-emilia', '2026-05-18');
const paramScript = ev('f5-tts-count-params', '2026-05-18');
const hfRepo = ev('f5-tts-hf-checkpoints', '2024-10-13');
const paper = ev('f5-tts-paper', '2024-10-09');

export default defineVersion(maker, {
  id: 'f5-tts',
  name: 'F5-TTS',
  organization: 'Yushen Chen and co-authors (SWivid; X-LANCE lab, Shanghai Jiao Tong University)',
  firstRelease: '2024-10-08',
  releaseSource: 'f5-tts-readme',
  summary:
    'A text-to-speech model that reads text in the voice of a short reference recording (flow matching with a diffusion transformer); MIT code, non-commercial weights.',
  inputs: ['text', 'audio'],
  outputs: ['audio'],
  parameters: {
    status: 'disclosed',
    sizes: [{name: 'Base', total: 3.358e8}],
    note: 'The repository’s parameter-count script gives 335.8M for the Base transformer (1024 wide, 22 layers); the separate vocoder is not counted.',
    ...paramScript,
  },
  license: 'CC-BY-NC-4.0',
  access: ['weights'],
  howToGet:
    'pip install f5-tts, then run f5-tts_infer-cli or the Gradio app; the checkpoints download from Hugging Face (SWivid/F5-TTS).',
  openness: {
    weights: partial(
      hfRepo,
      'Base checkpoints on Hugging Face under CC BY-NC 4.0: non-commercial use only, because of the Emilia training data.',
    ),
    inferenceCode: open(
      codeLicense,
      'MIT-licensed inference code: command line, Gradio app, and a Triton/TensorRT-LLM server.',
    ),
    trainingCode: open(
      trainReadme,
      'MIT training code: the script and configs used for the pretrained model, plus fine-tuning tools.',
    ),
    trainingData: open(
      emiliaPrep,
      'Trained on the Chinese and English part of Emilia, a public dataset on Hugging Face; the script links the exact revision.',
    ),
    dataDocumentation: open(
      emiliaPrep,
      'The data script pins the Emilia revision used and lists every filter and excluded segment.',
    ),
    paper: open(
      paper,
      'Paper on arXiv on the architecture, Sway Sampling, the 100K-hour public training set and evaluation.',
    ),
    modelCard: partial(
      hfRepo,
      'The Hugging Face card is a short note (under 1 kB); the README covers use and training, not limitations or risks.',
    ),
    license: partial(readme, 'Weights CC BY-NC 4.0 (non-commercial, not OSI-approved); the code is MIT.'),
    api: closed(
      readme,
      'No hosted API from the authors in our sources; the demos are Hugging Face and ModelScope Spaces.',
    ),
  },
  guidePages: [G.alternatives, G.beyondChat],
  lastVerified: '2026-12-07',
  added: '2026-12-07',
  sources: [
    {
      id: 'f5-tts-readme',
      title:
        'F5-TTS README: news (base models released 2024-10-08), install, inference, training and license',
      publisher: 'SWivid on GitHub',
      url: 'https://github.com/SWivid/F5-TTS/blob/2ae2c9bd9b64dab2cb069c4b97e5e7673c521e01/README.md',
      asOf: '2026-05-18',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'f5-tts-license',
      title: 'F5-TTS LICENSE (MIT, for the code)',
      publisher: 'SWivid on GitHub',
      url: 'https://github.com/SWivid/F5-TTS/blob/2ae2c9bd9b64dab2cb069c4b97e5e7673c521e01/LICENSE',
      asOf: '2026-05-18',
      kind: 'primary',
      topic: 'licenses',
    },
    {
      id: 'f5-tts-train-readme',
      title:
        'F5-TTS training guide: dataset preparation and the training command used for the pretrained model',
      publisher: 'SWivid on GitHub',
      url: 'https://github.com/SWivid/F5-TTS/blob/2ae2c9bd9b64dab2cb069c4b97e5e7673c521e01/src/f5_tts/train/README.md',
      asOf: '2026-05-18',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'f5-tts-prepare-emilia',
      title: 'F5-TTS prepare_emilia.py: builds the Emilia Chinese and English training set',
      publisher: 'SWivid on GitHub',
      url: 'https://github.com/SWivid/F5-TTS/blob/2ae2c9bd9b64dab2cb069c4b97e5e7673c521e01/src/f5_tts/train/datasets/prepare_emilia.py',
      asOf: '2026-05-18',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'f5-tts-count-params',
      title: 'F5-TTS count_params_gflops.py: parameter and FLOP counts of the model variants',
      publisher: 'SWivid on GitHub',
      url: 'https://github.com/SWivid/F5-TTS/blob/2ae2c9bd9b64dab2cb069c4b97e5e7673c521e01/src/f5_tts/scripts/count_params_gflops.py',
      asOf: '2026-05-18',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'f5-tts-hf-checkpoints',
      title: 'SWivid/F5-TTS on Hugging Face: checkpoints and model card (cc-by-nc-4.0)',
      publisher: 'SWivid on Hugging Face',
      url: 'https://huggingface.co/SWivid/F5-TTS/tree/e106f103898485c9a56405b80ea07e25cce67bd0',
      asOf: '2024-10-13',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'f5-tts-paper',
      title: 'F5-TTS: A Fairytaler that Fakes Fluent and Faithful Speech with Flow Matching',
      publisher: 'Chen et al. (arXiv 2410.06885)',
      url: 'https://arxiv.org/abs/2410.06885',
      published: '2024-10-09',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
