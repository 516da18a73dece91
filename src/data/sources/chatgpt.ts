import {defineSources} from './define';

/**
 * Topic "chatgpt": ChatGPT as a product: launch, plans, features and usage.
 * Records sorted by id. See ./index.ts for how to add one.
 */
export const sources = defineSources([
  {
    id: 'aiwiki-gpt-4o',
    title: 'GPT-4o',
    publisher: 'AI Wiki',
    url: 'https://aiwiki.ai/wiki/gpt-4o',
    asOf: '2026-06',
    kind: 'secondary',
    topic: 'chatgpt',
    note: "Wiki summary of OpenAI's 2024-05-13 announcement, which this list also cites.",
  },
  {
    id: 'aiwiki-gpt-5',
    title: 'GPT-5',
    publisher: 'AI Wiki',
    url: 'https://aiwiki.ai/wiki/gpt-5',
    asOf: '2026',
    kind: 'secondary',
    topic: 'chatgpt',
  },
  {
    id: 'chatgpt-data-controls-2023',
    title: "Don't want ChatGPT to save your chat history? OpenAI gives you an option to turn it off",
    publisher: 'Financial Express',
    url: 'https://www.financialexpress.com/life/technology-dont-want-chatgpt-to-save-your-chat-history-openai-finally-gives-you-option-to-turn-it-off-3063506/',
    published: '2023-04-26',
    kind: 'secondary',
    topic: 'chatgpt',
  },
  {
    id: 'devclubhouse-chatgpt',
    title: 'ChatGPT model profile',
    publisher: 'DevClubhouse',
    url: 'https://www.devclubhouse.com/models/chatgpt',
    asOf: '2026-06',
    kind: 'secondary',
    topic: 'chatgpt',
    note: 'Undated page; checked for the team fact sheet in June 2026.',
  },
  {
    id: 'mungomash-chatgpt-versions',
    title: 'ChatGPT versions timeline',
    publisher: 'mungomash.com',
    url: 'https://mungomash.com/ai/chatgpt/versions/',
    asOf: '2026',
    kind: 'secondary',
    topic: 'chatgpt',
  },
  {
    id: 'tokenmix-gpt-5-5',
    title: 'GPT-5.5 release date and pricing',
    publisher: 'TokenMix',
    url: 'https://tokenmix.ai/blog/gpt-5-5-release-date-spud',
    published: '2026-05-14',
    kind: 'secondary',
    topic: 'chatgpt',
    note: 'Page updated 2026-05-14.',
  },
]);
