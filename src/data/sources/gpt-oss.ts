import {defineSources} from './define';

/**
 * Topic "gpt-oss": gpt-oss: OpenAI's open-weight models, their card, repository and hosts.
 * Records sorted by id. See ./index.ts for how to add one.
 */
export const sources = defineSources([
  {
    id: 'gpt-oss-20b-hf',
    title: 'openai/gpt-oss-20b model page',
    publisher: 'OpenAI on Hugging Face',
    url: 'https://huggingface.co/openai/gpt-oss-20b',
    asOf: '2026-06',
    kind: 'primary',
    topic: 'gpt-oss',
  },
  {
    id: 'gpt-oss-benchmarks-accenture',
    title: 'openai/gpt-oss-120b model catalog entry (reproduces the model card benchmark table)',
    publisher: 'Accenture AI Refinery SDK docs',
    url: 'https://sdk.airefinery.accenture.com/distiller/model_catalog/LLMs/openai/gpt-oss-120b',
    asOf: '2026',
    kind: 'secondary',
    topic: 'gpt-oss',
  },
  {
    id: 'gpt-oss-text-only-omeganext',
    title: 'OpenAI launches first open-weight LLMs since GPT-2 with gpt-oss',
    publisher: 'OmegaNext News',
    url: 'https://news.omeganext.com/en/article/2025-08-05-openai-launches-first-open-weight-llms-since-gpt-2-with-gpt-oss',
    published: '2025-08-05',
    kind: 'secondary',
    topic: 'gpt-oss',
  },
  {
    id: 'openai-harmony-repo',
    title: 'openai/harmony repository',
    publisher: 'OpenAI on GitHub',
    url: 'https://github.com/openai/harmony',
    asOf: '2026-06',
    kind: 'primary',
    topic: 'gpt-oss',
  },
  {
    id: 'particle-gpt-oss-first-since-gpt2',
    title: 'OpenAI unveils first open-weight models since GPT-2',
    publisher: 'Particle News',
    url: 'https://particle.news/story/openai-unveils-first-open-weight-models-since-gpt-2-run-on-common-hardware',
    published: '2025-08',
    kind: 'secondary',
    topic: 'gpt-oss',
  },
  {
    id: 'yourstory-gpt-oss-release',
    title: 'OpenAI releases gpt-oss-120b and gpt-oss-20b models',
    publisher: 'YourStory',
    url: 'https://yourstory.com/ai-story/openai-gpt-oss-120b-20b-models-release',
    published: '2025-08',
    kind: 'secondary',
    topic: 'gpt-oss',
  },
]);
