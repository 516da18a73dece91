/**
 * MiniMax-M1: MiniMax's open-weight hybrid-attention reasoning model (456B total, 45.9B active), read
 * from the MiniMax-AI/MiniMax-M1 repository pinned at commit 2abb4f4 (2025-07-07).
 */
import {defineVersion, ev, G, open, partial, closed} from '../../../define';
import maker from '../maker';

const readme = ev('minimax-m1-readme', '2025-07-07');
const licenseText = ev('minimax-m1-license', '2025-07-07');
const report = ev('minimax-m1-report', '2025-06-16');

export default defineVersion(maker, {
  id: 'minimax-m1',
  name: 'MiniMax-M1',
  organization: 'MiniMax',
  firstRelease: '2025-06-16',
  releaseSource: 'minimax-m1-release-commit',
  summary:
    'MiniMax’s open-weight reasoning model: a mixture-of-experts with lightning (linear) attention, 1M-token context and 40K or 80K thinking budgets, under Apache 2.0.',
  inputs: ['text', 'code'],
  outputs: ['text', 'code'],
  parameters: {
    status: 'disclosed',
    sizes: [{name: 'MiniMax-M1-40k, MiniMax-M1-80k', total: 456e9, active: 45.9e9}],
    note: 'Both versions share the architecture of MiniMax-Text-01, which they continue from; the 40K model is an intermediate checkpoint of the 80K training.',
    ...report,
  },
  license: 'Apache-2.0',
  access: ['weights', 'api', 'app'],
  howToGet:
    'Download MiniMaxAI/MiniMax-M1-40k or -80k from Hugging Face and serve it with vLLM or Transformers, or use MiniMax’s chatbot and API platform.',
  openness: {
    weights: open(
      readme,
      'The 40K and 80K thinking-budget checkpoints download from Hugging Face under Apache 2.0.',
    ),
    inferenceCode: open(
      readme,
      'Apache-2.0 modeling code in the repository, with vLLM and Transformers deployment and function-calling guides.',
    ),
    trainingCode: closed(
      readme,
      'The repository holds model and deployment code only; the continual-pretraining, SFT and CISPO reinforcement-learning code was not released.',
    ),
    trainingData: closed(
      report,
      'Neither the 7.5T-token continual-pretraining corpus nor the SFT and RL data were released.',
    ),
    dataDocumentation: partial(
      report,
      'The report gives the 7.5T-token mixture (70% STEM, code, book and reasoning data) and the RL task categories, not a source list.',
    ),
    paper: open(
      report,
      'Technical report (arXiv 2506.13585) on the hybrid-attention MoE, continual pretraining, SFT, the CISPO RL algorithm and evaluations.',
    ),
    modelCard: partial(
      readme,
      'The README gives benchmarks with methodology, sampling and prompt advice and deployment, but no limitations or risks section.',
    ),
    license: open(licenseText, 'Apache 2.0 (copyright 2025 MiniMax), an OSI-approved license.'),
    api: open(
      readme,
      'MiniMax offers the model through its chatbot and its online API platform for developers.',
    ),
  },
  guidePages: [G.alternatives],
  lastVerified: '2026-12-07',
  added: '2026-12-07',
  sources: [
    {
      id: 'minimax-m1-release-commit',
      title: 'MiniMax-M1: “add README and model files” (commit 4917af1)',
      publisher: 'MiniMax on GitHub',
      url: 'https://github.com/MiniMax-AI/MiniMax-M1/commit/4917af1b9b77cdf6fafa78f31779fdb20cc18e79',
      published: '2025-06-16',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'minimax-m1-readme',
      title: 'MiniMax-M1 README: overview, evaluation, usage recommendations, deployment and API',
      publisher: 'MiniMax on GitHub',
      url: 'https://github.com/MiniMax-AI/MiniMax-M1/blob/2abb4f45a9df4154b4bde024d51874bd127edcee/README.md',
      asOf: '2025-07-07',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'minimax-m1-license',
      title: 'MiniMax-M1 LICENSE (Apache License 2.0)',
      publisher: 'MiniMax on GitHub',
      url: 'https://github.com/MiniMax-AI/MiniMax-M1/blob/2abb4f45a9df4154b4bde024d51874bd127edcee/LICENSE',
      asOf: '2025-07-07',
      kind: 'primary',
      topic: 'licenses',
    },
    {
      id: 'minimax-m1-report',
      title:
        'MiniMax-M1: Scaling Test-Time Compute Efficiently with Lightning Attention (technical report PDF)',
      publisher: 'MiniMax (arXiv 2506.13585; PDF in the GitHub repository)',
      url: 'https://github.com/MiniMax-AI/MiniMax-M1/blob/2abb4f45a9df4154b4bde024d51874bd127edcee/MiniMax_M1_tech_report.pdf',
      published: '2025-06-16',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
