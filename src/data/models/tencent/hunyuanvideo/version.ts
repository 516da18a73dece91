/**
 * HunyuanVideo: Tencent's open-weight 13B text-to-video model, read from the
 * Tencent-Hunyuan/HunyuanVideo repository pinned at commit fa14b00 (2025-05-23).
 */
import {defineVersion, ev, G, open, partial, closed} from '../../../define';
import maker from '../maker';

const readme = ev('hunyuanvideo-readme', '2025-05-23');
const ckpts = ev('hunyuanvideo-ckpts-readme', '2025-05-23');
const notice = ev('hunyuanvideo-notice', '2025-05-23');
const licenseText = ev('tencent-hunyuanvideo-license', '2025-05-23');
const report = ev('hunyuanvideo-report', '2024-12');
const civitai = ev('civitai-hunyuanvideo-recipe', '2026-12');

export default defineVersion(maker, {
  id: 'hunyuanvideo',
  name: 'HunyuanVideo',
  organization: 'Tencent (Hunyuan Foundation Model team)',
  firstRelease: '2024-12-03',
  releaseSource: 'hunyuanvideo-readme',
  summary:
    'Tencent’s 13B text-to-video diffusion transformer, with weights and inference code under the Tencent Hunyuan Community License, which excludes the EU, UK and South Korea.',
  inputs: ['text'],
  outputs: ['video'],
  parameters: {
    status: 'disclosed',
    sizes: [{name: 'video diffusion transformer', total: 13e9}],
    note: 'The README says “over 13 billion” for the generative model; the text encoders (an MLLM and CLIP) and the 3D VAE are separate downloads.',
    ...readme,
  },
  license: 'tencent-hunyuanvideo-community',
  access: ['weights', 'api'],
  howToGet:
    'Download tencent/HunyuanVideo from Hugging Face and run the repository’s sample_video.py or Gradio server, or Diffusers or ComfyUI; hosts such as Civitai run it as a service.',
  openness: {
    weights: partial(
      ckpts,
      'Transformer and VAE weights download from Hugging Face under a custom license with a territory limit; Tencent’s own MLLM text encoder is unreleased.',
    ),
    inferenceCode: partial(
      notice,
      'Sampling, Gradio and multi-GPU code is covered by the same community license, not an OSI one; the README also points to Diffusers.',
    ),
    trainingCode: closed(
      readme,
      'The repository and its release plan cover inference, demos and FP8 weights only; no training scripts were published.',
    ),
    trainingData: closed(report, 'The image and video corpus used for training was not released.'),
    dataDocumentation: partial(
      report,
      'The report names data curation as one of its parts; we read only its abstract and the README, which list no sources.',
    ),
    paper: open(
      report,
      'Technical report on arXiv covering the architecture, model scaling, training and infrastructure of the 13B model.',
    ),
    modelCard: partial(
      readme,
      'The README gives the architecture, a human evaluation against closed models and GPU needs, but no limitations or risks.',
    ),
    license: partial(
      licenseText,
      'Custom Tencent license: no rights in the EU, UK or South Korea, an acceptable-use policy and a 100M-user clause.',
    ),
    api: open(
      civitai,
      'Civitai’s orchestration API runs the base HunyuanVideo checkpoint for text-to-video; the README links a Replicate host too.',
    ),
  },
  guidePages: [G.alternatives, G.beyondChat],
  lastVerified: '2026-12-07',
  added: '2026-12-07',
  changes: [
    {
      date: '2024-12-04',
      kind: 'terms',
      what: 'License widened the excluded territory from the EU alone to the EU, the UK and South Korea, a day after release.',
      source: 'hunyuanvideo-license-commit',
    },
  ],
  sources: [
    {
      id: 'hunyuanvideo-readme',
      title: 'HunyuanVideo README: news, architecture, comparisons, requirements and inference',
      publisher: 'Tencent Hunyuan on GitHub',
      url: 'https://github.com/Tencent-Hunyuan/HunyuanVideo/blob/fa14b001c18f37191c938a9ef6baad3b9b472759/README.md',
      asOf: '2025-05-23',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'hunyuanvideo-ckpts-readme',
      title: 'HunyuanVideo ckpts/README.md: downloading the weights and the text encoders',
      publisher: 'Tencent Hunyuan on GitHub',
      url: 'https://github.com/Tencent-Hunyuan/HunyuanVideo/blob/fa14b001c18f37191c938a9ef6baad3b9b472759/ckpts/README.md',
      asOf: '2025-05-23',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'hunyuanvideo-notice',
      title: 'HunyuanVideo Notice: the license of the release and its third-party components',
      publisher: 'Tencent Hunyuan on GitHub',
      url: 'https://github.com/Tencent-Hunyuan/HunyuanVideo/blob/fa14b001c18f37191c938a9ef6baad3b9b472759/Notice',
      asOf: '2025-05-23',
      kind: 'primary',
      topic: 'licenses',
    },
    {
      id: 'hunyuanvideo-license-commit',
      title:
        'HunyuanVideo: “update LICENSE” (commit 0fd76e2), adding the UK and South Korea to the excluded territory',
      publisher: 'Tencent Hunyuan on GitHub',
      url: 'https://github.com/Tencent-Hunyuan/HunyuanVideo/commit/0fd76e2a56ec835e95c86f6639e9ed8c7cb2aab5',
      published: '2024-12-04',
      kind: 'primary',
      topic: 'licenses',
    },
    {
      id: 'hunyuanvideo-report',
      title: 'HunyuanVideo: A Systematic Framework For Large Video Generative Models',
      publisher: 'Hunyuan Foundation Model Team, Tencent (arXiv 2412.03603)',
      url: 'https://arxiv.org/abs/2412.03603',
      published: '2024-12',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'civitai-hunyuanvideo-recipe',
      title: 'HunyuanVideo generation recipe for the Civitai orchestration API',
      publisher: 'Civitai developer documentation',
      url: 'https://developer.civitai.com/orchestration/recipes/hunyuan',
      asOf: '2026-12',
      kind: 'primary',
      topic: 'economics',
    },
  ],
});
