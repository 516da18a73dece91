/** GLM-4.5: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open, partial} from '../../../define';
import maker from '../maker';

const glmCard = ev('glm-4-5-card', '2025-07-28');
const glmRepo = ev('glm-4-5-repo', '2025-07-28');
const glmPaper = ev('glm-4-5-paper', '2025-08');

export default defineVersion(maker, {
  id: 'glm-4-5',
  name: 'GLM-4.5',
  organization: 'Z.ai (Zhipu AI)',
  firstRelease: '2025-07-28',
  releaseSource: 'glm-4-5-card',
  summary:
    'A mixture-of-experts model for reasoning, coding and agents, with a smaller Air variant, under the MIT license.',
  inputs: ['text', 'code'],
  outputs: ['text', 'code'],
  parameters: {
    status: 'disclosed',
    sizes: [
      {name: 'GLM-4.5', total: 3.55e11, active: 3.2e10},
      {name: 'GLM-4.5-Air', total: 1.06e11, active: 1.2e10},
    ],
    ...glmCard,
  },
  license: 'MIT',
  access: ['weights', 'api', 'app'],
  howToGet: "Download from Hugging Face (zai-org/GLM-4.5) or use Z.ai's API and chat app.",
  openness: {
    weights: open(glmCard, 'Base, hybrid-reasoning and FP8 weights under MIT, no gate.'),
    inferenceCode: open(glmRepo, 'Inference code and vLLM/SGLang instructions in zai-org/GLM-4.5.'),
    trainingCode: partial(
      glmPaper,
      'The reinforcement-learning framework is open source; pre-training code is not.',
    ),
    trainingData: closed(glmPaper, 'Training data not released.'),
    dataDocumentation: partial(glmPaper, 'The report describes data sources and stages in broad terms.'),
    paper: open(glmPaper, 'Technical report on arXiv with architecture and training details.'),
    modelCard: open(glmCard, 'Hugging Face model card with evaluation and usage.'),
    license: open(glmCard, 'MIT, an OSI-approved license.'),
    api: open(glmCard, "Served by Z.ai's API platform and by third-party hosts."),
  },
  guidePages: [G.alternatives],
  lastVerified: '2026-11-27',
  added: '2026-11-27',
  sources: [
    {
      id: 'glm-4-5-card',
      title: 'GLM-4.5 model card',
      publisher: 'Z.ai on Hugging Face',
      url: 'https://huggingface.co/zai-org/GLM-4.5',
      published: '2025-07-28',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'glm-4-5-paper',
      title: 'GLM-4.5: Agentic, Reasoning, and Coding (ARC) Foundation Models',
      publisher: 'GLM-4.5 Team, Zhipu AI and Tsinghua University (arXiv 2508.06471)',
      url: 'https://arxiv.org/abs/2508.06471',
      published: '2025-08',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'glm-4-5-repo',
      title: 'zai-org/GLM-4.5 repository',
      publisher: 'Z.ai on GitHub',
      url: 'https://github.com/zai-org/GLM-4.5',
      published: '2025-07-28',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
