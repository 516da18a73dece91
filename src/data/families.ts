/**
 * Model families: which records in src/data/models/ belong to one named line of releases
 * ("Llama", "Gemma", "GPT"). Each family gets a page at /models/<id>/ (src/plugins/dataset) that
 * answers "Is <family> open source?" from its members' computed verdicts (src/lib/families.ts).
 *
 * Rules, checked by tests/unit/families.test.ts:
 *  - every member id exists in src/data/models/ (typechecked: ModelId), and a model belongs to at most one family;
 *  - a family id never equals a model id (both live under /models/), hence `claude-family`,
 *    `gemini-family` and `olmo-family` where the plain name is already a model record;
 *  - a family has at least two members: a one-model family would only repeat its model page.
 *
 * Fine-tunes by another maker stay out of the base family (Tülu 3 is Ai2's, built on Llama 3.1).
 */

import type {ModelId} from './models';

export interface ModelFamily {
  /** Kebab-case, never equal to a model id; the page path /models/<id>/. */
  id: string;
  /** How readers name it: "Llama", "GPT". */
  name: string;
  /** Who makes it, short form. */
  maker: string;
  /** Member model ids (any order: pages sort them newest first); a typo fails typechecking. */
  models: ModelId[];
  /** One sentence in our own words: what the family is. No figures here: they come from records. */
  summary: string;
}

export const families: ModelFamily[] = [
  {
    id: 'llama',
    name: 'Llama',
    maker: 'Meta',
    models: ['llama-1', 'llama-2', 'llama-3', 'llama-3-1-405b', 'llama-3-3-70b', 'llama-4-maverick'],
    summary:
      'Meta’s line of large language models; every generation has shipped its weights (the first only to approved researchers) under a license Meta wrote itself.',
  },
  {
    id: 'gpt',
    name: 'GPT',
    maker: 'OpenAI',
    models: ['gpt-2', 'gpt-3', 'gpt-3-5', 'gpt-4', 'gpt-4o', 'gpt-5', 'gpt-5-2', 'gpt-5-5'],
    summary:
      'OpenAI’s main model line, the models behind ChatGPT; OpenAI’s separate open-weight models have their own page (gpt-oss).',
  },
  {
    id: 'gpt-oss',
    name: 'gpt-oss',
    maker: 'OpenAI',
    models: ['gpt-oss-120b', 'gpt-oss-20b', 'gpt-oss-safeguard-120b'],
    summary:
      'OpenAI’s open-weight reasoning models, released alongside its closed GPT line, plus a safety-classifier variant built on them.',
  },
  {
    id: 'deepseek',
    name: 'DeepSeek',
    maker: 'DeepSeek',
    models: ['deepseek-v3', 'deepseek-r1', 'deepseek-v3-2'],
    summary:
      'Large mixture-of-experts models from the Hangzhou lab DeepSeek, released with downloadable weights.',
  },
  {
    id: 'qwen',
    name: 'Qwen',
    maker: 'Alibaba Cloud',
    models: ['qwen3-235b', 'qwen3-coder'],
    summary: 'Alibaba Cloud’s Qwen team’s models; the Qwen3 generation covers general chat and coding.',
  },
  {
    id: 'gemma',
    name: 'Gemma',
    maker: 'Google DeepMind',
    models: ['gemma-1', 'gemma-3-27b', 'gemma-4'],
    summary:
      'Google DeepMind’s downloadable models, built from the same research as its closed Gemini; the license changed between generations.',
  },
  {
    id: 'gemini-family',
    name: 'Gemini',
    maker: 'Google',
    models: ['gemini', 'gemini-3-1-pro'],
    summary:
      'Google’s flagship assistant and model line (formerly Bard), offered through Google’s apps and API.',
  },
  {
    id: 'claude-family',
    name: 'Claude',
    maker: 'Anthropic',
    models: ['claude', 'claude-opus-5-5'],
    summary:
      'Anthropic’s assistant and model line, offered through Anthropic’s apps, its API and cloud partners.',
  },
  {
    id: 'mistral',
    name: 'Mistral',
    maker: 'Mistral AI',
    models: ['mistral-7b', 'mixtral-8x7b', 'mistral-large-3'],
    summary:
      'Models from Mistral AI that it released with downloadable weights; this page covers the releases the guide has records for.',
  },
  {
    id: 'olmo-family',
    name: 'OLMo',
    maker: 'Ai2',
    models: ['olmo', 'olmo-2-32b', 'olmo-3'],
    summary:
      'The Allen Institute for AI’s fully open models: weights together with the training data, code and logs behind them.',
  },
  {
    id: 'falcon',
    name: 'Falcon',
    maker: 'Technology Innovation Institute',
    models: ['falcon-40b', 'falcon-180b'],
    summary:
      'Models from Abu Dhabi’s Technology Innovation Institute; its two largest early releases used different licenses.',
  },
  {
    id: 'grok',
    name: 'Grok',
    maker: 'xAI',
    models: ['grok-1', 'grok-2-5'],
    summary:
      'xAI’s models; this page covers the two generations whose weights xAI has released, not the Grok models it serves in its apps.',
  },
  {
    id: 'command',
    name: 'Command',
    maker: 'Cohere',
    models: ['command-r-plus', 'command-a'],
    summary: 'Cohere’s enterprise models, whose weights Cohere shares for non-commercial use only.',
  },
];

const BY_MODEL = new Map<string, ModelFamily>(families.flatMap((f) => f.models.map((m) => [m, f] as const)));

/** The family a model belongs to, for a "Part of the <family> family" link on its page. */
export function familyOf(modelId: string): Pick<ModelFamily, 'id' | 'name'> | undefined {
  const f = BY_MODEL.get(modelId);
  return f ? {id: f.id, name: f.name} : undefined;
}

export function getFamily(id: string): ModelFamily | undefined {
  return families.find((f) => f.id === id);
}
