/**
 * The providers' own access channels (issue #24 §2): each names the documents that govern it, main
 * terms first. A model reaches a channel through its record's `access` list and its maker: a
 * model with `access: ['api']` made by OpenAI is answered for every `api` channel of `openai`.
 * Downloads are not listed here: a model's weights channel is its license (and the usage policy
 * the license names), built in ./index.ts.
 *
 * A maker whose API or app terms we could not read has no channel here; the model page says so
 * instead of guessing (see UNREAD_CHANNELS).
 */
import type {ChannelKind} from '../../domain/answers';

export interface ChannelRecord {
  id: string;
  /** Maker id (the folder under src/data/models/). */
  provider: string;
  kind: Exclude<ChannelKind, 'weights'>;
  name: string;
  documents: string[];
  note?: string;
}

export const CHANNELS: ChannelRecord[] = [
  {
    id: 'openai-api',
    provider: 'openai',
    kind: 'api',
    name: 'OpenAI API (and ChatGPT Business and Enterprise)',
    documents: [
      'openai-services-agreement',
      'openai-service-terms',
      'openai-usage-policies',
      'openai-sharing-publication-policy',
    ],
  },
  {
    id: 'chatgpt-personal',
    provider: 'openai',
    kind: 'app',
    name: 'ChatGPT and Sora apps, personal plans',
    documents: ['openai-terms-of-use', 'openai-usage-policies', 'openai-sharing-publication-policy'],
    note: 'Read in the edition for Europe (EEA, Switzerland, UK); the rest of the world signs a separate text not read here.',
  },
  {
    id: 'anthropic-api',
    provider: 'anthropic',
    kind: 'api',
    name: 'Claude API and Claude for Work (Commercial Terms)',
    documents: ['anthropic-commercial-terms', 'anthropic-usage-policy'],
  },
  {
    id: 'claude-personal',
    provider: 'anthropic',
    kind: 'app',
    name: 'Claude apps, Free, Pro and Max plans',
    documents: ['anthropic-consumer-terms', 'anthropic-usage-policy'],
    note: 'Read in the edition for the EEA and Switzerland.',
  },
  {
    id: 'gemini-api',
    provider: 'google',
    kind: 'api',
    name: 'Gemini API (Google AI Studio)',
    documents: ['google-gemini-api-terms', 'google-generative-ai-prohibited-use-policy'],
  },
  {
    id: 'vertex-ai',
    provider: 'google',
    kind: 'api',
    name: 'Vertex AI (Google Cloud)',
    documents: ['google-cloud-terms-of-service', 'google-generative-ai-prohibited-use-policy'],
    note: "Google Cloud's service-specific terms, which hold its generative-AI output indemnity, could not be read; the answers rest on the Cloud terms of service.",
  },
  {
    id: 'gemini-app',
    provider: 'google',
    kind: 'app',
    name: 'Gemini app',
    documents: ['google-terms-of-service', 'google-generative-ai-prohibited-use-policy'],
    note: 'Read in the edition for the EEA and Switzerland.',
  },
  {
    id: 'xai-api',
    provider: 'xai',
    kind: 'api',
    name: 'xAI API and Grok for business (Enterprise Terms)',
    documents: ['xai-enterprise-terms', 'xai-acceptable-use-policy'],
  },
  {
    id: 'grok-app',
    provider: 'xai',
    kind: 'app',
    name: 'Grok apps',
    documents: ['xai-consumer-terms', 'xai-acceptable-use-policy'],
  },
  {
    id: 'mistral-api',
    provider: 'mistral',
    kind: 'api',
    name: 'Mistral API and AI Studio (Commercial Terms)',
    documents: ['mistral-commercial-terms', 'mistral-usage-policy'],
  },
  {
    id: 'mistral-app',
    provider: 'mistral',
    kind: 'app',
    name: 'Vibe (formerly Le Chat), personal use',
    documents: ['mistral-terms-of-service', 'mistral-usage-policy'],
    note: 'Read in the edition for EEA consumers.',
  },
  {
    id: 'meta-api',
    provider: 'meta',
    kind: 'api',
    name: 'Meta Model API (formerly Llama API)',
    documents: ['meta-llama-api-terms', 'meta-llama-api-acceptable-use-policy'],
  },
  {
    id: 'meta-ai-app',
    provider: 'meta',
    kind: 'app',
    name: 'Meta AI app',
    documents: ['meta-ai-terms'],
    note: 'Read in the EU edition.',
  },
  {
    id: 'deepseek-api',
    provider: 'deepseek',
    kind: 'api',
    name: 'DeepSeek Open Platform (API)',
    documents: ['deepseek-open-platform-terms', 'deepseek-terms-of-use'],
  },
  {
    id: 'deepseek-app',
    provider: 'deepseek',
    kind: 'app',
    name: 'DeepSeek app',
    documents: ['deepseek-terms-of-use'],
  },
  {
    id: 'qwen-chat',
    provider: 'alibaba',
    kind: 'app',
    name: 'Qwen Chat (Qwen Studio)',
    documents: ['alibaba-qwen-chat-terms'],
  },
  {
    id: 'midjourney-app',
    provider: 'midjourney',
    kind: 'app',
    name: 'Midjourney',
    documents: ['midjourney-terms-of-service'],
  },
];

/**
 * Channels a model lists in `access` whose terms the guide has not read, with the reason; shown on
 * the model page so a missing answer is never silent.
 */
export const UNREAD_CHANNELS: Record<string, string> = {
  cohere:
    "Cohere's API terms (Terms of Use, SaaS Agreement) are not recorded by Open Terms Archive and no full copy could be retrieved; only its Usage Policy was read.",
  alibaba:
    "Alibaba Cloud Model Studio's terms (the Qwen API) are not recorded by Open Terms Archive and no full copy could be retrieved.",
};
