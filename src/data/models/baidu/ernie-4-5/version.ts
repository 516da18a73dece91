/**
 * ERNIE 4.5: Baidu's open-weight family of mixture-of-experts language and vision-language models
 * and a 0.3B dense model (June 2025), read from Baidu's release blog and Hugging Face pages.
 */
import {defineVersion, ev, G, open, partial, closed} from '../../../define';
import maker from '../maker';

const blog = ev('ernie-4-5-blog', '2025-06-30');
const card = ev('ernie-4-5-300b-base-card', '2026-12');
const transformersDoc = ev('transformers-ernie-4-5-moe-doc', '2026-12');
const aimlapi = ev('aimlapi-ernie-4-5-300b', '2026-12');

export default defineVersion(maker, {
  id: 'ernie-4-5',
  name: 'ERNIE 4.5',
  organization: 'Baidu',
  firstRelease: '2025-06-30',
  releaseSource: 'ernie-4-5-blog',
  summary:
    'Baidu’s ten-model open family: text and vision-language mixture-of-experts models (3B or 47B active) and a 0.3B dense model, under Apache 2.0.',
  inputs: ['text', 'image'],
  outputs: ['text'],
  parameters: {
    status: 'disclosed',
    sizes: [
      {name: 'ERNIE-4.5-300B-A47B', total: 300e9, active: 47e9},
      {name: 'ERNIE-4.5-21B-A3B', total: 21e9, active: 3e9},
      {name: 'ERNIE-4.5-VL-424B-A47B', total: 424e9, active: 47e9},
      {name: 'ERNIE-4.5-VL-28B-A3B', total: 28e9, active: 3e9},
      {name: 'ERNIE-4.5-0.3B (dense)', total: 0.3e9},
    ],
    note: 'Sizes as the model names give them; the blog confirms 47B and 3B active, 424B for the largest and a 0.3B dense model. Each has a base and a post-trained version.',
    ...blog,
  },
  license: 'Apache-2.0',
  access: ['weights', 'api'],
  howToGet:
    'Download a checkpoint from Hugging Face (baidu/ERNIE-4.5-…, "-Paddle" or PyTorch "-PT" weights) or AI Studio and run it with FastDeploy, Transformers or vLLM; third-party APIs host the 300B model.',
  openness: {
    weights: open(
      blog,
      'All ten variants, base and post-trained, are public under Apache 2.0, downloadable from Hugging Face.',
    ),
    inferenceCode: open(
      transformersDoc,
      'The PyTorch weights run in Hugging Face Transformers (support added in July 2025); Baidu’s own FastDeploy serves the Paddle weights.',
    ),
    trainingCode: partial(
      blog,
      'ERNIEKit offers pre-training, SFT, LoRA, DPO and quantization-aware training; we could not confirm it is the code that trained these models.',
    ),
    trainingData: closed(
      blog,
      'The release covers weights and toolkits; the training data was not released.',
    ),
    dataDocumentation: closed(
      blog,
      'The blog and the cards we read do not describe the training data; the technical report, which we did not read, may. Rated conservatively.',
    ),
    paper: partial(
      blog,
      'Baidu published a technical report; we read only the blog’s summary of the architecture, infrastructure and post-training, so we rate it conservatively.',
    ),
    modelCard: partial(
      card,
      'Hugging Face cards give highlights, weight formats and usage; benchmarks are in the blog. We saw no limitations or risks section.',
    ),
    license: open(
      blog,
      'Apache 2.0 for all ERNIE 4.5 models, commercial use included, an OSI-approved license.',
    ),
    api: open(
      aimlapi,
      'Third-party hosts such as AI/ML API serve ERNIE-4.5-300B-A47B; Baidu’s own API offer is not in the sources we read.',
    ),
  },
  guidePages: [G.alternatives],
  lastVerified: '2026-12-07',
  added: '2026-12-07',
  sources: [
    {
      id: 'ernie-4-5-blog',
      title: 'Announcing the Open Source Release of the ERNIE 4.5 Model Family',
      publisher: 'Baidu ERNIE team',
      url: 'https://ernie.baidu.com/blog/posts/ernie4.5/',
      published: '2025-06-30',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'ernie-4-5-300b-base-card',
      title: 'ERNIE-4.5-300B-A47B-Base-Paddle model card',
      publisher: 'Baidu on Hugging Face',
      url: 'https://huggingface.co/baidu/ERNIE-4.5-300B-A47B-Base-Paddle',
      asOf: '2026-12',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'transformers-ernie-4-5-moe-doc',
      title: 'Ernie 4.5 Moe (Hugging Face Transformers documentation)',
      publisher: 'Hugging Face',
      url: 'https://huggingface.co/docs/transformers/main/en/model_doc/ernie4_5_moe',
      asOf: '2026-12',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'aimlapi-ernie-4-5-300b',
      title: 'ernie-4.5-300b-a47b API reference (baidu/ernie-4.5-300b-a47b)',
      publisher: 'AI/ML API documentation',
      url: 'https://docs.aimlapi.com/api-references/text-models-llm/baidu/ernie-4.5-300b-a47b.md',
      asOf: '2026-12',
      kind: 'primary',
      topic: 'economics',
    },
  ],
});
