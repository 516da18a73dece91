/** Qwen3-Coder: its record, ratings with evidence, and the sources only it cites. */
import {defineVersion, ev, G, closed, open, partial} from '../../../../define';
import family from '../family';

const qwenCoderCard = ev('qwen3-coder-card', '2025-07-22');
const qwenCode = ev('qwen-code-repo', '2025-07');
const qwenCoderBlog = ev('qwen3-coder-blog', '2025-07-22');
const qwen3Report = ev('qwen3-report', '2025-05');

export default defineVersion(family, {
  id: 'qwen3-coder',
  name: 'Qwen3-Coder',
  organization: 'Alibaba Cloud (Qwen team)',
  firstRelease: '2025-07-22',
  releaseSource: 'qwen3-coder-blog',
  summary:
    "Qwen's agentic coding model family; the flagship is a 480B mixture-of-experts model under Apache 2.0.",
  inputs: ['text', 'code'],
  outputs: ['text', 'code'],
  parameters: {
    status: 'disclosed',
    sizes: [{name: '480B-A35B', total: 4.8e11, active: 3.5e10}],
    note: 'A smaller 30B-A3B version followed.',
    ...qwenCoderCard,
  },
  license: 'Apache-2.0',
  access: ['weights', 'api'],
  howToGet:
    "Download from Hugging Face (Qwen/Qwen3-Coder-480B-A35B-Instruct), use Alibaba Cloud's API, or run it from the Qwen Code command-line tool.",
  openness: {
    weights: open(qwenCoderCard, 'Weights on Hugging Face under Apache 2.0, no gate.'),
    inferenceCode: open(qwenCode, 'Runs in Transformers and vLLM; the Qwen Code agent tool is open source.'),
    trainingCode: closed(qwenCoderBlog, 'Training code not released.'),
    trainingData: closed(qwenCoderBlog, 'Training data not released.'),
    dataDocumentation: partial(
      qwenCoderBlog,
      'The release post gives token counts and the code share, not the datasets.',
    ),
    paper: partial(qwen3Report, 'The Qwen3 technical report covers the family; no separate Coder report.'),
    modelCard: open(qwenCoderCard, 'Hugging Face model card with usage, settings and evaluation.'),
    license: open(qwenCoderCard, 'Apache 2.0, an OSI-approved license.'),
    api: open(qwenCoderBlog, "Offered through Alibaba Cloud's model API and third-party hosts."),
  },
  guidePages: [G.alternatives],
  lastVerified: '2026-11-27',
  added: '2026-11-27',
  sources: [
    {
      id: 'qwen-code-repo',
      title: 'QwenLM/qwen-code repository',
      publisher: 'QwenLM on GitHub',
      url: 'https://github.com/QwenLM/qwen-code',
      asOf: '2025-07',
      kind: 'primary',
      topic: 'tools',
    },
    {
      id: 'qwen3-coder-blog',
      title: 'Qwen3-Coder: announcement',
      publisher: 'Qwen Team blog',
      url: 'https://qwenlm.github.io/blog/qwen3-coder/',
      published: '2025-07-22',
      kind: 'primary',
      topic: 'models',
    },
    {
      id: 'qwen3-coder-card',
      title: 'Qwen3-Coder-480B-A35B-Instruct model card',
      publisher: 'Qwen on Hugging Face',
      url: 'https://huggingface.co/Qwen/Qwen3-Coder-480B-A35B-Instruct',
      published: '2025-07-22',
      kind: 'primary',
      topic: 'models',
    },
  ],
});
