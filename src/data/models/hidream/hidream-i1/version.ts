/**
 * HiDream-I1: HiDream.ai's 17B sparse (mixture-of-experts) diffusion transformer for text-to-image,
 * read from the HiDream-ai/HiDream-I1 repository (release README 17580f1, 2025-04-07; pinned at
 * 9b42dd6, 2025-06-17) and its technical report.
 */
import {defineVersion, ev, G, closed, open, partial} from '../../../define';
import maker from '../maker';

const readme = ev('hidream-i1-readme', '2025-06-17');
const licenseText = ev('hidream-i1-license', '2025-06-17');
const report = ev('hidream-i1-report', '2025-05-28');

export default defineVersion(maker, {
  id: 'hidream-i1',
  name: 'HiDream-I1',
  organization: 'HiDream.ai',
  firstRelease: '2025-04-07',
  releaseSource: 'hidream-i1-release-readme',
  summary:
    'HiDream.ai’s 17B text-to-image model, a sparse mixture-of-experts diffusion transformer in Full, Dev and Fast versions, with code and weights under MIT; it needs Meta’s Llama 3.1 8B as one of its text encoders.',
  inputs: ['text'],
  outputs: ['image'],
  parameters: {
    status: 'disclosed',
    sizes: [{name: 'sparse diffusion transformer (Full, Dev, Fast)', total: 17e9}],
    note: '17B as the README and report state it; it is a mixture-of-experts model, but the README gives no active-parameter count, nor says whether the text encoders are included.',
    ...readme,
  },
  license: 'MIT',
  access: ['weights'],
  howToGet:
    'Download HiDream-ai/HiDream-I1-Full, -Dev or -Fast from Hugging Face and run inference.py or Diffusers; the script also fetches meta-llama/Llama-3.1-8B-Instruct, which needs Meta’s license accepted on Hugging Face.',
  openness: {
    weights: open(
      readme,
      'Full, Dev and Fast weights download under MIT; running them also needs Llama 3.1 8B Instruct, gated under Meta’s Llama 3.1 license.',
    ),
    inferenceCode: open(
      readme,
      'MIT inference scripts, a Gradio demo and the model code (hi_diffusers); Diffusers supports it too.',
    ),
    trainingCode: closed(readme, 'The repository holds inference code only; no training code was published.'),
    trainingData: closed(readme, 'The training images were not released.'),
    dataDocumentation: closed(
      readme,
      'The README says nothing about the training data; the report’s data section, which we could not read in full, is not counted here.',
    ),
    paper: open(
      report,
      'Technical report on the 17B sparse DiT: dynamic mixture-of-experts, dual- then single-stream blocks, the three variants and the HiDream-E1 editing extension.',
    ),
    modelCard: partial(
      readme,
      'The README is the card: variants, usage and DPG-Bench, GenEval and HPSv2.1 scores; nothing on intended uses, limitations or risks.',
    ),
    license: open(
      licenseText,
      'MIT for the code and the HiDream-I1 models; the Llama 3.1 8B text encoder it loads stays under Meta’s Llama 3.1 Community License.',
    ),
    api: closed(
      readme,
      'The README names no hosted API for HiDream-I1; it points to HiDream’s vivago.ai product and a Hugging Face demo Space.',
    ),
  },
  guidePages: [G.alternatives, G.beyondChat],
  lastVerified: '2026-12-07',
  added: '2026-12-07',
  sources: [
    {
      id: 'hidream-i1-release-readme',
      title: 'HiDream-I1 README at commit 17580f1: open-sourcing of HiDream-I1 on 7 April 2025, model links',
      publisher: 'HiDream.ai on GitHub',
      url: 'https://github.com/HiDream-ai/HiDream-I1/blob/17580f13d1ddb2cc2292e39c81f8dcf1b3d2bace/README.md',
      published: '2025-04-07',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'hidream-i1-readme',
      title: 'HiDream-I1 README: updates, models, quick start (Llama 3.1 note), evaluation and license',
      publisher: 'HiDream.ai on GitHub',
      url: 'https://github.com/HiDream-ai/HiDream-I1/blob/9b42dd606fecf8f78b974adb7e4d10331c91371a/README.md',
      asOf: '2025-06-17',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'hidream-i1-license',
      title: 'HiDream-I1 LICENSE (MIT License)',
      publisher: 'HiDream.ai on GitHub',
      url: 'https://github.com/HiDream-ai/HiDream-I1/blob/9b42dd606fecf8f78b974adb7e4d10331c91371a/LICENSE',
      asOf: '2025-06-17',
      kind: 'primary',
      topic: 'licenses',
    },
    {
      id: 'hidream-i1-report',
      title:
        'HiDream-I1: A High-Efficient Image Generative Foundation Model with Sparse Diffusion Transformer',
      publisher: 'Cai et al., HiDream.ai (arXiv 2505.22705)',
      url: 'https://arxiv.org/abs/2505.22705',
      published: '2025-05-28',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
