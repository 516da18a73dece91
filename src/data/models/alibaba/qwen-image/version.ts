/**
 * Qwen-Image: Alibaba's open 20B text-to-image model, read from the QwenLM/Qwen-Image repository
 * pinned at commit 6b5e1f5 (2026-02-10), its technical report (arXiv 2508.02324, abstract) and
 * Alibaba Cloud Model Studio's list of legacy Qwen image APIs.
 */
import {defineVersion, ev, G, closed, open, partial} from '../../../define';
import maker from '../maker';

const readme = ev('qwen-image-readme', '2026-02-10');
const licenseText = ev('qwen-image-license', '2026-02-10');
const report = ev('qwen-image-report', '2025-08-04');
const modelStudio = ev('alibaba-model-studio-legacy-qwen-image', '2026-09-02');

export default defineVersion(maker, {
  id: 'qwen-image',
  name: 'Qwen-Image',
  organization: 'Alibaba (Qwen team)',
  firstRelease: '2025-08-04',
  releaseSource: 'qwen-image-readme',
  summary:
    'Alibaba’s Qwen team’s open text-to-image model, a 20B diffusion transformer known for rendering text (Chinese and English) inside images, under Apache 2.0.',
  inputs: ['text'],
  outputs: ['image'],
  parameters: {
    status: 'disclosed',
    sizes: [{name: 'Qwen-Image (MMDiT)', total: 20e9}],
    note: 'The README calls it a 20B MMDiT; it gives no separate size for the Qwen2.5-VL text encoder or the VAE.',
    ...readme,
  },
  license: 'Apache-2.0',
  access: ['weights', 'api', 'app'],
  howToGet:
    'Download Qwen/Qwen-Image from Hugging Face or ModelScope and run it with Diffusers (DiffusionPipeline); it is also in Qwen Chat. Later checkpoints (Qwen-Image-2512, the Edit models) are separate downloads.',
  openness: {
    weights: open(
      readme,
      'The checkpoint was published on Hugging Face and ModelScope on 4 August 2025, under Apache 2.0.',
    ),
    inferenceCode: open(
      readme,
      'Example and Gradio demo scripts under the repository’s Apache 2.0; the pipeline itself runs in Hugging Face Diffusers.',
    ),
    trainingCode: closed(
      readme,
      'No code that trained the model: the repository holds inference examples; it points to DiffSynth-Studio for LoRA and fine-tuning.',
    ),
    trainingData: closed(
      readme,
      'No training data released: the README links weights, demos and the report, but no dataset.',
    ),
    dataDocumentation: partial(
      report,
      'The report describes a pipeline for collecting, filtering, annotating, synthesising and balancing data, not a source list.',
    ),
    paper: open(
      report,
      'Technical report on the architecture (Qwen2.5-VL encoder, MMDiT, VAE), the staged training curriculum and evaluations.',
    ),
    modelCard: partial(
      readme,
      'The README serves as the card: uses, examples, benchmarks and arena results, with no section on limitations or risks.',
    ),
    license: open(
      licenseText,
      'Apache 2.0, an OSI-approved license; the README states it covers Qwen-Image.',
    ),
    api: open(
      modelStudio,
      'Model Studio documents a Qwen-Image text-to-image API, now among its legacy models; it does not say it serves the open checkpoint.',
    ),
  },
  guidePages: [G.alternatives, G.beyondChat],
  lastVerified: '2026-12-07',
  added: '2026-12-07',
  sources: [
    {
      id: 'qwen-image-readme',
      title: 'Qwen-Image README: release notes, quick start, deployment and license sections',
      publisher: 'Qwen team (Alibaba) on GitHub',
      url: 'https://github.com/QwenLM/Qwen-Image/blob/6b5e1f5cec987d404be5ac6657db3b9aacb56a89/README.md',
      asOf: '2026-02-10',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'qwen-image-license',
      title: 'Qwen-Image LICENSE (Apache License 2.0)',
      publisher: 'Qwen team (Alibaba) on GitHub',
      url: 'https://github.com/QwenLM/Qwen-Image/blob/6b5e1f5cec987d404be5ac6657db3b9aacb56a89/LICENSE',
      asOf: '2026-02-10',
      kind: 'primary',
      topic: 'licenses',
    },
    {
      id: 'qwen-image-report',
      title: 'Qwen-Image Technical Report',
      publisher: 'Qwen Team, Alibaba (arXiv 2508.02324)',
      url: 'https://arxiv.org/abs/2508.02324',
      published: '2025-08-04',
      kind: 'primary',
      topic: 'models',
      note: 'Read from the abstract (as mirrored by paper indexes), not the full PDF.',
    },
    {
      id: 'alibaba-model-studio-legacy-qwen-image',
      title: 'Qwen legacy image models: Qwen-Image and Qwen-Image Edit API references',
      publisher: 'Alibaba Cloud Model Studio',
      url: 'https://www.alibabacloud.com/help/en/model-studio/legacy-qwen-image-models/',
      asOf: '2026-09-02',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
