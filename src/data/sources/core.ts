import type {Source} from '../types';

/** Sources used across many pages. Topic files beside this one hold the rest. */
export const sources = [
  {
    id: 'gpt4-technical-report',
    title: 'GPT-4 Technical Report',
    publisher: 'OpenAI (arXiv 2303.08774)',
    url: 'https://arxiv.org/abs/2303.08774',
    published: '2023-03-15',
    kind: 'primary',
    topic: 'chatgpt',
  },
  {
    id: 'gpt-oss-repo',
    title: 'openai/gpt-oss repository (README and license)',
    publisher: 'OpenAI on GitHub',
    url: 'https://github.com/openai/gpt-oss',
    asOf: '2026-06',
    kind: 'primary',
    topic: 'gpt-oss',
  },
  {
    id: 'gpt-oss-model-card',
    title: 'gpt-oss-120b & gpt-oss-20b Model Card',
    publisher: 'OpenAI (arXiv 2508.10925)',
    url: 'https://arxiv.org/abs/2508.10925',
    published: '2025-08',
    kind: 'primary',
    topic: 'gpt-oss',
  },
  {
    id: 'osi-osaid',
    title: 'The Open Source AI Definition 1.0',
    publisher: 'Open Source Initiative',
    url: 'https://opensource.org/ai/open-source-ai-definition',
    published: '2024-10-28',
    kind: 'primary',
    topic: 'definitions',
  },
  {
    id: 'osi-osd',
    title: 'The Open Source Definition',
    publisher: 'Open Source Initiative',
    url: 'https://opensource.org/osd',
    asOf: '2026-06',
    kind: 'primary',
    topic: 'definitions',
  },
  {
    id: 'osi-ai-hub',
    title: 'Open Source AI (definition hub and validation results)',
    publisher: 'Open Source Initiative',
    url: 'https://opensource.org/ai',
    asOf: '2026-06',
    kind: 'primary',
    topic: 'definitions',
  },
] as const satisfies readonly Source[];
