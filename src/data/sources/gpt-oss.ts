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
    asOf: '2026-06',
    kind: 'primary',
    topic: 'gpt-oss',
  },
  {
    id: 'gpt-oss-benchmarks-accenture',
    title: 'openai/gpt-oss-120b model catalog entry (reproduces the model card benchmark table)',
    publisher: 'Accenture AI Refinery SDK docs',
    asOf: '2026',
    kind: 'secondary',
    topic: 'gpt-oss',
  },
  {
    id: 'gpt-oss-model-card',
    title: 'gpt-oss-120b & gpt-oss-20b Model Card',
    publisher: 'OpenAI (arXiv 2508.10925)',
    published: '2025-08',
    kind: 'primary',
    topic: 'gpt-oss',
  },
  {
    id: 'gpt-oss-repo',
    title: 'openai/gpt-oss repository (README and license)',
    publisher: 'OpenAI on GitHub',
    asOf: '2026-06',
    kind: 'primary',
    topic: 'gpt-oss',
  },
  {
    id: 'gpt-oss-safeguard-card',
    title: 'openai/gpt-oss-safeguard-20b model card',
    publisher: 'OpenAI on Hugging Face',
    asOf: '2026-06',
    kind: 'primary',
    topic: 'gpt-oss',
  },
  {
    id: 'gpt-oss-safeguard-collection',
    title: 'gpt-oss-safeguard collection',
    publisher: 'OpenAI on Hugging Face',
    published: '2025-10-29',
    kind: 'primary',
    topic: 'gpt-oss',
  },
  {
    id: 'gpt-oss-text-only-omeganext',
    title: 'OpenAI launches first open-weight LLMs since GPT-2 with gpt-oss',
    publisher: 'OmegaNext News',
    published: '2025-08-05',
    kind: 'secondary',
    topic: 'gpt-oss',
  },
  {
    id: 'gpt-oss-usage-policy',
    title: 'gpt-oss usage policy',
    publisher: 'OpenAI on GitHub',
    asOf: '2026-06',
    kind: 'primary',
    topic: 'gpt-oss',
  },
  {
    id: 'introducing-gpt-oss',
    title: 'Introducing gpt-oss',
    publisher: 'OpenAI',
    published: '2025-08-05',
    kind: 'primary',
    topic: 'gpt-oss',
  },
  {
    id: 'openai-harmony-repo',
    title: 'openai/harmony repository',
    publisher: 'OpenAI on GitHub',
    asOf: '2026-06',
    kind: 'primary',
    topic: 'gpt-oss',
  },
  {
    id: 'particle-gpt-oss-first-since-gpt2',
    title: 'OpenAI unveils first open-weight models since GPT-2',
    publisher: 'Particle News',
    published: '2025-08',
    kind: 'secondary',
    topic: 'gpt-oss',
  },
  {
    id: 'yourstory-gpt-oss-release',
    title: 'OpenAI releases gpt-oss-120b and gpt-oss-20b models',
    publisher: 'YourStory',
    published: '2025-08',
    kind: 'secondary',
    topic: 'gpt-oss',
  },
]);
