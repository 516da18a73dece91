/** Kimi K2: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open, partial} from '../../../define';
import maker from '../maker';

const kimiRepo = ev('kimi-k2-repo', '2025-07');
const kimiPaper = ev('kimi-k2-paper', '2025-07');
const kimiLicense = ev('kimi-k2-license', '2025-07');
const kimiApi = ev('moonshot-platform-docs', '2025-11');

export default defineVersion(maker, {
  id: 'kimi-k2',
  name: 'Kimi K2',
  organization: 'Moonshot AI',
  firstRelease: '2025-07-11',
  releaseSource: 'kimi-k2-repo',
  summary:
    'A 1-trillion-parameter mixture-of-experts model for coding and agents, under a modified MIT license with an attribution rule.',
  inputs: ['text', 'code'],
  outputs: ['text', 'code'],
  parameters: {
    status: 'disclosed',
    sizes: [{total: 1e12, active: 3.2e10}],
    note: 'Base and Instruct variants; Kimi K2 Thinking (November 2025) builds on the same base.',
    ...kimiRepo,
  },
  license: 'kimi-k2-modified-mit',
  access: ['weights', 'api', 'app'],
  howToGet:
    "Download from Hugging Face (moonshotai), use Moonshot's API or the Kimi app; self-hosting needs a multi-GPU server.",
  openness: {
    weights: open(kimiRepo, 'Base and Instruct weights downloadable without a gate.'),
    inferenceCode: open(kimiRepo, 'Deployment guides for vLLM, SGLang and other open engines.'),
    trainingCode: closed(kimiPaper, 'Training code not released.'),
    trainingData: closed(kimiPaper, 'About 15.5T pre-training tokens; not released.'),
    dataDocumentation: partial(
      kimiPaper,
      'The report describes data domains and rephrasing, not the datasets.',
    ),
    paper: open(kimiPaper, 'Technical report on arXiv with architecture, optimizer and training details.'),
    modelCard: open(kimiRepo, 'README model card with architecture, evaluation and usage.'),
    license: partial(
      kimiLicense,
      'MIT with an added rule: very large products must show "Kimi K2" in their UI.',
    ),
    api: open(kimiApi, "Available on Moonshot's API platform and through third-party hosts."),
  },
  guidePages: [G.alternatives],
  lastVerified: '2026-11-27',
  added: '2026-11-27',
  sources: [
    {
      id: 'kimi-k2-paper',
      title: 'Kimi K2: Open Agentic Intelligence',
      publisher: 'Kimi Team, Moonshot AI (arXiv 2507.20534)',
      url: 'https://arxiv.org/abs/2507.20534',
      published: '2025-07',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'kimi-k2-repo',
      title: 'MoonshotAI/Kimi-K2 repository',
      publisher: 'Moonshot AI on GitHub',
      url: 'https://github.com/MoonshotAI/Kimi-K2',
      published: '2025-07',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'moonshot-platform-docs',
      title: 'Moonshot AI open platform: documentation overview',
      publisher: 'Moonshot AI',
      url: 'https://platform.moonshot.ai/docs/overview',
      asOf: '2025-11',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
