/** DeepSeek-R1: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open, partial} from '../../../../define';
import family from '../family';

const dsR1 = ev('deepseek-r1-repo', '2026-06');
const dsR1Paper = ev('deepseek-r1-paper', '2025-01');
const dsR1License = ev('deepseek-r1-license-section', '2025-04-09');

export default defineVersion(family, {
  id: 'deepseek-r1',
  name: 'DeepSeek-R1',
  organization: 'DeepSeek (Hangzhou, China)',
  firstRelease: '2025-01',
  releaseSource: 'deepseek-r1-repo',
  summary:
    "A reasoning model trained with large-scale reinforcement learning on DeepSeek-V3-Base; the 671B weights are MIT-licensed, the distilled models keep their base models' licenses.",
  inputs: ['text'],
  outputs: ['text'],
  parameters: {
    status: 'disclosed',
    sizes: [{total: 6.71e11, active: 3.7e10}],
    note: 'Distilled versions from 1.5B to 70B were released too: the Qwen-based ones derive from Apache-2.0 Qwen2.5, the Llama-based 8B and 70B stay under the Llama 3.1 and Llama 3.3 licenses.',
    ...dsR1,
  },
  license: 'MIT',
  access: ['weights', 'api', 'app'],
  howToGet:
    'Download from Hugging Face (deepseek-ai); distilled sizes run in Ollama; DeepSeek also runs a chatbot and API.',
  openness: {
    weights: open(dsR1, 'Weights released under MIT.'),
    inferenceCode: open(
      dsR1,
      'Runs with the MIT-licensed DeepSeek-V3 code and open engines the README lists (vLLM, SGLang).',
    ),
    trainingCode: closed(dsR1, 'Training code not released.'),
    trainingData: closed(dsR1, 'Training data not released.'),
    dataDocumentation: partial(
      dsR1Paper,
      'The paper describes the cold-start and reinforcement-learning data in outline; the base data is only sized.',
    ),
    paper: open(dsR1Paper, 'Paper on arXiv describing the reinforcement-learning recipe and distillation.'),
    modelCard: partial(dsR1, 'The README gives benchmarks and usage; no intended uses or limits.'),
    license: open(
      dsR1License,
      'MIT for R1 itself. Not every distill is MIT: the Llama-based 8B and 70B distills remain under the Llama 3.1 and 3.3 licenses.',
    ),
    api: open(dsR1, 'OpenAI-compatible API from DeepSeek.'),
  },
  guidePages: [G.alternatives, G.choose],
  lastVerified: '2026-11-27',
  added: '2026-11-23',
  trackers: {
    eu: {file: 'deepseek-R1.yaml', role: 'end', note: 'DeepSeek-R1.'},
    mot: {file: 'DeepSeek-R1.yml', note: 'DeepSeek-R1.'},
  },
  timelineLabel: 6,
  sources: [
    {
      id: 'deepseek-r1-license-section',
      title: 'DeepSeek-R1 README, section 7: License',
      publisher: 'DeepSeek on GitHub',
      url: 'https://github.com/deepseek-ai/DeepSeek-R1#7-license',
      asOf: '2025-04-09',
      kind: 'primary',
      topic: 'licenses',
    },
    {
      id: 'deepseek-r1-paper',
      title: 'DeepSeek-R1: Incentivizing Reasoning Capability in LLMs via Reinforcement Learning',
      publisher: 'DeepSeek-AI (arXiv 2501.12948)',
      url: 'https://arxiv.org/abs/2501.12948',
      published: '2025-01',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
