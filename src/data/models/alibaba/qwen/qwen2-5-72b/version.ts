/**
 * Qwen2.5-72B: the largest open Qwen2.5 model, read from the QwenLM/Qwen2.5 README pinned at
 * commit 486bf75 (2025-01-12), its Hugging Face card and license pinned at commits, and the
 * Qwen2.5 technical report. Unlike most smaller Qwen2.5 sizes it is not under Apache 2.0.
 */
import {defineVersion, ev, G, closed, open, partial} from '../../../../define';
import family from '../family';

const readme = ev('qwen2-5-readme', '2025-01-12');
const card = ev('qwen2-5-72b-card', '2026-12');
const report = ev('qwen25-tech-report', '2024-12');
const together = ev('bifrost-together-qwen2-5-72b', '2026-12');

export default defineVersion(family, {
  id: 'qwen2-5-72b',
  name: 'Qwen2.5-72B',
  organization: 'Alibaba Cloud (Qwen team)',
  firstRelease: '2024-09-19',
  releaseSource: 'qwen2-5-readme',
  summary:
    'The largest open Qwen2.5 model (base and instruct, 18T pretraining tokens, 128K context), under Alibaba’s own Qwen license while most smaller Qwen2.5 sizes are Apache 2.0.',
  inputs: ['text'],
  outputs: ['text', 'code'],
  parameters: {
    status: 'disclosed',
    sizes: [{name: '72B (base and instruct)', total: 7.2e10}],
    note: 'The size as the README names it; we did not check an exact count.',
    ...readme,
  },
  license: 'qwen-license',
  access: ['weights', 'api'],
  howToGet:
    'Download Qwen/Qwen2.5-72B or Qwen/Qwen2.5-72B-Instruct from Hugging Face or ModelScope and run it with Transformers, vLLM, SGLang, Ollama or llama.cpp.',
  openness: {
    weights: partial(
      readme,
      'Weights are public, but the 72B (like the 3B) is left out of the Apache 2.0 that covers the other Qwen2.5 sizes.',
    ),
    inferenceCode: open(
      readme,
      'The README documents open runtimes for it: Transformers, vLLM, SGLang, Ollama and llama.cpp.',
    ),
    trainingCode: closed(
      readme,
      'No training code; the README points to third-party fine-tuning tools such as Axolotl and LLaMA-Factory.',
    ),
    trainingData: closed(report, 'The 18T-token pretraining set was not released.'),
    dataDocumentation: partial(
      report,
      'The report gives the 18T-token scale and describes filtering and data mixing, not a list of sources.',
    ),
    paper: open(
      report,
      'Qwen2.5 technical report on arXiv: architecture, 18T-token pretraining, SFT on 1M+ samples, multi-stage RL, evaluations.',
    ),
    modelCard: partial(
      card,
      'A short Hugging Face card (under 4 KB) listing features, context length and the qwen license tag.',
    ),
    license: partial(
      readme,
      'The README puts every open Qwen2.5 model except the 3B and 72B under Apache 2.0; the 72B has the custom Qwen license.',
    ),
    api: open(
      together,
      'Hosted by third parties: a price directory lists Qwen2.5-72B-Instruct-Turbo on Together AI, billed per token.',
    ),
  },
  guidePages: [G.alternatives],
  lastVerified: '2026-12-07',
  added: '2026-12-07',
  sources: [
    {
      id: 'qwen2-5-readme',
      title: 'QwenLM/Qwen2.5 README (commit 486bf75): model sizes, news, deployment and license sections',
      publisher: 'Qwen team (Alibaba Cloud) on GitHub',
      url: 'https://github.com/QwenLM/Qwen2.5/blob/486bf7575c9bc9e9b55826e18e7c15beba4d381f/README.md',
      asOf: '2025-01-12',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'qwen2-5-72b-card',
      title: 'Qwen/Qwen2.5-72B model card (README, commit 91ba984)',
      publisher: 'Qwen on Hugging Face',
      url: 'https://huggingface.co/Qwen/Qwen2.5-72B/blob/91ba9841ba07ae80abda0771c034431527a5fa09/README.md',
      asOf: '2026-12',
      kind: 'primary',
      topic: 'models',
      note: 'Pinned at a commit whose date we did not see; checked in December 2026.',
    },
    {
      id: 'bifrost-together-qwen2-5-72b',
      title: 'Qwen2.5-72B-Instruct-Turbo on Together AI (model price directory)',
      publisher: 'Maxim AI (Bifrost model library)',
      url: 'https://www.getmaxim.ai/bifrost/model-library/compare/together_ai/qwen2.5-72b-instruct-turbo',
      asOf: '2026-12',
      kind: 'secondary',
      topic: 'economics',
    },
  ],
});
