/**
 * Hunyuan-A13B: Tencent's open-weight mixture-of-experts language model (80B total, 13B active),
 * read from the Tencent-Hunyuan/Hunyuan-A13B repository pinned at commit 2798f3c (2025-07-08).
 */
import {defineVersion, ev, G, open, partial, closed} from '../../../define';
import maker from '../maker';

const readme = ev('hunyuan-a13b-readme', '2025-07-08');
const trainReadme = ev('hunyuan-a13b-train-readme', '2025-07-08');
const notice = ev('hunyuan-a13b-notice', '2025-07-08');
const licenseText = ev('tencent-hunyuan-a13b-license', '2025-07-08');
const report = ev('hunyuan-a13b-report', '2025-06-26');
const openrouter = ev('openrouter-hunyuan-a13b-instruct', '2026-12');

export default defineVersion(maker, {
  id: 'hunyuan-a13b',
  name: 'Hunyuan-A13B',
  organization: 'Tencent (Hunyuan team)',
  firstRelease: '2025-06',
  releaseSource: 'hunyuan-a13b-first-commit',
  summary:
    'Tencent’s fine-grained mixture-of-experts language model with fast and slow reasoning modes and a 256K context, under a Tencent Hunyuan Community License that excludes the EU, UK and South Korea.',
  inputs: ['text', 'code'],
  outputs: ['text', 'code'],
  parameters: {
    status: 'disclosed',
    sizes: [{name: 'Hunyuan-A13B (Pretrain and Instruct)', total: 80e9, active: 13e9}],
    note: 'One shared and 64 routed experts, 8 routed experts active per token (technical report, table 1).',
    ...readme,
  },
  license: 'tencent-hunyuan-a13b-community',
  access: ['weights', 'api'],
  howToGet:
    'Download tencent/Hunyuan-A13B-Instruct (or the Pretrain, FP8 and GPTQ-Int4 checkpoints) from Hugging Face or ModelScope and serve it with vLLM, SGLang or TensorRT-LLM; OpenRouter and others host it.',
  openness: {
    weights: partial(
      readme,
      'Pretrain, Instruct, FP8 and Int4 checkpoints are on Hugging Face, under a custom license with a territory limit and use bans.',
    ),
    inferenceCode: partial(
      notice,
      'Model code and serving scripts are under the same community license, not an OSI one; the README relies on vLLM, SGLang and TensorRT-LLM images.',
    ),
    trainingCode: partial(
      trainReadme,
      'Fine-tuning scripts (full and LoRA, DeepSpeed) are included; pre-training and reinforcement-learning code is not in the repository.',
    ),
    trainingData: closed(
      report,
      'The 20T-token pre-training corpus and the post-training data were not released.',
    ),
    dataDocumentation: partial(
      report,
      'The report describes the cleaning pipeline, 20T tokens and a 250B-token STEM subset, and post-training data by category, not sources.',
    ),
    paper: open(
      report,
      'Technical report on the architecture, pre-training stages, four-stage post-training and evaluations.',
    ),
    modelCard: partial(
      readme,
      'The README gives the architecture, benchmarks, quantization and deployment, but no section on limitations or risks.',
    ),
    license: partial(
      licenseText,
      'Custom Tencent license: no rights in the EU, UK or South Korea, an acceptable-use policy and a 100M-user clause.',
    ),
    api: open(
      openrouter,
      'OpenRouter serves tencent/hunyuan-a13b-instruct; the README also links Tencent Cloud’s Hunyuan API, which we did not check for this model.',
    ),
  },
  guidePages: [G.alternatives],
  lastVerified: '2026-12-07',
  added: '2026-12-07',
  sources: [
    {
      id: 'hunyuan-a13b-first-commit',
      title: 'Hunyuan-A13B: “Tencent Hunyuan A13B opensource” (first commit df832eb)',
      publisher: 'Tencent Hunyuan on GitHub',
      url: 'https://github.com/Tencent-Hunyuan/Hunyuan-A13B/commit/df832ebcc42e64db91ec1a4eadb90c296f3c7346',
      published: '2025-06-27',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'hunyuan-a13b-readme',
      title: 'Hunyuan-A13B README: model introduction, benchmarks, quantization and deployment',
      publisher: 'Tencent Hunyuan on GitHub',
      url: 'https://github.com/Tencent-Hunyuan/Hunyuan-A13B/blob/2798f3c8b6a69e0ce93950b0d2417203cf950fa0/README.md',
      asOf: '2025-07-08',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'hunyuan-a13b-train-readme',
      title: 'Hunyuan-A13B train/README.md: data format and fine-tuning launch scripts',
      publisher: 'Tencent Hunyuan on GitHub',
      url: 'https://github.com/Tencent-Hunyuan/Hunyuan-A13B/blob/2798f3c8b6a69e0ce93950b0d2417203cf950fa0/train/README.md',
      asOf: '2025-07-08',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'hunyuan-a13b-notice',
      title: 'Hunyuan-A13B Notice.txt: what the community license covers and third-party components',
      publisher: 'Tencent Hunyuan on GitHub',
      url: 'https://github.com/Tencent-Hunyuan/Hunyuan-A13B/blob/2798f3c8b6a69e0ce93950b0d2417203cf950fa0/Notice.txt',
      asOf: '2025-07-08',
      kind: 'primary',
      topic: 'licenses',
    },
    {
      id: 'hunyuan-a13b-report',
      title: 'Hunyuan-A13B Technical Report',
      publisher: 'Tencent Hunyuan Team (PDF in the GitHub repository)',
      url: 'https://github.com/Tencent-Hunyuan/Hunyuan-A13B/blob/2798f3c8b6a69e0ce93950b0d2417203cf950fa0/report/Hunyuan_A13B_Technical_Report.pdf',
      published: '2025-06-26',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'openrouter-hunyuan-a13b-instruct',
      title: 'Tencent: Hunyuan A13B Instruct on OpenRouter (API page)',
      publisher: 'OpenRouter',
      url: 'https://openrouter.ai/tencent/hunyuan-a13b-instruct:free/api',
      asOf: '2026-12',
      kind: 'primary',
      topic: 'economics',
      note: 'The page listed a free variant, created on 8 July 2025.',
    },
  ],
});
