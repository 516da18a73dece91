/** The gpt-oss family: what its page says and the sources its versions share. Each version is a folder beside this file. */
import {defineFamily} from '../../../define';
import maker from '../maker';

export default defineFamily(maker, {
  id: 'gpt-oss',
  name: 'gpt-oss',
  summary:
    'OpenAI’s open-weight reasoning models, released alongside its closed GPT line, plus a safety-classifier variant built on them.',
  sources: [
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
      id: 'gpt-oss-repo',
      title: 'openai/gpt-oss repository (README and license)',
      publisher: 'OpenAI on GitHub',
      url: 'https://github.com/openai/gpt-oss',
      asOf: '2026-06',
      kind: 'primary',
      topic: 'gpt-oss',
    },
    {
      id: 'gpt-oss-usage-policy',
      title: 'gpt-oss usage policy',
      publisher: 'OpenAI on GitHub',
      url: 'https://github.com/openai/gpt-oss/blob/main/USAGE_POLICY',
      asOf: '2026-06',
      kind: 'primary',
      topic: 'gpt-oss',
    },
    {
      id: 'introducing-gpt-oss',
      title: 'Introducing gpt-oss',
      publisher: 'OpenAI',
      url: 'https://openai.com/index/introducing-gpt-oss/',
      published: '2025-08-05',
      kind: 'primary',
      topic: 'gpt-oss',
    },
  ],
});
